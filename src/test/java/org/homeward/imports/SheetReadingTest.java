package org.homeward.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.homeward.people.DateOfBirthPrecision;
import org.junit.jupiter.api.Test;

/** Files read as the region's spreadsheets save them, and refused when they are not sheets or are made to hurt. */
class SheetReadingTest {

    private static final List<List<String>> ARABIC_REGISTER = List.of(
            List.of("الاسم", "اسم الأب", "الكنية", "الجنس", "تاريخ الميلاد", "الجنسية"),
            List.of("فاطمة", "علي", "الحسن", "أنثى", "03/04/1995", "العراق"));

    @Test
    void aWindows1256CsvWithArabicHeadersAndSemicolonsIsReadAsItWasWritten() {
        Sheet sheet = SheetFiles.read(Spreadsheets.csv(Charset.forName("windows-1256"), ';', ARABIC_REGISTER), null, null,
                SheetLimits.DEFAULT);
        assertEquals("windows-1256", sheet.encoding());
        assertEquals(ARABIC_REGISTER.get(0), sheet.headers());
        assertEquals(ARABIC_REGISTER.get(1), sheet.rows().get(0).cells());
        assertEquals(2, sheet.rows().get(0).number(), "the header is row 1, as the spreadsheet shows it");
    }

    @Test
    void aWindows1252FrenchCsvIsNotTakenForArabic() {
        List<List<String>> register = List.of(List.of("Prénom", "Nom", "Date de naissance", "Nationalité"),
                List.of("Hélène", "Lefèvre", "12/03/1990", "France"));
        Sheet sheet = SheetFiles.read(Spreadsheets.csv(Charset.forName("windows-1252"), ';', register), null, null,
                SheetLimits.DEFAULT);
        assertEquals("windows-1252", sheet.encoding());
        assertEquals(register.get(1), sheet.rows().get(0).cells());
    }

    @Test
    void utf8WithAMarkUtf16AndTabsAreRead() {
        byte[] utf8 = Spreadsheets.withBom(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
                Spreadsheets.csv(StandardCharsets.UTF_8, ',', ARABIC_REGISTER));
        assertEquals(ARABIC_REGISTER.get(0).get(0), SheetFiles.read(utf8, null, null, SheetLimits.DEFAULT).headers().get(0),
                "the byte-order mark is not part of the first header");
        byte[] utf16 = Spreadsheets.withBom(new byte[] { (byte) 0xFF, (byte) 0xFE },
                Spreadsheets.csv(StandardCharsets.UTF_16LE, '\t', ARABIC_REGISTER));
        Sheet sheet = SheetFiles.read(utf16, null, null, SheetLimits.DEFAULT);
        assertEquals(ARABIC_REGISTER.get(1), sheet.rows().get(0).cells());
    }

    @Test
    void aDeclaredEncodingIsTrusted() {
        byte[] latin = Spreadsheets.csv(StandardCharsets.ISO_8859_1, ',', List.of(List.of("Nom"), List.of("Zoé")));
        assertEquals("Zoé", SheetFiles.read(latin, StandardCharsets.ISO_8859_1, null, SheetLimits.DEFAULT).rows().get(0).cell(0));
    }

    @Test
    void anXlsxGivesDatesAsDatesNumbersWithoutDecimalsAndFormulasAsTheirSavedValues() {
        byte[] workbook = Spreadsheets.xlsx("Register", null, List.of(
                List.of(Spreadsheets.text("Name"), Spreadsheets.text("Born"), Spreadsheets.text("Number"),
                        Spreadsheets.text("Computed"), Spreadsheets.text("Note")),
                List.of(Spreadsheets.text("Amina"), Spreadsheets.date(LocalDate.of(1994, 7, 21)), Spreadsheets.number("12345.0"),
                        Spreadsheets.formula("UPPER(A2)", "AMINA"), Spreadsheets.text("=HYPERLINK(\"http://x\")"))));
        Sheet sheet = SheetFiles.read(workbook, null, null, SheetLimits.DEFAULT);
        assertEquals("Register", sheet.sheetName());
        assertEquals(List.of("Amina", "1994-07-21", "12345", "AMINA", "=HYPERLINK(\"http://x\")"), sheet.rows().get(0).cells());
    }

    @Test
    void aSheetIsChosenByName() {
        byte[] workbook = Spreadsheets.xlsx("Register", null, List.of(List.of(Spreadsheets.text("Name"))));
        assertEquals("Register", SheetFiles.read(workbook, null, "Register", SheetLimits.DEFAULT).sheetName());
        assertEquals("import.file.sheet", assertThrows(SheetUnreadable.class,
                () -> SheetFiles.read(workbook, null, "Other", SheetLimits.DEFAULT)).key());
    }

    @Test
    void anEntityDeclaredInTheSheetIsNeverExpanded() {
        String doctype = "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\"><!ENTITY lol \"lol\">]>";
        byte[] workbook = Spreadsheets.xlsx("Register", doctype, List.of(List.of(Spreadsheets.text("Name")),
                List.of("<c r=\"@\" t=\"inlineStr\"><is><t>&secret;&lol;</t></is></c>")));
        try {
            Sheet sheet = SheetFiles.read(workbook, null, null, SheetLimits.DEFAULT);
            assertFalse(sheet.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.contains("lol")),
                    "no entity was expanded");
        } catch (SheetUnreadable refused) {
            assertEquals(SheetUnreadable.Why.BROKEN, refused.why());
        }
    }

    @Test
    void aZipBombIsRefusedByWhatItInflatesTo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(new byte[8 * 1024 * 1024]);
        }
        assertTrue(bytes.size() < 100_000, "eight megabytes of zeros pack small");
        SheetUnreadable refused = assertThrows(SheetUnreadable.class, () -> SheetFiles.read(bytes.toByteArray(), null, null,
                new SheetLimits(100, 10, 100, 1024 * 1024)));
        assertEquals(SheetUnreadable.Why.TOO_LARGE, refused.why());
    }

    @Test
    void aCellPlacedBeyondExcelsLastColumnOrANumberOfAGigabyteIsNoThreat() {
        byte[] farRight = Spreadsheets.xlsx("Register", null, List.of(List.of(Spreadsheets.text("Name")),
                List.of("<c r=\"AAAAAAA2\" t=\"inlineStr\"><is><t>far</t></is></c>")));
        assertEquals(SheetUnreadable.Why.TOO_LARGE, assertThrows(SheetUnreadable.class,
                () -> SheetFiles.read(farRight, null, null, SheetLimits.DEFAULT)).why());
        byte[] huge = Spreadsheets.xlsx("Register", null, List.of(List.of(Spreadsheets.text("Name")),
                List.of(Spreadsheets.number("1E900000000"))));
        assertEquals("1E900000000", SheetFiles.read(huge, null, null, SheetLimits.DEFAULT).rows().get(0).cell(0));
    }

    @Test
    void aFileIsBoundedInRowsColumnsAndCells() {
        SheetLimits small = new SheetLimits(2, 3, 10, 1024);
        List<List<String>> threeRows = List.of(List.of("a"), List.of("1"), List.of("2"), List.of("3"));
        assertEquals("import.file.rows", refusal(Spreadsheets.csv(StandardCharsets.UTF_8, ',', threeRows), small));
        assertEquals("import.file.columns", refusal(Spreadsheets.csv(StandardCharsets.UTF_8, ',',
                List.of(List.of("a", "b", "c", "d"))), small));
        assertEquals("import.file.cell", refusal(Spreadsheets.csv(StandardCharsets.UTF_8, ',',
                List.of(List.of("a"), List.of("x".repeat(11)))), small));
    }

    @Test
    void whatIsNotASheetIsRefusedAsSuch() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        assertEquals(SheetUnreadable.Why.NOT_A_SHEET, assertThrows(SheetUnreadable.class,
                () -> SheetFiles.read(png, null, null, SheetLimits.DEFAULT)).why());
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
        assertEquals("import.file.xls", assertThrows(SheetUnreadable.class,
                () -> SheetFiles.read(xls, null, null, SheetLimits.DEFAULT)).key());
    }

    @Test
    void datesAreReadDayFirstWithTheirPrecisionAndImpossibleOnesAreNone() {
        assertEquals(new CellValues.Born(LocalDate.of(1995, 4, 3), DateOfBirthPrecision.EXACT), CellValues.born("٠٣/٠٤/١٩٩٥").orElseThrow());
        assertEquals(new CellValues.Born(LocalDate.of(1990, 12, 1), DateOfBirthPrecision.MONTH), CellValues.born("12/1990").orElseThrow());
        assertEquals(new CellValues.Born(LocalDate.of(1988, 1, 1), DateOfBirthPrecision.YEAR), CellValues.born("1988").orElseThrow());
        assertEquals(LocalDate.of(2024, 2, 29), CellValues.date("2024-02-29").orElseThrow());
        assertTrue(CellValues.born("31/02/2010").isEmpty());
        assertTrue(CellValues.born("soon").isEmpty());
    }

    @Test
    void headersInArabicFrenchAndEnglishNameTheirFields() {
        List<String> headers = List.of("الاسم", "اسم الأب", "Nom", "Date de naissance", "Nationalité", "Camp", "Remarks");
        ColumnMapping mapping = ColumnMapping.of(ImportKind.PERSONS, headers, java.util.Map.of(), java.util.Map.of(), new java.util.ArrayList<>());
        assertEquals(java.util.Map.of(0, ImportField.GIVEN_NAME, 1, ImportField.FATHER_NAME, 2, ImportField.FAMILY_NAME,
                3, ImportField.DATE_OF_BIRTH, 4, ImportField.NATIONALITY, 5, ImportField.FACILITY), mapping.fields());
        ColumnMapping chosen = ColumnMapping.of(ImportKind.PERSONS, headers, java.util.Map.of("Nom", "givenName", "Remarks", "placeOfBirth"),
                java.util.Map.of(), new java.util.ArrayList<>());
        assertEquals(ImportField.GIVEN_NAME, chosen.fields().get(2), "the admin's choice wins over the guess");
        assertEquals(ImportField.PLACE_OF_BIRTH, chosen.fields().get(6));
        assertEquals(ColumnMapping.headersKey(headers), ColumnMapping.headersKey(List.of("الاسم", "اسم الاب", "NOM",
                "date de naissance", "Nationalite", "camp", "remarks")), "a mapping is remembered for the same headers however typed");
    }

    @Test
    void countriesAreReadByCodeOrByNameInThreeLanguages() {
        assertEquals("IRQ", CellValues.country("العراق").orElseThrow());
        assertEquals("FRA", CellValues.country("France").orElseThrow());
        assertEquals("DEU", CellValues.country("Allemagne").orElseThrow());
        assertEquals("BEL", CellValues.country("bel").orElseThrow());
        assertTrue(CellValues.country("Atlantis").isEmpty());
    }

    private static String refusal(byte[] file, SheetLimits limits) {
        return assertThrows(SheetUnreadable.class, () -> SheetFiles.read(file, null, null, limits)).key();
    }
}
