package org.homeward.exports;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A PDF report as a reader holds it: pages numbered, marked, headings with what they head, figures aligned. */
class PdfTableTest {

    private static final String MARKING = "Confidential · exported by ada";

    @Test
    void everyPageSaysItsNumberOutOfAllAndCarriesTheConfidentialityMarking() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(false, table -> {
            table.sheet("People", List.of("Name", "Count"));
            for (int i = 0; i < 120; i++) {
                table.row(List.of("Person " + i, String.valueOf(i)));
            }
        }))) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "120 rows take several pages");
            for (int page = 1; page <= pages; page++) {
                String text = pageText(document, page);
                assertThat(text, containsString(MARKING));
                assertThat(text, containsString("page " + page + " of " + pages));
                // a table going on to the next page repeats its header there
                assertThat(text, containsString("Name"));
            }
        }
    }

    @Test
    void aHeadingNearTheFootOfAPageMovesToTheNextWithItsTable() throws IOException {
        // fill the first page until about two lines are left, then start a section
        try (PDDocument document = Loader.loadPDF(pdf(false, table -> {
            table.sheet("First", List.of("Name", "Count"));
            for (int i = 0; i < 36; i++) {
                table.row(List.of("Row " + i, "1"));
            }
            table.sheet("Second section", List.of("Name", "Count"));
            table.row(List.of("Only row", "2"));
        }))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = pageText(document, page);
                if (text.contains("Second section")) {
                    assertThat("the heading stands on the page of its row", text, containsString("Only row"));
                }
            }
            assertTrue(IntStream.rangeClosed(1, document.getNumberOfPages())
                    .anyMatch(page -> pageText(document, page).contains("Second section")));
        }
    }

    @Test
    void aHeadingMovesToTheNextPageWithTheChartItIntroduces() throws IOException {
        String chart = org.homeward.statistics.SvgCharts.bars("Bars", IntStream.range(0, 12)
                .mapToObj(i -> new org.homeward.statistics.SvgCharts.Bar("Camp " + i, 100L + i, null)).toList(), false);
        try (PDDocument document = Loader.loadPDF(pdf(false, table -> {
            table.sheet("First", List.of("Name", "Count"));
            for (int i = 0; i < 20; i++) {
                table.row(List.of("Row " + i, "1"));
            }
            table.sheet("Charted section", List.of("Camp", "People"));
            table.chart(chart);
            table.row(List.of("Camp 0", "100"));
        }))) {
            assertThat(pageText(document, 1), not(containsString("Charted section")));
            assertThat(pageText(document, 2), containsString("Charted section"));
            assertThat(pageText(document, 2), containsString("Camp 11"));
        }
    }

    @Test
    void aSectionWithNoRowsSaysSoInsteadOfPrintingItsHeaderAlone() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(false, table -> {
            table.sheet("Movements per month", List.of("Month", "Kind", "Count"));
            table.sheet("Cases per stage", List.of("Stage", "Count"));
            table.row(List.of("Verification", "12"));
        }))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text, containsString("Movements per month"));
            assertThat(text, containsString("None."));
            assertThat("the empty section's header is not printed", text, not(containsString("Kind")));
            assertThat(text, containsString("Stage"));
        }
    }

    @Test
    void thePrefaceStandsUnderTheDocumentsOneTitleWithoutRepeatingItsPeriod() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(false, table -> {
            table.preface("Statistics", "From 2026-01-01 to 2026-12-01", List.of("Figures are rounded."));
            table.sheet("People held, by facility", List.of("Facility", "People"));
            table.row(List.of("Al-Hol", "1,200"));
        }))) {
            String text = new PDFTextStripper().getText(document);
            assertEquals(1, text.split("Statistics", -1).length - 1, "the title once: " + text);
            assertEquals(1, text.split("2026-12-01", -1).length - 1, "the period once, in the title: " + text);
            assertThat(text, containsString("Figures are rounded."));
        }
    }

    @Test
    void figuresAreAlignedAtTheRightOfTheirColumn() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(false, table -> {
            table.sheet("By facility", List.of("Facility", "People"));
            table.row(List.of("Al-Hol", "7"));
            table.row(List.of("Roj", "1,234"));
            table.row(List.of("Hasakah", "<5"));
        }))) {
            List<Float> ends = new ArrayList<>();
            for (String figure : List.of("7", "1,234", "<5")) {
                ends.add(rightEdge(document, figure));
            }
            assertEquals(ends.get(0), ends.get(1), 0.5f, "units under units");
            assertEquals(ends.get(0), ends.get(2), 0.5f);
            assertTrue(rightEdge(document, "People") > ends.get(0) - 1, "the header stands over its figures");
        }
    }

    @Test
    void arabicHarakatAndShaddaAreDrawnOverTheirLettersWithoutSpreadingTheWord() throws IOException {
        String voweled = "مُحَمَّد";
        String bare = "محمد";
        try (PDDocument document = Loader.loadPDF(pdf(true, table -> {
            table.sheet("الأسماء", List.of("الاسم"));
            table.row(List.of(voweled));
            table.row(List.of(bare));
        }))) {
            List<TextPosition> glyphs = positions(document);
            float y = glyphs.stream().filter(g -> g.getUnicode().contains("\u0651")).findFirst().orElseThrow().getYDirAdj();
            List<TextPosition> voweledLine = line(glyphs, y);
            List<TextPosition> marks = voweledLine.stream().filter(g -> isMark(g.getUnicode())).toList();
            List<TextPosition> letters = voweledLine.stream().filter(g -> !isMark(g.getUnicode())).toList();
            assertEquals(4, marks.size(), "damma, fatha, shadda and fatha: " + marks);
            // as wide with its vowels as without them: no tatweel is drawn for each mark
            float next = glyphs.stream().filter(g -> g.getYDirAdj() > y + 4).findFirst().orElseThrow().getYDirAdj();
            assertEquals(width(line(glyphs, next)), width(letters), 0.5f);
            for (TextPosition mark : marks) {
                float centre = drawnCentre(mark);
                assertTrue(letters.stream().anyMatch(letter -> centre >= letter.getXDirAdj()
                        && centre <= letter.getXDirAdj() + letter.getWidthDirAdj()),
                        "the mark " + mark.getUnicode() + " stands over a letter");
            }
        }
    }

    /** Where a glyph's drawing is centred across the page (a mark is drawn beside its origin). */
    private static float drawnCentre(TextPosition glyph) {
        try {
            PDType0Font font = (PDType0Font) glyph.getFont();
            int units = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnitsPerEm();
            double centre = font.getPath(glyph.getCharacterCodes()[0]).getBounds2D().getCenterX() / units;
            return (float) (glyph.getXDirAdj() + centre * glyph.getFontSizeInPt());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Content {
        void write(PdfTable table) throws IOException;
    }

    private static byte[] pdf(boolean rightToLeft, Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTable table = new PdfTable(out, "Statistics, 2026-01-01 to 2026-12-01",
                (page, pages) -> MARKING + " · page " + page + " of " + pages, "None.", rightToLeft)) {
            content.write(table);
        }
        return out.toByteArray();
    }

    private static String pageText(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static float rightEdge(PDDocument document, String text) throws IOException {
        List<TextPosition> glyphs = positions(document);
        for (int i = 0; i + text.length() <= glyphs.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = 0; j < text.length(); j++) {
                run.append(glyphs.get(i + j).getUnicode());
            }
            if (run.toString().equals(text) && (i + text.length() == glyphs.size()
                    || glyphs.get(i + text.length()).getYDirAdj() != glyphs.get(i).getYDirAdj()
                    || glyphs.get(i + text.length()).getXDirAdj() - glyphs.get(i + text.length() - 1).getXDirAdj() > 20)) {
                TextPosition last = glyphs.get(i + text.length() - 1);
                return last.getXDirAdj() + last.getWidthDirAdj();
            }
        }
        throw new AssertionError(text + " is not in the document");
    }

    private static List<TextPosition> positions(PDDocument document) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(document);
        return all;
    }

    private static List<TextPosition> line(List<TextPosition> glyphs, float y) {
        return glyphs.stream().filter(g -> Math.abs(g.getYDirAdj() - y) < 4).toList();
    }

    private static float width(List<TextPosition> glyphs) {
        List<TextPosition> letters = glyphs.stream().filter(g -> !isMark(g.getUnicode())).toList();
        float left = (float) letters.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
        float right = (float) letters.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElseThrow();
        return right - left;
    }

    private static boolean isMark(String text) {
        return !text.isEmpty() && Character.getType(text.codePointAt(0)) == Character.NON_SPACING_MARK;
    }
}
