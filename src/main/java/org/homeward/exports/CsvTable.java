package org.homeward.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (spreadsheets then read Arabic right). A report of
 * several sheets writes them one after the other, each under its title.
 */
final class CsvTable implements Table {

    private final BufferedWriter out;
    private boolean first = true;

    CsvTable(OutputStream stream) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
    }

    @Override
    public void sheet(String title, List<String> header) throws IOException {
        if (!first) {
            out.write("\r\n");
            row(List.of(title));
        }
        first = false;
        row(header);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(Table.neutralized(cells.get(i))));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
