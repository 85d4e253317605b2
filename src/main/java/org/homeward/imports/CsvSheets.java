package org.homeward.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a sheet: its encoding found ({@link TextEncoding}) or given, its separator guessed
 * from the header row (comma, semicolon or tab: a French Excel saves semicolons), its cells kept
 * as text exactly, a text that looks like a formula included.
 */
final class CsvSheets {

    private static final char[] SEPARATORS = { ',', ';', '\t' };

    private CsvSheets() {
    }

    static Sheet read(byte[] bytes, Charset declared, SheetLimits limits) {
        TextEncoding.Decoded decoded = TextEncoding.decode(bytes, declared);
        String text = decoded.text();
        if (text.indexOf('\0') >= 0) {
            throw new SheetUnreadable(SheetUnreadable.Why.NOT_A_SHEET, "import.file.type");
        }
        char separator = separatorOf(firstLine(text));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<String> headers = null;
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = cells(record, limits, (int) record.getRecordNumber());
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() == limits.maxRows()) {
                    throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.rows", limits.maxRows());
                }
                rows.add(new Sheet.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            // commons-csv reports a quote left open, or a character after a closing quote, this way
            throw new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.csv", broken.getMessage());
        }
        if (headers == null) {
            throw new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.empty");
        }
        return new Sheet(headers, rows, decoded.charset().name(), null);
    }

    private static List<String> cells(CSVRecord record, SheetLimits limits, int number) {
        if (record.size() > limits.maxColumns()) {
            throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.columns", limits.maxColumns());
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            if (value.length() > limits.maxCellLength()) {
                throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.cell", number, limits.maxCellLength());
            }
            cells.add(value);
        }
        return cells;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The separator seen most often outside quotes in the header row; a comma when none is. */
    static char separatorOf(String header) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int s = 0; s < SEPARATORS.length && !quoted; s++) {
                if (c == SEPARATORS[s]) {
                    counts[s]++;
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }
}
