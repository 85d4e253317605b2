package org.homeward.people;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;

/**
 * A date of birth as a form takes it: day, month and year in boxes of their own, and whether it is
 * an estimate. What is filled in says how well the date is known, so nobody has to invent a day
 * for a year they were told: the year alone is {@link DateOfBirthPrecision#YEAR}, month and year
 * {@link DateOfBirthPrecision#MONTH}, all three {@link DateOfBirthPrecision#EXACT}; marked as an
 * estimate, {@link DateOfBirthPrecision#ESTIMATED}, whatever was filled in.
 *
 * <p>Parts left out are stored as the first day or month, which is how the API and the
 * precision already read such dates (a YEAR date is 1 January of its year). An estimate of a
 * year alone is kept on 1 January as well, and shown again as the year alone.
 */
public record BirthDateEntry(String day, String month, String year, boolean estimated) {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** What a filled-in entry means: no date at all, or a date and how well it is known. */
    public record Reading(LocalDate date, DateOfBirthPrecision precision) {
        static final Reading NONE = new Reading(null, null);
    }

    public static BirthDateEntry empty() {
        return new BirthDateEntry("", "", "", false);
    }

    /** A recorded date of birth, in the boxes it would have been typed into. */
    public static BirthDateEntry of(LocalDate date, DateOfBirthPrecision precision) {
        if (date == null || precision == null) {
            return empty();
        }
        String year = Integer.toString(date.getYear());
        String month = Integer.toString(date.getMonthValue());
        String day = Integer.toString(date.getDayOfMonth());
        return switch (precision) {
            case EXACT -> new BirthDateEntry(day, month, year, false);
            case MONTH -> new BirthDateEntry("", month, year, false);
            case YEAR -> new BirthDateEntry("", "", year, false);
            case ESTIMATED -> date.getDayOfYear() == 1 ? new BirthDateEntry("", "", year, true)
                    : new BirthDateEntry(day, month, year, true);
        };
    }

    /**
     * As typed in a form ({@code estimated} is the form's "true" or anything else); null when the
     * form was posted without the boxes at all.
     */
    public static BirthDateEntry typed(String day, String month, String year, String estimated) {
        if (day == null && month == null && year == null) {
            return null;
        }
        return new BirthDateEntry(orEmpty(day), orEmpty(month), orEmpty(year), "true".equals(estimated));
    }

    /**
     * What a form posted, read: its boxes, or, from a client that posts the date as the API takes
     * it (an ISO date and its precision: scripts, pages saved before the boxes), that.
     */
    public static Reading posted(BirthDateEntry typed, String isoDate, String isoPrecision, String field,
            FieldErrors errors, LocalizedText text) {
        if (typed != null) {
            return typed.read(field, errors, text);
        }
        TypedValues values = new TypedValues(errors, text);
        return new Reading(values.date(isoDate, field),
                values.choice(DateOfBirthPrecision.class, isoPrecision, field + "Precision"));
    }

    /** The boxes to show again: as typed, or filled from a posted ISO date when that can be read. */
    public static BirthDateEntry shown(BirthDateEntry typed, String isoDate, String isoPrecision) {
        if (typed != null) {
            return typed;
        }
        if (isoDate == null || isoDate.isBlank()) {
            return empty();
        }
        try {
            return of(LocalDate.parse(isoDate.strip()), isoPrecision == null || isoPrecision.isBlank()
                    ? DateOfBirthPrecision.EXACT : DateOfBirthPrecision.valueOf(isoPrecision.strip()));
        } catch (DateTimeException | IllegalArgumentException unreadable) {
            return empty();
        }
    }

    public boolean isEmpty() {
        return day.isBlank() && month.isBlank() && year.isBlank();
    }

    /** The date as far as it is known, the way dates are written in ISO 8601: 2014, 2014-03 or 2014-03-07. */
    public String known() {
        StringBuilder known = new StringBuilder(year);
        if (!month.isBlank()) {
            known.append('-').append(twoDigits(month));
            if (!day.isBlank()) {
                known.append('-').append(twoDigits(day));
            }
        }
        return known.toString();
    }

    /**
     * The date and its precision. What cannot be a date is reported on {@code field} in the
     * user's language (a day without its month, a month without its year, 31 April) and read
     * as no date.
     */
    public Reading read(String field, FieldErrors errors, LocalizedText text) {
        if (isEmpty()) {
            return Reading.NONE;
        }
        if (year.isBlank()) {
            errors.add(text.error(field, "dob.year.required"));
            return Reading.NONE;
        }
        if (!day.isBlank() && month.isBlank()) {
            errors.add(text.error(field, "dob.month.required"));
            return Reading.NONE;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < FIRST_YEAR || y > LAST_YEAR) {
                throw new DateTimeException("year " + y);
            }
            LocalDate date = LocalDate.of(y, month.isBlank() ? 1 : Integer.parseInt(month.strip()),
                    day.isBlank() ? 1 : Integer.parseInt(day.strip()));
            DateOfBirthPrecision precision = estimated ? DateOfBirthPrecision.ESTIMATED
                    : !day.isBlank() ? DateOfBirthPrecision.EXACT
                    : !month.isBlank() ? DateOfBirthPrecision.MONTH : DateOfBirthPrecision.YEAR;
            return new Reading(date, precision);
        } catch (NumberFormatException | DateTimeException notADate) {
            errors.add(text.error(field, "dob.invalid"));
            return Reading.NONE;
        }
    }

    private static String twoDigits(String part) {
        String stripped = part.strip();
        return stripped.length() == 1 ? "0" + stripped : stripped;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
