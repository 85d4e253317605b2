package org.homeward.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files as people send them, made for tests: CSV in the encodings and with the separators of the
 * region's spreadsheets, and XLSX packages written part by part, so that a test controls what a
 * cell holds (a saved formula value, a date's serial number, a DTD a reader must not follow).
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** Rows joined by {@code separator}, CRLF line ends as Excel writes them, in {@code charset}. */
    public static byte[] csv(Charset charset, char separator, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join(String.valueOf(separator), row.stream().map(Spreadsheets::quoted).toList())).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    public static byte[] withBom(byte[] bom, byte[] content) {
        byte[] all = new byte[bom.length + content.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(content, 0, all, bom.length, content.length);
        return all;
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains(";") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /**
     * An XLSX workbook of one sheet named {@code sheetName}; each cell is XML of a {@code <c>}
     * element's content and attributes, written by {@link #text}, {@link #number}, {@link #date}
     * and {@link #formula}. {@code doctype} goes before the sheet's root (an entity declaration).
     */
    public static byte[] xlsx(String sheetName, String doctype, List<List<String>> rows) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        sheet.append(doctype == null ? "" : doctype);
        sheet.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                sheet.append(rows.get(r).get(c).replace("@", ref));
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        return zip(List.of(
                new String[] { "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                        </Types>""" },
                new String[] { "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                        </Relationships>""" },
                new String[] { "xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                        <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(sheetName) },
                new String[] { "xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                        </Relationships>""" },
                new String[] { "xl/styles.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                        <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""" },
                new String[] { "xl/worksheets/sheet1.xml", sheet.toString() }));
    }

    /** A text cell (inline string). */
    public static String text(String value) {
        return "<c r=\"@\" t=\"inlineStr\"><is><t>" + escaped(value) + "</t></is></c>";
    }

    public static String number(String value) {
        return "<c r=\"@\"><v>" + value + "</v></c>";
    }

    /** A date as Excel keeps it: days since 1899-12-30, in the date style. */
    public static String date(java.time.LocalDate date) {
        long serial = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(1899, 12, 30), date);
        return "<c r=\"@\" s=\"1\"><v>" + serial + "</v></c>";
    }

    /** A formula with the text value Excel saved beside it. */
    public static String formula(String formula, String savedValue) {
        return "<c r=\"@\" t=\"str\"><f>" + escaped(formula) + "</f><v>" + escaped(savedValue) + "</v></c>";
    }

    private static String escaped(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static byte[] zip(List<String[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
