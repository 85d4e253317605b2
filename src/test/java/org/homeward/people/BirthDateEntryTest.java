package org.homeward.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;

import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.ValidationFailed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the day, month and year boxes of a form mean, and what they refuse. */
class BirthDateEntryTest {

    /** Names each rule by its message key, so the test reads which rule refused. */
    private static final LocalizedText KEYS = new LocalizedText() {
        @Override
        public String get(String key, Object... arguments) {
            return key;
        }
    };

    @ParameterizedTest(name = "{0}/{1}/{2} estimated={3} is {4} {5}")
    @CsvSource(nullValues = "-", value = {
            "'', '', 2014, false, 2014-01-01, YEAR",
            "'', 3, 2014, false, 2014-03-01, MONTH",
            "7, 3, 2014, false, 2014-03-07, EXACT",
            "07, 03, ' 2014 ', false, 2014-03-07, EXACT",
            "'', '', 2014, true, 2014-01-01, ESTIMATED",
            "15, 6, 2014, true, 2014-06-15, ESTIMATED",
            "'', '', '', false, -, -",
            "'', '', '', true, -, -" })
    void whatIsFilledInSaysHowWellTheDateIsKnown(String day, String month, String year, boolean estimated,
            LocalDate date, DateOfBirthPrecision precision) {
        FieldErrors errors = new FieldErrors();
        BirthDateEntry.Reading reading = new BirthDateEntry(day, month, year, estimated).read("dateOfBirth", errors,
                KEYS);
        errors.throwIfAny();
        assertEquals(date, reading.date());
        assertEquals(precision, reading.precision());
    }

    @ParameterizedTest(name = "{0}/{1}/{2} is refused: {3}")
    @CsvSource({
            "7, 3, '', dob.year.required",
            "'', 3, '', dob.year.required",
            "7, '', 2014, dob.month.required",
            "31, 4, 2014, dob.invalid",
            "29, 2, 2023, dob.invalid",
            "1, 13, 2014, dob.invalid",
            "'', '', 14, dob.invalid",
            "'', '', 1850, dob.invalid",
            "'', '', two thousand, dob.invalid" })
    void whatCannotBeADateIsRefusedOnItsFieldAndReadAsNoDate(String day, String month, String year, String rule) {
        FieldErrors errors = new FieldErrors();
        BirthDateEntry.Reading reading = new BirthDateEntry(day, month, year, false).read("mother.dateOfBirth", errors,
                KEYS);
        assertNull(reading.date());
        Map<String, String> refused = assertThrows(ValidationFailed.class, errors::throwIfAny).byField();
        assertEquals(Map.of("mother.dateOfBirth", rule), refused);
    }

    @ParameterizedTest(name = "{0} {1} is shown again as {2}/{3}/{4} estimated={5}, known as {6}")
    @CsvSource({
            "2014-03-07, EXACT, 7, 3, 2014, false, 2014-03-07",
            "2014-03-01, MONTH, '', 3, 2014, false, 2014-03",
            "2014-01-01, YEAR, '', '', 2014, false, 2014",
            "2014-01-01, ESTIMATED, '', '', 2014, true, 2014",
            "2014-06-15, ESTIMATED, 15, 6, 2014, true, 2014-06-15" })
    void aRecordedDateIsShownInTheBoxesItWouldHaveBeenTypedInto(LocalDate date, DateOfBirthPrecision precision,
            String day, String month, String year, boolean estimated, String known) {
        BirthDateEntry entry = BirthDateEntry.of(date, precision);
        assertEquals(new BirthDateEntry(day, month, year, estimated), entry);
        assertEquals(known, entry.known());
        BirthDateEntry.Reading again = entry.read("dateOfBirth", new FieldErrors(), KEYS);
        assertEquals(date, again.date());
        assertEquals(precision, again.precision());
    }
}
