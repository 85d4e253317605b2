package org.homeward.exports;

import java.io.IOException;
import java.util.List;

/**
 * A table written as it is read, one row at a time, to a stream: nothing of it is kept once
 * written, so an export's memory does not grow with its rows. One implementation per format.
 */
interface Table extends AutoCloseable {

    /** Starts a sheet (a section of a report); the first call starts the first one. */
    void sheet(String title, List<String> header) throws IOException;

    void row(List<String> cells) throws IOException;

    /** Whether the format draws pictures (a PDF); a spreadsheet has no place for them. */
    default boolean drawsPictures() {
        return false;
    }

    /** A row whose first column is a picture (a JPEG, or null for none) where the format draws one. */
    default void row(byte[] picture, List<String> cells) throws IOException {
        row(cells);
    }

    /**
     * What the file holds, before its first sheet: a sheet of its own in a spreadsheet, named by
     * {@code heading}, with the {@code subtitle} (the period a report covers) and the lines; a
     * document whose every page carries its title, which says both, writes the lines alone.
     */
    default void preface(String heading, String subtitle, List<String> lines) throws IOException {
        sheet(heading, List.of(heading));
        row(List.of(subtitle));
        for (String line : lines) {
            row(List.of(line));
        }
    }

    /**
     * A chart of the figures that follow, as the statistics page draws it ({@code SvgCharts}),
     * where the format can draw one (PDF); a spreadsheet has the figures themselves.
     */
    default void chart(String svg) throws IOException {
    }

    /** Ends the file; the stream stays open for the caller to close. */
    @Override
    void close() throws IOException;

    /**
     * A cell that a spreadsheet would read as a formula (=, +, -, @, a tab or a carriage return
     * first) is written with an apostrophe before it, so it is read as the text it is.
     */
    static String neutralized(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
