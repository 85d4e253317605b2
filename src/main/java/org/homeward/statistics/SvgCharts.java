package org.homeward.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Charts as SVG drawn on the server: they print, work without JavaScript, and go into a PDF.
 * Pure functions of their figures and labels; a hidden count (see {@link SmallCounts}) is drawn
 * as an outline marked "&lt;5", never as a length. Right to left mirrors the drawing for Arabic.
 */
public final class SvgCharts {

    /** Colour-blind-safe (Okabe–Ito), in the order series are given. */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");
    private static final int WIDTH = 640;
    private static final int LABEL = 170;
    private static final int VALUE = 70;
    private static final int ROW = 22;
    /** The height of a hidden count's outline in a column. */
    private static final int HIDDEN_SEGMENT = 7;

    /** A bar: its label, its count (null when hidden), and an optional mark (a facility's capacity). */
    public record Bar(String label, Long value, Long mark) {
    }

    /**
     * A column of stacked segments (a month), one value per series, in the series' order; its label
     * may be two lines, parted by a newline.
     */
    public record Column(String label, List<Long> values) {
    }

    private SvgCharts() {
    }

    /**
     * Horizontal bars, longest first as given, scaled to the largest count (not to the largest
     * capacity, which would shrink a small camp to a hairline); the mark is drawn as a line across
     * its bar, or, when it lies beyond the scale, as a dashed line at the end.
     */
    public static String bars(String title, List<Bar> bars, boolean rtl) {
        long largest = Math.max(1, bars.stream().mapToLong(bar -> orZero(bar.value())).max().orElse(1));
        int height = bars.size() * ROW + 10;
        int room = WIDTH - LABEL - VALUE;
        StringBuilder svg = open(title, WIDTH, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = 5 + i * ROW;
            int length = (int) Math.round((double) orZero(bar.value()) * room / largest);
            int start = rtl ? WIDTH - LABEL - length : LABEL;
            svg.append(text(rtl ? WIDTH - 4 : LABEL - 6, y + 15, "end", bar.label()));
            if (bar.value() == null) {
                int outline = room / 40;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"none\""
                        + " stroke=\"#555\" stroke-dasharray=\"2 2\"/>", rtl ? WIDTH - LABEL - outline : LABEL, y + 2, outline));
            } else {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/>",
                        start, y + 2, length, PALETTE.get(0)));
            }
            if (bar.mark() != null) {
                boolean beyond = bar.mark() > largest;
                int at = beyond ? room : (int) Math.round((double) bar.mark() * room / largest);
                int x = rtl ? WIDTH - LABEL - at : LABEL + at;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#D55E00\""
                        + " stroke-width=\"3\"%s/>", x, y, x, y + 20, beyond ? " stroke-dasharray=\"3 2\"" : ""));
            }
            int end = bar.value() == null ? room / 40 + 4 : length + 4;
            svg.append(text(rtl ? WIDTH - LABEL - end : LABEL + end, y + 15, rtl ? "end" : "start",
                    shown(bar.value())));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The population pyramid: one row per age band (oldest on top), women on one side and men on
     * the other, each bar as long as its count.
     */
    public static String pyramid(String title, List<String> bands, List<Long> women, List<Long> men, String womenLabel,
            String menLabel, boolean rtl) {
        long largest = Math.max(1, java.util.stream.Stream.concat(women.stream(), men.stream())
                .mapToLong(SvgCharts::orZero).max().orElse(1));
        int middle = WIDTH / 2;
        int bandLabel = 90;
        int room = middle - bandLabel / 2 - VALUE;
        int height = bands.size() * ROW + 36;
        StringBuilder svg = open(title, WIDTH, height);
        // women on the left in a left-to-right page, on the right in a right-to-left one
        int womenSide = rtl ? 1 : -1;
        svg.append(text(middle + womenSide * (bandLabel / 2 + room / 2), 14, "middle", womenLabel));
        svg.append(text(middle - womenSide * (bandLabel / 2 + room / 2), 14, "middle", menLabel));
        for (int i = 0; i < bands.size(); i++) {
            int y = 22 + i * ROW;
            svg.append(text(middle, y + 15, "middle", bands.get(i)));
            svg.append(half(women.get(i), largest, room, middle, bandLabel, womenSide, y, PALETTE.get(3)));
            svg.append(half(men.get(i), largest, room, middle, bandLabel, -womenSide, y, PALETTE.get(0)));
        }
        return svg.append("</svg>").toString();
    }

    /** Stacked columns (movements per month by type), with a legend of the series. */
    public static String columns(String title, List<String> series, List<Column> columns, boolean rtl) {
        long largest = Math.max(1, columns.stream()
                .mapToLong(column -> column.values().stream().mapToLong(SvgCharts::orZero).sum()).max().orElse(1));
        int chart = 200;
        int legend = ((series.size() + 2) / 3) * 18 + 6;
        int height = chart + 54 + legend;
        int step = Math.max(1, (WIDTH - 20) / Math.max(1, columns.size()));
        StringBuilder svg = open(title, WIDTH, height);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int position = rtl ? columns.size() - 1 - i : i;
            int x = 10 + position * step;
            int top = chart + 10;
            for (int s = 0; s < column.values().size(); s++) {
                Long value = column.values().get(s);
                if (value == null) {
                    // hidden, not nothing: an outline of its series' colour, never a length
                    top -= HIDDEN_SEGMENT;
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                            + " fill=\"none\" stroke=\"%s\" stroke-dasharray=\"2 2\"/>", x + 3, top, step - 6,
                            HIDDEN_SEGMENT - 1, PALETTE.get(s % PALETTE.size())));
                    continue;
                }
                int length = (int) Math.round((double) value * chart / largest);
                top -= length;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                        x + 2, top, step - 4, length, PALETTE.get(s % PALETTE.size())));
            }
            // a label of two lines (a month, and its year where the year changes) is drawn as two texts
            String[] lines = column.label().split("\n", 2);
            for (int line = 0; line < lines.length; line++) {
                svg.append(text(x + step / 2, chart + 26 + line * 14, "middle", lines[line]));
            }
        }
        for (int s = 0; s < series.size(); s++) {
            int x = 10 + (s % 3) * (WIDTH / 3);
            int y = chart + 54 + (s / 3) * 18;
            if (rtl) {
                x = WIDTH - x - 14;
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", x, y,
                    PALETTE.get(s % PALETTE.size())));
            svg.append(text(rtl ? x - 4 : x + 16, y + 11, rtl ? "end" : "start", series.get(s)));
        }
        return svg.append("</svg>").toString();
    }

    private static String half(Long value, long largest, int room, int middle, int bandLabel, int side, int y,
            String colour) {
        int inner = middle + side * bandLabel / 2;
        if (value == null) {
            int outline = room / 40;
            int x = side < 0 ? inner - outline : inner;
            return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"none\""
                    + " stroke=\"#555\" stroke-dasharray=\"2 2\"/>", x, y + 2, outline)
                    + text(inner + side * (outline + 4), y + 15, side < 0 ? "end" : "start", shown(null));
        }
        int length = (int) Math.round((double) value * room / largest);
        int x = side < 0 ? inner - length : inner;
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/>", x, y + 2,
                length, colour) + text(inner + side * (length + 4), y + 15, side < 0 ? "end" : "start", shown(value));
    }

    private static StringBuilder open(String title, int width, int height) {
        // direction ltr on the drawing itself: an Arabic page's rtl would otherwise flip every anchor
        // ("end" becoming the left); each text's own letters still run in their own direction
        return new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                + " direction=\"ltr\" viewBox=\"0 0 %d %d\" width=\"100%%\" class=\"chart\" font-family=\"sans-serif\""
                + " font-size=\"12\"><title>%s</title>", width, height, escape(title)));
    }

    /**
     * A text, anchored as given (the drawing is left to right: see {@link #open}). An Arabic label
     * is isolated right to left, so that "18 فأكثر" reads in its order, number first, not reversed
     * by the drawing's direction.
     */
    private static String text(int x, int y, String anchor, String content) {
        String ordered = content.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)
                ? "\u2067" + content + "\u2069" : content;
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                escape(ordered));
    }

    /** A figure as the chart prints it: a hidden count reads "<5". */
    static String shown(Long value) {
        return value == null ? "<5" : String.format(Locale.ROOT, "%,d", value);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
