package org.homeward.imports;

import java.nio.charset.Charset;

/** Reads an uploaded file as a sheet, judged by its content (an XLSX is a zip package; anything else is read as CSV). */
final class SheetFiles {

    private SheetFiles() {
    }

    static Sheet read(byte[] bytes, Charset encoding, String sheetName, SheetLimits limits) {
        if (bytes.length == 0) {
            throw new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.empty");
        }
        if (XlsxSheets.isZip(bytes)) {
            return XlsxSheets.read(bytes, sheetName, limits);
        }
        if (XlsxSheets.isOldExcel(bytes)) {
            throw new SheetUnreadable(SheetUnreadable.Why.NOT_A_SHEET, "import.file.xls");
        }
        return CsvSheets.read(bytes, encoding, limits);
    }
}
