package org.homeward.people;

import java.time.LocalDate;

/**
 * The days on which someone may have been born, given how well the date is known: one day, a
 * month, a year, or an estimate taken as good to {@value #ESTIMATE_MARGIN_YEARS} years either way.
 */
public record BirthRange(LocalDate earliest, LocalDate latest) {

    public static final int ESTIMATE_MARGIN_YEARS = 3;

    /** Empty when the date of birth is not known at all. */
    public static java.util.Optional<BirthRange> of(LocalDate date, DateOfBirthPrecision precision) {
        if (date == null || precision == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (precision) {
            case EXACT -> new BirthRange(date, date);
            case MONTH -> new BirthRange(date.withDayOfMonth(1), date.withDayOfMonth(1).plusMonths(1).minusDays(1));
            case YEAR -> new BirthRange(date.withDayOfYear(1), date.withDayOfYear(1).plusYears(1).minusDays(1));
            case ESTIMATED -> new BirthRange(date.minusYears(ESTIMATE_MARGIN_YEARS), date.plusYears(ESTIMATE_MARGIN_YEARS));
        });
    }

    public static java.util.Optional<BirthRange> of(Person person) {
        return of(person.dateOfBirth, person.dateOfBirthPrecision);
    }
}
