package org.homeward.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Counts of people (or movements, or cases) by one key, and their total. Where the caller may not
 * see small counts ({@link SmallCounts}), a row of 1 to 4 has {@code count: null, suppressed: true},
 * and every other figure, the total too, is rounded to a multiple of five ({@code rounded: true}).
 */
public record Breakdown(String by, List<Row> rows, Long total, boolean rounded) {

    /** One key and its count; a composite key joins its parts with "|" ("2026-03|TRANSFER"). */
    public record Row(String key, Long count, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean suppressed) {

        /** The first part of a composite key. */
        public String first() {
            int bar = key.indexOf('|');
            return bar < 0 ? key : key.substring(0, bar);
        }

        /** The second part of a composite key. */
        public String second() {
            int bar = key.indexOf('|');
            return bar < 0 ? "" : key.substring(bar + 1);
        }

        /** The count as printed: "<5" when hidden. */
        public String shown() {
            return SvgCharts.shown(count);
        }
    }

    /**
     * The count of one key for a chart: null when hidden, zero when the key is not there at all
     * (nothing of it was counted).
     */
    public Long count(String key) {
        // not Optional.map: a hidden count (null) would come out as "not there", drawn as 0 beside "<5"
        for (Row row : rows) {
            if (row.key().equals(key)) {
                return row.count();
            }
        }
        return 0L;
    }

    /** The count of one key as printed: "<5" when hidden, 0 when not there. */
    public String shown(String key) {
        return rows.stream().filter(row -> row.key().equals(key)).findFirst().map(Row::shown).orElse("0");
    }

    /** The total as printed: "<5" when hidden. */
    public String shownTotal() {
        return SvgCharts.shown(total);
    }
}
