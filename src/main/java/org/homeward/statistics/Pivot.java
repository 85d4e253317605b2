package org.homeward.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A breakdown by two keys ("2026-03|TRANSFER") laid out as a table: the first key down, the second
 * across, each cell as printed. Months with nothing are rows too, so that a quiet month shows.
 */
public record Pivot(List<String> rows, List<String> columns, Map<String, Breakdown.Row> cells) {

    static Pivot of(Breakdown breakdown, List<String> rows) {
        Map<String, Breakdown.Row> cells = new HashMap<>();
        TreeSet<String> columns = new TreeSet<>();
        breakdown.rows().forEach(row -> {
            cells.put(row.key(), row);
            columns.add(row.second());
        });
        return new Pivot(rows, new ArrayList<>(columns), cells);
    }

    /** The cell as printed: its count, "<5" when hidden, 0 when nothing happened. */
    public String cell(String row, String column) {
        Breakdown.Row cell = cells.get(row + "|" + column);
        return cell == null ? "0" : cell.shown();
    }

    /** The cell's value for a chart: nothing when hidden or absent. */
    Long value(String row, String column) {
        Breakdown.Row cell = cells.get(row + "|" + column);
        return cell == null ? Long.valueOf(0) : cell.count();
    }
}
