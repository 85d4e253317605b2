package org.homeward.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX written as it goes (fastexcel): every cell an inline string, not one of a shared table that
 * would grow with the rows, and the sheet flushed every thousand rows. Right to left for Arabic.
 */
final class XlsxTable implements Table {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final boolean rightToLeft;
    private Worksheet sheet;
    private int row;

    XlsxTable(OutputStream stream, boolean rightToLeft) {
        this.workbook = new Workbook(stream, "Homeward", "1.0");
        this.rightToLeft = rightToLeft;
    }

    @Override
    public void sheet(String title, List<String> header) throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheet = workbook.newWorksheet(title.length() > 31 ? title.substring(0, 31) : title);
        if (rightToLeft) {
            sheet.rightToLeft();
        }
        row = 0;
        row(header);
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            sheet.inlineString(row, column, Table.neutralized(cells.get(column)));
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        workbook.finish();
    }
}
