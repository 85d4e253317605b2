package org.homeward.exports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a pseudonymized file shows of each person's facility, sex and year of birth — together
 * enough to single someone out. The finest of a fixed list of generalisations is chosen under which
 * every combination shown holds at least {@value #K} people: exact years, then five- and ten-year
 * spans, then without sex, without the year, without the facility. A few people whose combination
 * is still rarer may be shown with all three blank, when they are themselves at least {@value #K}
 * and no more than one in twenty of the file.
 */
final class Coarsening {

    static final int K = 5;

    /** One combination as read from the list: facility code, sex, year of birth (each may be null). */
    record Combination(String facility, String sex, Integer year) {
    }

    /** How one combination is written: the three cells. */
    record Shown(String facility, String sex, String year) {
        static final Shown NOTHING = new Shown("", "", "");
    }

    private enum Level {
        EXACT(true, true, 1),
        FIVE_YEARS(true, true, 5),
        TEN_YEARS(true, true, 10),
        WITHOUT_SEX(true, false, 10),
        FACILITY_ONLY(true, false, 0),
        SEX_AND_DECADE(false, true, 10),
        NOTHING(false, false, 0);

        final boolean facility;
        final boolean sex;
        /** The span of years shown; 0 for none. */
        final int years;

        Level(boolean facility, boolean sex, int years) {
            this.facility = facility;
            this.sex = sex;
            this.years = years;
        }

        Shown show(Combination c) {
            String span = years == 0 || c.year() == null ? ""
                    : years == 1 ? c.year().toString()
                    : Math.floorDiv(c.year(), years) * years + "–" + (Math.floorDiv(c.year(), years) * years + years - 1);
            return new Shown(facility ? Objects.toString(c.facility(), "") : "", sex ? Objects.toString(c.sex(), "") : "",
                    span);
        }
    }

    private final Level level;
    private final Map<Shown, Long> counts;

    private Coarsening(Level level, Map<Shown, Long> counts) {
        this.level = level;
        this.counts = counts;
    }

    /** The plan for a file holding these combinations, each with how many people it has. */
    static Coarsening of(Map<Combination, Long> people) {
        long total = people.values().stream().mapToLong(Long::longValue).sum();
        for (Level level : Level.values()) {
            Map<Shown, Long> shown = grouped(people, level::show);
            long rare = shown.values().stream().filter(n -> n < K).mapToLong(Long::longValue).sum();
            if (rare == 0 || rare >= K && rare * 20 <= total || level == Level.NOTHING) {
                return new Coarsening(level, shown);
            }
        }
        throw new IllegalStateException("the last level shows nothing and always holds");
    }

    Shown show(Combination combination) {
        Shown shown = level.show(combination);
        return counts.getOrDefault(shown, 0L) < K ? Shown.NOTHING : shown;
    }

    private static Map<Shown, Long> grouped(Map<Combination, Long> people, Function<Combination, Shown> show) {
        Map<Shown, Long> grouped = new HashMap<>();
        people.forEach((combination, n) -> grouped.merge(show.apply(combination), n, Long::sum));
        return grouped;
    }

    static Map<Combination, Long> counted(List<Object[]> rows) {
        Map<Combination, Long> counted = new HashMap<>();
        rows.forEach(row -> counted.put(new Combination((String) row[0], row[1] == null ? null : row[1].toString(),
                row[2] == null ? null : ((Number) row[2]).intValue()), ((Number) row[3]).longValue()));
        return counted;
    }
}
