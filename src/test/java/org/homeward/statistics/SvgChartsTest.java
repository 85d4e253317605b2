package org.homeward.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A hidden count is drawn as an outline in every kind of chart: seen to be there, never measured. */
class SvgChartsTest {

    private static final Pattern FILLED = Pattern.compile("<rect [^>]*fill=\"#");
    private static final Pattern FILLED_WIDTH = Pattern.compile("<rect [^>]*width=\"(\\d+)\" height=\"16\" fill=\"#");
    private static final Pattern OUTLINED = Pattern.compile("<rect [^>]*fill=\"none\"[^>]*stroke-dasharray");

    @Test
    void aHiddenCountInAColumnIsAnOutlineOfItsOwnHeight() {
        String svg = SvgCharts.columns("Movements", List.of("Admission", "Transfer"),
                List.of(new SvgCharts.Column("26-10", List.of(20L, 0L)),
                        new SvgCharts.Column("26-11", Arrays.asList(20L, null))), false);
        // the hidden transfers: an outline in the transfers' colour, of a fixed height whatever the count
        assertEquals(1, count(OUTLINED, svg));
        String hidden = OUTLINED.matcher(svg).results().findFirst().orElseThrow().group();
        assertTrue(hidden.contains("stroke=\"#E69F00\"") && hidden.contains("height=\"6\""), hidden);
        // the admissions, the zero transfers and the legend's two squares are filled
        assertEquals(5, count(FILLED, svg));
    }

    @Test
    void hiddenBarsAndHalvesOfThePyramidAreOutlined() {
        assertEquals(1, count(OUTLINED, SvgCharts.bars("By facility",
                List.of(new SvgCharts.Bar("HOL", 40L, null), new SvgCharts.Bar("ROJ", null, null)), false)));
        assertEquals(2, count(OUTLINED, SvgCharts.pyramid("Pyramid", List.of("Adults", "Children"),
                Arrays.asList(30L, null), Arrays.asList(null, 12L), "Women", "Men", false)));
    }

    @Test
    void aSmallCampsBarIsMeasuredAgainstTheLargestCountNotTheLargestCapacity() {
        String svg = SvgCharts.bars("By facility", List.of(new SvgCharts.Bar("HOL", 40L, 10_000L),
                new SvgCharts.Bar("ROJ", 20L, 30L)), false);
        List<Integer> widths = FILLED_WIDTH.matcher(svg).results().map(m -> Integer.parseInt(m.group(1))).toList();
        // HOL fills the room (400 wide), ROJ half of it; HOL's capacity, far beyond, is a dashed mark at the end
        assertEquals(List.of(400, 200), widths);
        assertTrue(svg.contains("x1=\"570\" y1=\"5\" x2=\"570\" y2=\"25\" stroke=\"#D55E00\" stroke-width=\"3\" stroke-dasharray"), svg);
        assertTrue(!svg.contains("style="), "a style attribute is refused by the page's Content-Security-Policy");
    }

    @Test
    void rightToLeftPutsTheFirstMonthOnTheRight() {
        List<SvgCharts.Column> months = List.of(new SvgCharts.Column("26-10", List.of(5L)),
                new SvgCharts.Column("26-11", List.of(5L)));
        assertTrue(firstLabelX(SvgCharts.columns("m", List.of("a"), months, true))
                > firstLabelX(SvgCharts.columns("m", List.of("a"), months, false)));
    }

    private static int firstLabelX(String svg) {
        var label = Pattern.compile("<text x=\"(\\d+)\"[^>]*>26-10<").matcher(svg);
        assertTrue(label.find());
        return Integer.parseInt(label.group(1));
    }

    private static long count(Pattern pattern, String svg) {
        return pattern.matcher(svg).results().count();
    }
}
