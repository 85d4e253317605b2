package org.homeward.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void anExactDateGivesOneAge() {
        Age age = Age.of(LocalDate.of(2014, 12, 1), DateOfBirthPrecision.EXACT, TODAY);
        assertEquals(11, age.years());
        assertTrue(age.exact());
    }

    @Test
    void aYearOnlyGivesTheRangeItAllows() {
        Age age = Age.of(LocalDate.of(2014, 1, 1), DateOfBirthPrecision.YEAR, TODAY);
        assertEquals(11, age.youngest());
        assertEquals(12, age.oldest());
        assertEquals(12, age.years());
        assertFalse(age.exact());
    }

    @Test
    void aMonthGivesOneAgeUnlessTheBirthdayFallsInThisMonth() {
        assertTrue(Age.of(LocalDate.of(2010, 3, 1), DateOfBirthPrecision.MONTH, TODAY).exact());
        Age inThisMonth = Age.of(LocalDate.of(2010, 11, 1), DateOfBirthPrecision.MONTH, TODAY);
        assertEquals(15, inThisMonth.youngest());
        assertEquals(16, inThisMonth.oldest());
    }

    @Test
    void anEstimatedDateIsAnEstimate() {
        Age age = Age.of(LocalDate.of(2014, 6, 1), DateOfBirthPrecision.ESTIMATED, TODAY);
        assertEquals(12, age.years());
        assertTrue(age.estimated());
        assertFalse(age.exact());
    }

    @Test
    void aChildTurning18WithinSixMonthsIsMarked() {
        assertTrue(Age.turns18Within6Months(LocalDate.of(2009, 3, 1), DateOfBirthPrecision.EXACT, TODAY));
        assertFalse(Age.turns18Within6Months(LocalDate.of(2009, 7, 1), DateOfBirthPrecision.EXACT, TODAY));
        assertFalse(Age.turns18Within6Months(LocalDate.of(2008, 1, 1), DateOfBirthPrecision.EXACT, TODAY));
    }
}
