package org.homeward.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;

/** The non-empty cells of one row, by the field their column is mapped to. */
final class RowValues {

    private final Map<ImportField, List<String>> values = new EnumMap<>(ImportField.class);

    RowValues(Sheet.Row row, ColumnMapping mapping) {
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column).strip();
            if (!cell.isEmpty()) {
                mapping.of(column).ifPresent(field -> values.computeIfAbsent(field, f -> new ArrayList<>()).add(cell));
            }
        }
    }

    /** The first value of the field (a file may map two columns to one field: the first filled one counts). */
    Optional<String> first(ImportField field) {
        List<String> found = values.get(field);
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The field's first value; when it is missing, an error of the row says it is required. */
    String required(ImportField field, List<FieldError> errors, LocalizedText text) {
        Optional<String> value = first(field);
        if (value.isEmpty()) {
            errors.add(text.error(field.apiName(), "import.value.required"));
        }
        return value.orElse(null);
    }

    /**
     * The field's first value read by {@code reader}; missing, or not readable (an error under
     * {@code unreadable} naming the value), it is null and the row's errors say why.
     */
    <T> T read(ImportField field, Function<String, Optional<T>> reader, String unreadable, List<FieldError> errors,
            LocalizedText text) {
        String value = required(field, errors, text);
        if (value == null) {
            return null;
        }
        return reader.apply(value).orElseGet(() -> {
            errors.add(text.error(field.apiName(), unreadable, value));
            return null;
        });
    }

    /** Every value of the field, in column order (a name in Latin and in Arabic letters). */
    List<String> all(ImportField field) {
        return values.getOrDefault(field, List.of());
    }
}
