package org.homeward.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.homeward.exports.Coarsening.Combination;
import org.homeward.exports.Coarsening.Shown;
import org.junit.jupiter.api.Test;

class CoarseningTest {

    @Test
    void combinationsCommonEnoughAreShownExactly() {
        Coarsening plan = Coarsening.of(Map.of(new Combination("HOL", "F", 2015), 6L, new Combination("HOL", "M", 1990), 5L));
        assertEquals(new Shown("HOL", "F", "2015"), plan.show(new Combination("HOL", "F", 2015)));
        assertEquals(new Shown("HOL", "M", "1990"), plan.show(new Combination("HOL", "M", 1990)));
    }

    @Test
    void rareYearsAreWidenedUntilEveryCombinationHoldsFive() {
        Map<Combination, Long> people = new HashMap<>();
        for (int year = 2010; year < 2015; year++) {
            people.put(new Combination("HOL", "F", year), 2L);
        }
        Coarsening plan = Coarsening.of(people);
        assertEquals(new Shown("HOL", "F", "2010–2014"), plan.show(new Combination("HOL", "F", 2012)));
    }

    @Test
    void oneRarePersonIsNeverShownAloneAndAFewRareOnesAreBlanked() {
        // one man among six women: nothing finer than the facility holds five everywhere
        Coarsening alone = Coarsening.of(Map.of(new Combination("HOL", "F", 2015), 6L, new Combination("HOL", "M", 1960), 1L));
        assertEquals(new Shown("HOL", "", ""), alone.show(new Combination("HOL", "M", 1960)));
        assertEquals(new Shown("HOL", "", ""), alone.show(new Combination("HOL", "F", 2015)));

        // five rare people in a file of a hundred: blanked, everyone else exact
        Map<Combination, Long> people = new HashMap<>(Map.of(new Combination("HOL", "F", 2015), 95L));
        for (int i = 0; i < 5; i++) {
            people.put(new Combination("ROJ", "M", 1950 + 20 * i), 1L);
        }
        Coarsening plan = Coarsening.of(people);
        assertEquals(new Shown("HOL", "F", "2015"), plan.show(new Combination("HOL", "F", 2015)));
        assertEquals(Shown.NOTHING, plan.show(new Combination("ROJ", "M", 1970)));
    }

    @Test
    void aFileOfFewerThanFivePeopleShowsNoneOfTheThree() {
        Coarsening plan = Coarsening.of(Map.of(new Combination("HOL", "F", 2015), 3L));
        assertTrue(plan.show(new Combination("HOL", "F", 2015)).equals(Shown.NOTHING));
    }
}
