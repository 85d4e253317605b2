package org.homeward.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class BreakdownTest {

    private final Breakdown pyramid = new Breakdown("sexAge", List.of(new Breakdown.Row("F|ADULT", null, true),
            new Breakdown.Row("F|UNDER_5", 15L, false)), 20L, true);

    @Test
    void aHiddenCountIsHiddenInTheChartAsInTheTableNeverZero() {
        assertNull(pyramid.count("F|ADULT"), "drawn as an outline, as the table prints <5");
        assertEquals("<5", pyramid.shown("F|ADULT"));
    }

    @Test
    void aKeyNobodyWasCountedUnderIsZeroAndACountIsItself() {
        assertEquals(0L, pyramid.count("M|ADULT"));
        assertEquals("0", pyramid.shown("M|ADULT"));
        assertEquals(15L, pyramid.count("F|UNDER_5"));
    }
}
