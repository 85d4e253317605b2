package org.homeward.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void countsFromOneToFourAreHiddenAndEveryOtherFigureIsRoundedToFive() {
        Breakdown figures = SmallCounts.protectedFigures("nationality", counts("FRA", 12, "BEL", 3, "NLD", 1, "IRQ", 0,
                "SYR", 5, "TUN", 8));
        assertEquals(10L, row(figures, "FRA").count());
        assertNull(row(figures, "BEL").count());
        assertTrue(row(figures, "BEL").suppressed());
        assertEquals("<5", row(figures, "NLD").shown());
        assertEquals(0L, row(figures, "IRQ").count());
        assertEquals(5L, row(figures, "SYR").count());
        assertEquals(10L, row(figures, "TUN").count());
        assertEquals(30L, figures.total());
        assertTrue(figures.rounded());
    }

    @Test
    void aTotalOfOneToFourIsHiddenToo() {
        Breakdown figures = SmallCounts.protectedFigures("sex", counts("F", 2, "M", 0));
        assertNull(figures.total());
        assertEquals("<5", figures.shownTotal());
    }

    /**
     * The totals trick: whatever the hidden counts were (1 to 4 each), some true figures behind the
     * rounded ones fit — so the total, here or read from another breakdown, cannot give them back.
     */
    @Test
    void theTotalCannotBeUsedToWorkOutAHiddenCount() {
        for (int french = 5; french <= 40; french++) {
            for (int belgian = 1; belgian <= 4; belgian++) {
                Breakdown shown = SmallCounts.protectedFigures("nationality", counts("FRA", french, "BEL", belgian));
                long frenchShown = row(shown, "FRA").count();
                // the true count and at least one other of 1..4 both fit what is shown
                long fitting = java.util.stream.IntStream.rangeClosed(1, 4)
                        .filter(guess -> fitsAny(frenchShown, shown.total(), guess)).count();
                assertTrue(fitsAny(frenchShown, shown.total(), belgian));
                assertTrue(fitting >= 2, french + " French and " + belgian + " Belgians: the hidden count shows through");
            }
        }
    }

    @Test
    void adminsSeeExactFigures() {
        Breakdown figures = SmallCounts.exact("nationality", counts("FRA", 12, "BEL", 3));
        assertEquals(3L, row(figures, "BEL").count());
        assertEquals(15L, figures.total());
        assertFalse(figures.rounded());
    }

    private static boolean fitsAny(long frenchShown, long total, int hidden) {
        for (long candidate = frenchShown - 2; candidate <= frenchShown + 2; candidate++) {
            if (candidate >= 5 && SmallCounts.rounded(candidate) == frenchShown
                    && SmallCounts.rounded(candidate + hidden) == total) {
                return true;
            }
        }
        return false;
    }

    private static Breakdown.Row row(Breakdown figures, String key) {
        return figures.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }

    private static Map<String, Long> counts(Object... keysAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            counts.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
