package org.homeward.families;

import java.time.LocalDate;
import java.time.Period;

import org.homeward.people.BirthRange;

/**
 * Is a parent plausibly older than their child? Both dates of birth are ranges ({@link BirthRange}):
 * a link is refused only when no reading of the two dates makes it possible, and flagged as
 * doubtful when some reading makes it unlikely — estimated dates are common and often wrong.
 */
final class ParentAge {

    /** Younger than this at the birth, under any reading of the dates: refused. */
    static final int YOUNGEST_PARENT = 12;
    /** Younger than this at the birth, under some reading: accepted with a warning. */
    static final int DOUBTFUL_BELOW = 15;
    /** A mother older than this at the birth, under any reading: refused. */
    static final int OLDEST_MOTHER = 60;
    /** A mother older than this at the birth, under some reading: accepted with a warning. */
    static final int MOTHER_DOUBTFUL_ABOVE = 50;

    enum Verdict {
        PLAUSIBLE,
        DOUBTFUL,
        IMPOSSIBLE
    }

    private ParentAge() {
    }

    static Verdict check(RelationshipType type, BirthRange parent, BirthRange child) {
        int mostAtBirth = years(parent.earliest(), child.latest());
        int leastAtBirth = years(parent.latest(), child.earliest());
        if (mostAtBirth < YOUNGEST_PARENT || type == RelationshipType.MOTHER_OF && leastAtBirth > OLDEST_MOTHER) {
            return Verdict.IMPOSSIBLE;
        }
        if (leastAtBirth < DOUBTFUL_BELOW || type == RelationshipType.MOTHER_OF && mostAtBirth > MOTHER_DOUBTFUL_ABOVE) {
            return Verdict.DOUBTFUL;
        }
        return Verdict.PLAUSIBLE;
    }

    /** Whole years from one day to another, negative when the second comes first. */
    private static int years(LocalDate from, LocalDate to) {
        return Period.between(from, to).getYears();
    }
}
