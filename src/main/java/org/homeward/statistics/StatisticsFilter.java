package org.homeward.statistics;

import java.time.LocalDate;

/**
 * What the figures are narrowed to: a facility (and everything under it), a nationality, and a
 * period for what happens over time (movements, repatriations). Population figures are of today.
 */
public record StatisticsFilter(String facility, String nationality, LocalDate from, LocalDate to) {
}
