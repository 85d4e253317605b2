package org.homeward.imports;

import java.util.List;

/**
 * A file read as a table of text: its header row and the rows under it, each with the number a
 * spreadsheet shows beside it (the header is row 1), so an error can say where to look.
 */
public record Sheet(List<String> headers, List<Row> rows, String encoding, String sheetName) {

    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }
}
