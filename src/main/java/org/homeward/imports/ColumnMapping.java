package org.homeward.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field each column of a file holds, by the column's header: what the admin chose, else
 * what was chosen last time for the same headers, else a guess from the header's words. A column
 * mapped to nothing is not read.
 */
public record ColumnMapping(List<String> headers, Map<Integer, ImportField> fields) {

    /** The mapping as the API shows and takes it: header → field name, every header present ("" for none). */
    public Map<String, String> byHeader() {
        Map<String, String> byHeader = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            ImportField field = fields.get(i);
            byHeader.putIfAbsent(headers.get(i), field == null ? "" : field.apiName());
        }
        return byHeader;
    }

    public Optional<ImportField> of(int column) {
        return Optional.ofNullable(fields.get(column));
    }

    public boolean has(ImportField field) {
        return fields.containsValue(field);
    }

    /**
     * The columns' fields: {@code chosen} (header → field name) where it names the header, else
     * {@code remembered} (where the field is one this kind reads), else the guess. A field name that
     * is not one of the kind's gives {@code unknown} the header.
     */
    static ColumnMapping of(ImportKind kind, List<String> headers, Map<String, String> chosen,
            Map<String, String> remembered, List<String> unknown) {
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Optional<ImportField> field;
            if (chosen.containsKey(header)) {
                String name = chosen.get(header);
                field = isBlank(name) ? Optional.empty() : ImportField.byName(name).filter(kind::reads);
                if (!isBlank(name) && field.isEmpty()) {
                    unknown.add(header);
                }
            } else if (isBlank(remembered.get(header)) && remembered.containsKey(header)) {
                field = Optional.empty();
            } else {
                // a remembered field another kind of import reads leaves the column to the guess
                field = ImportField.byName(remembered.get(header)).filter(kind::reads)
                        .or(() -> ImportField.guess(header, kind));
            }
            int column = i;
            field.ifPresent(f -> fields.put(column, f));
        }
        return new ColumnMapping(List.copyOf(headers), fields);
    }

    private static boolean isBlank(String name) {
        return name == null || name.isBlank();
    }

    /** The same headers in the same order give the same key, whatever their case or accents. */
    static String headersKey(List<String> headers) {
        List<String> normalized = new ArrayList<>();
        headers.forEach(header -> normalized.add(ImportField.normalized(header)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0001", normalized).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
