package org.homeward.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An XLSX workbook's first (or chosen) sheet as text, read as a stream of rows. The package is
 * unpacked once to count what it really holds before the reader sees it (a zip bomb is refused
 * by what it inflates to, not by what it claims); the XML reader resolves no DTD or entity. A
 * formula cell is read as the value Excel saved with it, never evaluated; a date cell as an ISO
 * date; a number without its trailing ".0".
 */
final class XlsxSheets {

    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_PLAIN_DIGITS = 40;
    /** Excel's own bounds: a cell further right, or a text longer, is not from a spreadsheet. */
    private static final int EXCEL_COLUMNS = 16_384;
    private static final int EXCEL_CELL_TEXT = 32_767;

    /** An XML reader that resolves no DTD and no entity. */
    private static final XMLInputFactory SAFE_XML = XMLInputFactory.newFactory();

    static {
        SAFE_XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        SAFE_XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxSheets() {
    }

    static Sheet read(byte[] bytes, String sheetName, SheetLimits limits) {
        checkUnpackedSize(bytes, limits);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
            org.dhatim.fastexcel.reader.Sheet sheet = sheetName == null || sheetName.isBlank() ? workbook.getFirstSheet()
                    : workbook.findSheet(sheetName.strip())
                            .orElseThrow(() -> new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.sheet", sheetName.strip()));
            List<String> headers = null;
            List<Sheet.Row> rows = new ArrayList<>();
            int previous = 0;
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    if (row.getRowNum() <= previous) {
                        // rows numbered out of order or twice: not a sheet a spreadsheet wrote
                        throw new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.xlsx");
                    }
                    previous = row.getRowNum();
                    List<String> cells = cells(row, limits);
                    if (cells.stream().allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (headers == null) {
                        headers = cells;
                        continue;
                    }
                    if (rows.size() == limits.maxRows()) {
                        throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.rows", limits.maxRows());
                    }
                    rows.add(new Sheet.Row(row.getRowNum(), cells));
                }
            }
            if (headers == null) {
                throw new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.empty");
            }
            return new Sheet(headers, rows, null, sheet.getName());
        } catch (SheetUnreadable refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            // the reader's own exceptions (a malformed part, a DTD refused) are all "not a workbook we can read"
            throw new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.xlsx");
        }
    }

    private static List<String> cells(Row row, SheetLimits limits) {
        int count = row.getCellCount();
        if (count > limits.maxColumns()) {
            // trailing empty cells are formatting, not columns
            while (count > 0 && text(row.getCell(count - 1)).isEmpty()) {
                count--;
            }
            if (count > limits.maxColumns()) {
                throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.columns", limits.maxColumns());
            }
        }
        List<String> cells = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String value = text(row.getCell(i));
            if (value.length() > limits.maxCellLength()) {
                throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.cell", row.getRowNum(), limits.maxCellLength());
            }
            cells.add(value);
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        String raw = Optional.ofNullable(cell.getRawValue()).orElse("");
        if (cell.getType() == CellType.STRING || cell.getType() == CellType.BOOLEAN) {
            return Optional.ofNullable(cell.getText()).orElse("").strip();
        }
        if (cell.getType() == CellType.FORMULA) {
            // the value saved with the formula; a workbook never saved by Excel may have none
            return raw.strip();
        }
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return cell.asDate().toLocalDate().toString();
        }
        try {
            BigDecimal number = new BigDecimal(raw);
            // 1E900000000 is a short cell whose plain form is a gigabyte: such a number stays as written
            return Math.abs(number.scale()) > MAX_PLAIN_DIGITS ? raw.strip() : number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return raw.strip();
        }
    }

    /** Excel's built-in date formats, or a custom format that shows days, months or years. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String shown = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(java.util.Locale.ROOT);
        return shown.indexOf('d') >= 0 || shown.indexOf('y') >= 0;
    }

    /**
     * Inflates every entry the reader will see (by the central directory, as fastexcel opens the
     * package) without keeping it, refusing the package past the limits; reads each sheet's XML
     * once, with no DTD, to refuse a cell placed beyond Excel's last column or a text longer than
     * Excel allows (the reader would make room for them first).
     */
    private static void checkUnpackedSize(byte[] bytes, SheetLimits limits) {
        long total = 0;
        int entries = 0;
        boolean workbook = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.unpacked");
                }
                workbook |= entry.getName().equals("xl/workbook.xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        total += n;
                        if (total > limits.maxUnpackedBytes()) {
                            throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.unpacked");
                        }
                    }
                }
            }
            if (!workbook) {
                throw new SheetUnreadable(SheetUnreadable.Why.NOT_A_SHEET, "import.file.type");
            }
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        checkCells(in);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | XMLStreamException broken) {
            throw new SheetUnreadable(SheetUnreadable.Why.BROKEN, "import.file.xlsx");
        }
    }

    private static void checkCells(InputStream xml) throws XMLStreamException {
        XMLStreamReader reader = SAFE_XML.createXMLStreamReader(xml);
        try {
            int text = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    text = 0;
                    String ref = reader.getLocalName().equals("c") ? reader.getAttributeValue(null, "r") : null;
                    if (ref != null && column(ref) > EXCEL_COLUMNS) {
                        throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.columns", EXCEL_COLUMNS);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text += reader.getTextLength();
                    if (text > EXCEL_CELL_TEXT) {
                        throw new SheetUnreadable(SheetUnreadable.Why.TOO_LARGE, "import.file.unpacked");
                    }
                }
            }
        } finally {
            reader.close();
        }
    }

    /** The column of a cell reference ("AB12" is 28), counting its letters only as far as they can matter. */
    private static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > EXCEL_COLUMNS) {
                return column;
            }
        }
        return column;
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** An .xls of Excel 97-2003: a format of its own, saved again as .xlsx or .csv by any spreadsheet. */
    static boolean isOldExcel(byte[] bytes) {
        return bytes.length >= 8 && ReadableWorkbook.isOLE2Header(java.util.Arrays.copyOf(bytes, 8));
    }
}
