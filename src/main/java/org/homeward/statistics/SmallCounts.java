package org.homeward.statistics;

import java.util.List;
import java.util.Map;

/**
 * Small-count protection for callers who see figures, never records (analysts, auditors).
 *
 * <p>A count from 1 to 4 is not shown ("&lt;5"). Hiding it alone is not enough: the total, or the
 * same total read from another breakdown (by sex, where no count is small), minus the counts shown
 * would give it back. So every other figure shown to these callers — totals included — is rounded
 * to the nearest multiple of five: the difference of rounded figures is uncertain by more than the
 * hidden count, whichever breakdowns, filters or totals are combined (docs/adr/011-statistics.md).
 * Zero is shown: it is the absence of people, not a small group of them.
 */
public final class SmallCounts {

    static final int SMALLEST_SHOWN = 5;

    private SmallCounts() {
    }

    /** The figures exactly, for callers allowed to see them (admins). */
    public static Breakdown exact(String by, Map<String, Long> counts) {
        return new Breakdown(by, counts.entrySet().stream()
                .map(count -> new Breakdown.Row(count.getKey(), count.getValue(), false)).toList(),
                counts.values().stream().mapToLong(Long::longValue).sum(), false);
    }

    /** The figures protected: small counts hidden, the rest and the total rounded to five. */
    public static Breakdown protectedFigures(String by, Map<String, Long> counts) {
        List<Breakdown.Row> rows = counts.entrySet().stream().map(count -> {
            long value = count.getValue();
            boolean small = value > 0 && value < SMALLEST_SHOWN;
            return new Breakdown.Row(count.getKey(), small ? null : rounded(value), small);
        }).toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Breakdown(by, rows, total > 0 && total < SMALLEST_SHOWN ? null : rounded(total), true);
    }

    /** A count of five or more to the nearest multiple of five, a half up: 7 → 5, 8 → 10. */
    static long rounded(long value) {
        return Math.round(value / 5.0) * 5;
    }
}
