package org.homeward.exports;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PDF table, landscape A4, page after page as rows come; pages are kept in a scratch file, not in
 * memory. Arabic is shaped and laid out right to left with ICU, in DejaVu Sans (from Maven Central,
 * so no system font is needed). Every page carries the document's title and, at its foot, the
 * confidentiality marking ({@link Footer}), written once the last page is known ("page 3 of 7").
 * In an Arabic document the columns run from the right. A section's heading is never left alone
 * at the foot of a page: it waits for what it introduces, and moves to the next page with it; a
 * section with no rows says so instead of printing its header alone.
 */
final class PdfTable implements Table {

    /** The marking at the foot of every page: who exported it, when, for what, how many people. */
    @FunctionalInterface
    interface Footer {
        String text(int page, int pages);
    }

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 30;
    private static final float LINE = 12;
    private static final float SIZE = 7.5f;
    /** A row with a person's photo: three lines tall. */
    private static final float PICTURE_ROW = LINE * 3;
    /** The room a section's heading takes: a blank line above it, its own line and a half. */
    private static final float HEADING = LINE * 2.4f;
    /** A chart at three quarters of the page's pixels: its 12-unit texts read at 9 points. */
    private static final float CHART_SCALE = 0.75f;
    private static final float CHART_FONT_SIZE = 12;
    /** Dates, times, "<5" and other figures with their separators. */
    private static final java.util.regex.Pattern NUMBERS =
            java.util.regex.Pattern.compile("<?\\d[\\d,.:/-]*(?: \\d{2}:\\d{2})?");
    /** The mark each of U+FE70–FE7F (isolated and medial forms) stands for; 0 where it is not one. */
    private static final int[] TASHKEEL = { 0x064B, 0x064B, 0x064C, 0, 0x064D, 0, 0x064E, 0x064E, 0x064F, 0x064F,
            0x0650, 0x0650, 0x0651, 0x0651, 0x0652, 0x0652 };
    /** Marks drawn under their letter (kasra, kasratan, hamza below): they never stack above. */
    private static final Set<Integer> MARKS_BELOW = Set.of(0x0650, 0x064D, 0x0655, 0x0656);
    /** How far a second mark above its letter is raised over the first, in ems. */
    private static final float STACKED_MARK = 0.24f;
    /** A cell that is a figure (a count, "<5", a percentage): aligned at the right, units under units. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[<≈~]?\\d[\\d,.\u00a0\u202f]*%?");

    private final OutputStream stream;
    private final PDDocument document;
    private final PDType0Font font;
    private final PDType0Font bold;
    private final String title;
    private final Footer footer;
    private final String empty;
    private final boolean rightToLeft;
    /** Per font, whether it can draw a character: asked once per character. */
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();
    private final Map<PDType0Font, Map<Integer, Float>> markCentres = new HashMap<>();
    private PDPageContentStream page;
    private float y;
    private List<String> header = List.of();
    private float[] widths = new float[0];
    /** The heading of a section not drawn yet: it is drawn with the first thing under it. */
    private String headingPending;
    /** A section's header row waits for its first row: a chart comes between the title and the table. */
    private boolean headerPending;
    /** Whether the section being written has had a row. */
    private boolean sectionHasRows = true;

    PdfTable(OutputStream stream, String title, Footer footer, String empty, boolean rightToLeft) throws IOException {
        this.stream = stream;
        this.document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        this.font = load(FONT);
        this.bold = load(BOLD);
        this.title = title;
        this.footer = footer;
        this.empty = empty;
        this.rightToLeft = rightToLeft;
    }

    /** Under the document's title, which already names the file and its period: the lines alone. */
    @Override
    public void preface(String heading, String subtitle, List<String> lines) throws IOException {
        endSection();
        if (page == null) {
            newPage();
        }
        for (String line : lines) {
            room(LINE);
            write(line, font, 9, MARGIN, PAGE.getWidth() - MARGIN, y);
            y -= LINE;
        }
    }

    @Override
    public void sheet(String sheetTitle, List<String> columns) throws IOException {
        endSection();
        header = columns;
        widths = new float[columns.size()];
        java.util.Arrays.fill(widths, (PAGE.getWidth() - 2 * MARGIN) / Math.max(1, columns.size()));
        headingPending = sheetTitle;
        headerPending = true;
        sectionHasRows = false;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        startRow(LINE, cells);
        cells(cells, font, cells);
        sectionHasRows = true;
    }

    @Override
    public boolean drawsPictures() {
        return true;
    }

    /** A row as tall as its picture, drawn in the first column (the rightmost in Arabic), its text centred beside it. */
    @Override
    public void row(byte[] picture, List<String> cells) throws IOException {
        startRow(PICTURE_ROW, cells);
        if (picture != null) {
            PDImageXObject image = JPEGFactory.createFromByteArray(document, picture);
            float side = PICTURE_ROW - 4;
            float scale = Math.min(side / image.getWidth(), side / image.getHeight());
            float width = image.getWidth() * scale;
            float left = rightToLeft ? PAGE.getWidth() - MARGIN - widths[0] + 2 : MARGIN + 2;
            page.drawImage(image, rightToLeft ? left + widths[0] - 4 - width : left, y + LINE - 2 - image.getHeight() * scale,
                    width, image.getHeight() * scale);
        }
        y -= (PICTURE_ROW - LINE) / 2;
        cells(cells, font, cells);
        y -= (PICTURE_ROW - LINE) / 2;
        sectionHasRows = true;
    }

    /** Makes room for a row of this height: a heading and a header need a row under them on their page. */
    private void startRow(float height, List<String> cells) throws IOException {
        PDPageContentStream before = page;
        room((headingPending != null ? HEADING : 0) + (headerPending ? LINE : 0) + height);
        if (page != before) {
            // a table going on to the next page repeats its header there
            headerPending = true;
        }
        headingIfPending();
        if (headerPending) {
            headerRow(cells);
            headerPending = false;
        }
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
        room((headingPending != null ? HEADING : 0) + height + LINE);
        headingIfPending();
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
            endSection();
            if (page == null) {
                newPage();
            }
            page.close();
            footers();
            document.save(stream);
        } finally {
            document.close();
        }
    }

    /** The marking at every page's foot, now that the number of pages is known. */
    private void footers() throws IOException {
        int pages = document.getNumberOfPages();
        for (int number = 1; number <= pages; number++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(number - 1),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                page = foot;
                page.setStrokingColor(0.6f, 0.6f, 0.6f);
                page.moveTo(MARGIN, MARGIN - 4);
                page.lineTo(PAGE.getWidth() - MARGIN, MARGIN - 4);
                page.stroke();
                write(footer.text(number, pages), font, 7, MARGIN, PAGE.getWidth() - MARGIN, MARGIN - 14);
            }
        }
    }

    /** Ends the section being written: a section with no rows says so rather than show its header alone. */
    private void endSection() throws IOException {
        if (!sectionHasRows) {
            room(HEADING + LINE);
            headingIfPending();
            write(empty, font, SIZE, MARGIN + 2, PAGE.getWidth() - MARGIN - 2, y);
            y -= LINE;
            headerPending = false;
            sectionHasRows = true;
        }
    }

    /** Goes on to the next page unless this much room is left above the footer. */
    private void room(float needed) throws IOException {
        if (page == null || y - needed < MARGIN + LINE) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PAGE.getHeight() - MARGIN;
        write(title, bold, 12, MARGIN, PAGE.getWidth() - MARGIN, y);
        y -= LINE * 1.8f;
    }

    private void headingIfPending() throws IOException {
        if (headingPending != null) {
            y -= LINE;
            write(headingPending, bold, 10, MARGIN, PAGE.getWidth() - MARGIN, y);
            y -= LINE * 1.4f;
            headingPending = null;
        }
    }

    /** The header row, its figures' columns aligned as their figures are (the first row tells which). */
    private void headerRow(List<String> firstRow) throws IOException {
        page.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        page.addRect(MARGIN, y - 3, PAGE.getWidth() - 2 * MARGIN, LINE);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        cells(header, bold, firstRow);
    }

    /** One line of cells; a column whose cell in {@code aligning} is a figure is aligned at its right. */
    private void cells(List<String> cells, PDType0Font face, List<String> aligning) throws IOException {
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            // in an Arabic document the first column is the rightmost
            int column = rightToLeft ? widths.length - 1 - i : i;
            String cell = column < cells.size() ? cells.get(column) : "";
            boolean figure = column < aligning.size() && aligning.get(column) != null
                    && FIGURE.matcher(aligning.get(column)).matches();
            write(cell, face, SIZE, x + 2, x + widths[column] - 2, y, figure);
            x += widths[column];
        }
        y -= LINE;
    }

    private void write(String text, PDType0Font face, float size, float left, float right, float baseline)
            throws IOException {
        write(text, face, size, left, right, baseline, false);
    }

    /** Text between two x positions, cut with an ellipsis if too long; right-aligned when it reads right to left. */
    private void write(String text, PDType0Font face, float size, float left, float right, float baseline,
            boolean alignRight) throws IOException {
        String visual = fitted(visual(printable(text == null ? "" : text, face)), face, size, right - left);
        if (visual.isEmpty()) {
            return;
        }
        float width = face.getStringWidth(visual) / 1000 * size;
        boolean atRight = alignRight || rightToLeft || startsRightToLeft(text);
        show(visual, face, size, atRight ? right - width : left, baseline);
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
        if (visual.codePoints().noneMatch(PdfTable::isMark)) {
            page.beginText();
            page.setFont(face, size);
            page.newLineAtOffset(x, baseline);
            page.showText(visual);
            page.endText();
            return;
        }
        withMarks(visual, face, size, x, baseline);
    }

    /**
     * Text with harakat, shadda or other combining marks, drawn glyph by glyph: PDF places no mark
     * itself (the font's positioning tables are not applied), so each is centred over its letter,
     * which it follows in visual order, and a second mark above (a fatha on a shadda) stands on the first.
     */
    private void withMarks(String visual, PDType0Font face, float size, float x, float baseline) throws IOException {
        float letterStart = x;
        float letterWidth = 0;
        int above = 0;
        for (int c : visual.codePoints().toArray()) {
            String glyph = new String(Character.toChars(c));
            float at = x;
            float raise = 0;
            if (isMark(c)) {
                at = letterStart + letterWidth / 2 - markCentre(face, c) * size;
                if (!MARKS_BELOW.contains(c)) {
                    raise = above++ * STACKED_MARK * size;
                }
            } else {
                letterStart = x;
                letterWidth = face.getStringWidth(glyph) / 1000 * size;
                x += letterWidth;
                above = 0;
            }
            page.beginText();
            page.setFont(face, size);
            page.newLineAtOffset(at, baseline + raise);
            page.showText(glyph);
            page.endText();
        }
    }

    private static boolean isMark(int c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Where a mark's drawing is centred, from its origin, in ems (marks are drawn beside their origin). */
    private float markCentre(PDType0Font face, int mark) throws IOException {
        Map<Integer, Float> centres = markCentres.computeIfAbsent(face, any -> new HashMap<>());
        Float centre = centres.get(mark);
        if (centre == null) {
            byte[] code = face.encode(new String(Character.toChars(mark)));
            int units = ((PDCIDFontType2) face.getDescendantFont()).getTrueTypeFont().getUnitsPerEm();
            centre = (float) face.getPath(((code[0] & 0xff) << 8) | (code[1] & 0xff)).getBounds2D().getCenterX() / units;
            centres.put(mark, centre);
        }
        return centre;
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
            String shaped = combining(new ArabicShaping(ArabicShaping.LETTERS_SHAPE
                    | ArabicShaping.TEXT_DIRECTION_LOGICAL).shape(isolated));
            Bidi bidi = new Bidi();
            bidi.setPara(shaped, Bidi.LEVEL_DEFAULT_LTR, null);
            // each mark after its letter, reversed or not, so it is drawn over the right one
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS | Bidi.KEEP_BASE_COMBINING);
        } catch (ArabicShapingException unshapable) {
            return logical;
        }
    }

    /**
     * Harakat and shadda back as the combining marks they are: shaping turns them into forms of
     * their own (U+FE70–FE7F), each drawn on a tatweel that stretches the word apart.
     */
    private static String combining(String shaped) {
        StringBuilder text = new StringBuilder(shaped.length());
        shaped.codePoints().forEach(c -> text.appendCodePoint(c >= 0xFE70 && c <= 0xFE7F && TASHKEEL[c - 0xFE70] != 0
                ? TASHKEEL[c - 0xFE70] : c));
        return text.toString();
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
