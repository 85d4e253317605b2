package org.homeward.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads typed values out of text from forms and query parameters. What cannot be read is reported
 * as an error on its field, in the user's language, and read as empty; the caller then fails with
 * every error at once.
 */
public final class TypedValues {

    private final FieldErrors errors;
    private final LocalizedText text;

    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    public TypedValues(FieldErrors errors, LocalizedText text) {
        this.errors = errors;
        this.text = text;
    }

    public <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        return read(value, field, "value.choice", raw -> Enum.valueOf(type, raw.toUpperCase(java.util.Locale.ROOT)));
    }

    public Integer integer(String value, String field) {
        return read(value, field, "value.number", Integer::valueOf);
    }

    public Long longValue(String value, String field) {
        return read(value, field, "value.number", Long::valueOf);
    }

    public UUID uuid(String value, String field) {
        return read(value, field, "value.choice", UUID::fromString);
    }

    /** A date of this registry's world: from 1900 to 2100 (a typing slip beyond those is no date at all). */
    public LocalDate date(String value, String field) {
        return read(value, field, "value.date", raw -> {
            LocalDate date = LocalDate.parse(raw);
            if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
                throw new IllegalArgumentException("outside " + FIRST_DATE + ".." + LAST_DATE);
            }
            return date;
        });
    }

    private <T> T read(String value, String field, String messageKey, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            errors.add(text.error(field, messageKey));
            return null;
        }
    }
}
