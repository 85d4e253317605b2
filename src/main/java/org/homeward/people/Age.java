package org.homeward.people;

import java.time.LocalDate;
import java.time.Period;

/**
 * An age as honest as the date of birth behind it. Born "in 2014" is 11 or 12 today, not 12;
 * an estimated date gives "about 12". {@code years} is the best single figure (the middle of the
 * period), {@code youngest}/{@code oldest} the range the known part of the date allows.
 */
public record Age(int years, int youngest, int oldest, boolean estimated) {

    /** The age of majority. */
    public static final int OF_AGE = 18;

    public static Age of(LocalDate dateOfBirth, DateOfBirthPrecision precision, LocalDate today) {
        LocalDate earliest = dateOfBirth;
        LocalDate latest = dateOfBirth;
        LocalDate middle = dateOfBirth;
        switch (precision) {
            case MONTH -> {
                earliest = dateOfBirth.withDayOfMonth(1);
                latest = earliest.plusMonths(1).minusDays(1);
                middle = earliest.withDayOfMonth(15);
            }
            case YEAR -> {
                earliest = dateOfBirth.withDayOfYear(1);
                latest = earliest.plusYears(1).minusDays(1);
                middle = earliest.withMonth(7).withDayOfMonth(1);
            }
            case EXACT, ESTIMATED -> {
                // the date as given
            }
        }
        return new Age(years(middle, today), years(latest, today), years(earliest, today),
                precision == DateOfBirthPrecision.ESTIMATED);
    }

    public boolean exact() {
        return !estimated && youngest == oldest;
    }

    /**
     * Under 18 even at the earliest birth date the record allows: the one rule for "a child", the
     * same in SQL as {@code is_child(date_of_birth, date_of_birth_precision, today)} (V24).
     */
    public boolean isChild() {
        return oldest < OF_AGE;
    }

    /** A child who turns 18 within six months (boys are often moved to adult facilities then). */
    public static boolean turns18Within6Months(LocalDate dateOfBirth, DateOfBirthPrecision precision,
            LocalDate today) {
        Age age = of(dateOfBirth, precision, today);
        Age inSixMonths = of(dateOfBirth, precision, today.plusMonths(6));
        return age.years() < OF_AGE && inSixMonths.years() >= OF_AGE;
    }

    private static int years(LocalDate born, LocalDate today) {
        return Math.max(0, Period.between(born, today).getYears());
    }
}
