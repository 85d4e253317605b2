package org.homeward.exports;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF table, landscape A4, page after page as rows come; pages are kept in a scratch file, not in
 * memory. Arabic is shaped and laid out right to left with ICU, in DejaVu Sans (from Maven Central,
 * so no system font is needed). Every page carries the footer: who exported, when, for what.
 * In an Arabic document the columns run from the right.
 */
final class PdfTable implements Table {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 30;
    private static final float LINE = 12;
    private static final float SIZE = 7.5f;
    /** A chart at three quarters of the page's pixels: its 12-unit texts read at 9 points. */
    private static final float CHART_SCALE = 0.75f;
    private static final float CHART_FONT_SIZE = 12;
    /** Dates, times, "<5" and other figures with their separators. */
    private static final java.util.regex.Pattern NUMBERS =
            java.util.regex.Pattern.compile("<?\\d[\\d,.:/-]*(?: \\d{2}:\\d{2})?");

    private final OutputStream stream;
    private final PDDocument document;
    private final PDType0Font font;
    private final PDType0Font bold;
    private final String title;
    private final IntFunction<String> footer;
    private final boolean rightToLeft;
    /** Per font, whether it can draw a character: asked once per character. */
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();
    private PDPageContentStream page;
    private int pages;
    private float y;
    private List<String> header = List.of();
    private float[] widths = new float[0];
    /** A section's header row waits for its first row: a chart comes between the title and the table. */
    private boolean headerPending;

    PdfTable(OutputStream stream, String title, IntFunction<String> footer, boolean rightToLeft) throws IOException {
        this.stream = stream;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.font = load(FONT);
        this.bold = load(BOLD);
        this.title = title;
        this.footer = footer;
        this.rightToLeft = rightToLeft;
    }

    @Override
    public void sheet(String sheetTitle, List<String> columns) throws IOException {
        headerIfPending();
        header = columns;
        widths = new float[columns.size()];
        java.util.Arrays.fill(widths, (PAGE.getWidth() - 2 * MARGIN) / Math.max(1, columns.size()));
        if (page == null || y < MARGIN + 6 * LINE) {
            newPage();
        } else {
            y -= LINE;
        }
        write(sheetTitle, bold, 10, MARGIN, PAGE.getWidth() - MARGIN, y);
        y -= LINE * 1.4f;
        headerPending = true;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (y < MARGIN + 2 * LINE) {
            newPage();
            headerPending = true;
        }
        headerIfPending();
        cells(cells, font);
    }

    /**
     * The page's chart itself: its SVG drawn shape by shape (the same bars, pyramid and columns),
     * scaled to the page, on the next page if it does not fit below what is already there.
     */
    @Override
    public void chart(String svg) throws IOException {
        SvgDrawing drawing = SvgDrawing.parse(svg);
        float scale = Math.min(CHART_SCALE, (PAGE.getHeight() - 2 * MARGIN - 4 * LINE) / drawing.height());
        float height = drawing.height() * scale;
        if (y - height < MARGIN + LINE) {
            newPage();
        }
        float top = y + LINE / 2;
        // an Arabic document's chart stands at the right, as its text does (the drawing is mirrored already)
        float left = rightToLeft ? PAGE.getWidth() - MARGIN - drawing.width() * scale : MARGIN;
        for (SvgDrawing.Shape shape : drawing.shapes()) {
            if (shape instanceof SvgDrawing.Box box) {
                page.addRect(left + box.x() * scale, top - (box.y() + box.height()) * scale, box.width() * scale,
                        box.height() * scale);
                if (box.fill() != null) {
                    page.setNonStrokingColor(box.fill());
                    page.fill();
                } else {
                    page.setStrokingColor(box.stroke() == null ? Color.DARK_GRAY : box.stroke());
                    page.setLineDashPattern(box.dashed() ? new float[] { 2 * scale, 2 * scale } : new float[0], 0);
                    page.stroke();
                    page.setLineDashPattern(new float[0], 0);
                }
            } else if (shape instanceof SvgDrawing.Line line) {
                page.setStrokingColor(line.stroke() == null ? Color.BLACK : line.stroke());
                page.setLineWidth(line.strokeWidth() * scale);
                page.moveTo(left + line.x1() * scale, top - line.y1() * scale);
                page.lineTo(left + line.x2() * scale, top - line.y2() * scale);
                page.stroke();
                page.setLineWidth(1);
            } else if (shape instanceof SvgDrawing.Label label) {
                page.setNonStrokingColor(Color.BLACK);
                place(label.text(), CHART_FONT_SIZE * scale, left + label.x() * scale, label.anchor(),
                        top - label.y() * scale);
            }
        }
        page.setNonStrokingColor(Color.BLACK);
        y -= height + LINE;
    }

    @Override
    public void close() throws IOException {
        try {
            if (page == null) {
                newPage();
            }
            headerIfPending();
            page.close();
            document.save(stream);
        } finally {
            document.close();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        pages++;
        page = new PDPageContentStream(document, next);
        y = PAGE.getHeight() - MARGIN;
        write(title, bold, 12, MARGIN, PAGE.getWidth() - MARGIN, y);
        y -= LINE * 1.8f;
        page.setStrokingColor(0.6f, 0.6f, 0.6f);
        page.moveTo(MARGIN, MARGIN - 4);
        page.lineTo(PAGE.getWidth() - MARGIN, MARGIN - 4);
        page.stroke();
        write(footer.apply(pages), font, 7, MARGIN, PAGE.getWidth() - MARGIN, MARGIN - 14);
    }

    /** The header row, if its table has not shown it yet: before its first row, or alone when it has none. */
    private void headerIfPending() throws IOException {
        if (headerPending) {
            headerRow();
            headerPending = false;
        }
    }

    private void headerRow() throws IOException {
        page.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        page.addRect(MARGIN, y - 3, PAGE.getWidth() - 2 * MARGIN, LINE);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        cells(header, bold);
    }

    private void cells(List<String> cells, PDType0Font face) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            // in an Arabic document the first column is the rightmost
            int column = rightToLeft ? widths.length - 1 - i : i;
            String cell = column < cells.size() ? cells.get(column) : "";
            write(cell, face, SIZE, x + 2, x + widths[column] - 2, y);
            x += widths[column];
        }
        y -= LINE;
    }

    /** Text between two x positions, cut with an ellipsis if too long; right-aligned when it reads right to left. */
    private void write(String text, PDType0Font face, float size, float left, float right, float baseline)
            throws IOException {
        String visual = fitted(visual(printable(text == null ? "" : text, face)), face, size, right - left);
        if (visual.isEmpty()) {
            return;
        }
        float width = face.getStringWidth(visual) / 1000 * size;
        boolean alignRight = rightToLeft || startsRightToLeft(text);
        show(visual, face, size, alignRight ? right - width : left, baseline);
    }

    /** A chart's text, placed as its drawing anchors it: at its start, its middle or its end. */
    private void place(String text, float size, float x, String anchor, float baseline) throws IOException {
        String visual = visual(printable(text, font));
        float width = font.getStringWidth(visual) / 1000 * size;
        float start = switch (anchor) {
            case "middle" -> x - width / 2;
            case "end" -> x - width;
            default -> x;
        };
        show(visual, font, size, start, baseline);
    }

    private void show(String visual, PDType0Font face, float size, float x, float baseline) throws IOException {
        if (visual.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(face, size);
        page.newLineAtOffset(x, baseline);
        page.showText(visual);
        page.endText();
    }

    private static String fitted(String text, PDType0Font face, float size, float room) throws IOException {
        if (face.getStringWidth(text) / 1000 * size <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && face.getStringWidth(cut + "…") / 1000 * size > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /**
     * Text in the order its glyphs are drawn: Arabic letters joined in their contextual forms and
     * runs of right-to-left script reversed (ICU's shaping and bidirectional algorithm).
     */
    static String visual(String logical) {
        if (logical.chars().noneMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT)) {
            return logical.replaceAll("[\u2066-\u2069]", "");
        }
        try {
            // a date or a figure read left to right inside Arabic: isolated, or it is drawn back to front
            String isolated = NUMBERS.matcher(logical).replaceAll("\u2066$0\u2069");
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                    .shape(isolated);
            Bidi bidi = new Bidi();
            bidi.setPara(shaped, Bidi.LEVEL_DEFAULT_LTR, null);
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        } catch (ArabicShapingException unshapable) {
            return logical;
        }
    }

    private static boolean startsRightToLeft(String text) {
        int first = text == null ? -1 : text.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
        return first >= 0 && (Character.getDirectionality(first) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || Character.getDirectionality(first) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
    }

    /** Characters the font cannot draw become "?" rather than failing the whole export. */
    private String printable(String text, PDType0Font face) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0x2066 && c <= 0x2069) {
                // directional isolates: they shape the layout, and are gone once it is done
                kept.appendCodePoint(c);
                return;
            }
            boolean drawn = !Character.isISOControl(c) && drawable.computeIfAbsent(face, any -> new HashMap<>())
                    .computeIfAbsent(c, code -> {
                try {
                    face.encode(new String(Character.toChars(code)));
                    return true;
                } catch (IOException | IllegalArgumentException missing) {
                    return false;
                }
            });
            kept.appendCodePoint(drawn ? c : Character.isISOControl(c) ? ' ' : '?');
        });
        return kept.toString();
    }

    private PDType0Font load(String resource) throws IOException {
        try (InputStream in = PdfTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is not on the class path");
            }
            return PDType0Font.load(document, in);
        }
    }
}
