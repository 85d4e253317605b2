package org.homeward.exports;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.statistics.SvgCharts;
import org.junit.jupiter.api.Test;

/** The report's PDF draws the statistics page's own charts: the same bars, pyramid and labels. */
class PdfChartTest {

    private static final Color WOMEN = new Color(0xCC79A7);
    private static final Color MEN = new Color(0x0072B2);

    @Test
    void aPyramidDrawnForThePageIsDrawnInThePdf() throws IOException {
        String svg = SvgCharts.pyramid("Pyramid", List.of("Adults", "Under five"), java.util.Arrays.asList(300L, null),
                List.of(120L, 40L), "Women", "Men", false);
        SvgDrawing drawing = SvgDrawing.parse(svg);
        assertEquals(640, drawing.width());
        // two labels of the sides, per band its label, two bars and their figures; the hidden count an outline
        assertEquals(2 + 2 * 5, drawing.shapes().size());
        assertTrue(drawing.shapes().stream().anyMatch(shape -> shape instanceof SvgDrawing.Box box && box.dashed()),
                "a hidden count is an outline");

        try (PDDocument document = Loader.loadPDF(pdf(svg, false))) {
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("Women", "Men", "Adults", "Under five", "300", "120", "40", "<5")) {
                assertThat(text, containsString(expected));
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertTrue(drawn(image, WOMEN) > 0, "the women's bars are drawn in their colour");
            assertTrue(drawn(image, MEN) > drawn(image, WOMEN) / 3, "and the men's in theirs");
        }
    }

    @Test
    void anArabicChartReadsBackInArabic() throws IOException {
        String svg = SvgCharts.bars("حسب الجنسية", List.of(new SvgCharts.Bar("العراق", 1200L, null),
                new SvgCharts.Bar("فرنسا", null, null)), true);
        try (PDDocument document = Loader.loadPDF(pdf(svg, true))) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text, containsString("العراق"));
            assertThat(text, containsString("فرنسا"));
            assertThat(text, containsString("1,200"));
            assertTrue(drawn(new PDFRenderer(document).renderImageWithDPI(0, 72), MEN) > 0, "the bar is drawn");
        }
    }

    private static byte[] pdf(String svg, boolean rightToLeft) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfTable table = new PdfTable(out, "Report", (page, pages) -> "page " + page + " of " + pages, "None.", rightToLeft)) {
            table.sheet("Chart", List.of("", "count"));
            table.chart(svg);
            table.row(List.of("total", "1"));
        }
        return out.toByteArray();
    }

    /** How many pixels of the page are of a colour (within rendering's blur). */
    private static long drawn(BufferedImage image, Color colour) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return Arrays.stream(pixels).filter(rgb -> close(new Color(rgb), colour)).count();
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 30;
    }
}
