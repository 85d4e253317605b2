package org.homeward.statistics;

import java.time.LocalDate;

import org.homeward.kernel.TypedValues;

/**
 * What the figures are narrowed to: a facility (and everything under it), a nationality, and a
 * period for what happens over time (movements, repatriations). Population figures are of today.
 */
public record StatisticsFilter(String facility, String nationality, LocalDate from, LocalDate to) {

    /** The filter as a query string or a form gives it: a date that is not one is named in {@code values}' errors. */
    public static StatisticsFilter of(String facility, String nationality, String from, String to, TypedValues values) {
        return new StatisticsFilter(facility, nationality, values.date(from, "from"), values.date(to, "to"));
    }
}
