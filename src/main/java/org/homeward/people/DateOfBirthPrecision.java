package org.homeward.people;

/** How much of a date of birth is known: often only the year, or an estimate. */
public enum DateOfBirthPrecision {
    EXACT,
    MONTH,
    YEAR,
    ESTIMATED
}
