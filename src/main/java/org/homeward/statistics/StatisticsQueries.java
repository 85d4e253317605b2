package org.homeward.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homeward.kernel.NativeQueries;
/**
 * The SQL of the figures: every count groups in PostgreSQL over a filter already resolved (a
 * facility as its subtree, a whole period). The population by nationality, and the population and
 * movements narrowed to one nationality, are read from counters the database keeps (docs/adr/006,
 * docs/adr/011). Answers exact counts; whether they are shown exact is the service's to decide.
 */
@ApplicationScoped
public class StatisticsQueries {

    private static final String NOT_PLACED = "00000000-0000-0000-0000-000000000000";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** People held now, as a condition on {@code person p}. */
    static String held(ResolvedFilter narrowed, Map<String, Object> parameters) {
        return registered(narrowed, parameters) + " and p.current_facility_id is not null";
    }

    /** People on the registry (not merged away), in the facilities and of the nationality filtered on. */
    static String registered(ResolvedFilter narrowed, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("p.merged_into is null");
        if (narrowed.facilities() != null) {
            where.append(" and p.current_facility_id in (:facilities)");
            parameters.put("facilities", narrowed.facilities());
        }
        if (narrowed.nationality() != null) {
            where.append(" and p.id in (select n.person_id from person_nationality n where n.country = :nationality)");
            parameters.put("nationality", narrowed.nationality());
        }
        return where.toString();
    }

    /** People held in one facility, of one sex, by age band: a cell row of the population grid. */
    record GridRow(String facility, String sex, long[] bands) {
    }

    /**
     * The population grid, facility × sex × age band: every population breakdown but nationality
     * and status is a sum of its cells. Summed from counters by month of birth (V31, or V16's for
     * one nationality), with the months an age boundary falls in counted from the people.
     */
    List<GridRow> grid(ResolvedFilter narrowed) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> parameters = new HashMap<>(Map.of("born5", today.minusYears(5), "born12",
                today.minusYears(12), "born18", today.minusYears(18)));
        String cells = cells(narrowed, parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("""
                select f.code, g.sex, g.under5, g.age5, g.age12, g.adult, g.unknown from (
                    select c.facility, c.sex,
                           coalesce(sum(c.people) filter (where c.born > :born5), 0) as under5,
                           coalesce(sum(c.people) filter (where c.born > :born12 and c.born <= :born5), 0) as age5,
                           coalesce(sum(c.people) filter (where c.born > :born18 and c.born <= :born12), 0) as age12,
                           coalesce(sum(c.people) filter (where c.born <= :born18), 0) as adult,
                           coalesce(sum(c.people) filter (where c.born is null), 0) as unknown
                      from (
                """ + cells + """
                      ) c
                     group by 1, 2 having sum(c.people) <> 0) g
                  join facility f on f.id = g.facility
                """), parameters).getResultList();
        return rows.stream().map(row -> new GridRow((String) row[0], String.valueOf(row[1]), new long[] {
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                ((Number) row[5]).longValue(), ((Number) row[6]).longValue() })).toList();
    }

    /**
     * The people held as cells (facility, sex, born, people), from counters that know the month of
     * birth only: an age band is whole months but for the month its boundary falls in, so those
     * three months are counted from the people's own birth dates (a few thousand index entries)
     * and the rest summed by month. A month is compared by its first day, which sits on the same
     * side of every boundary as each day of it. Narrowed to a nationality, its counters (V16) and
     * its people's rows; otherwise everyone's (V31); either way the totals with the deltas not
     * folded yet (V32 for a nationality's).
     */
    static String cells(ResolvedFilter narrowed, Map<String, Object> parameters) {
        List<LocalDate> boundaryMonths = new ArrayList<>();
        for (String boundary : List.of("born5", "born12", "born18")) {
            LocalDate month = ((LocalDate) parameters.get(boundary)).withDayOfMonth(1);
            boundaryMonths.add(month);
            parameters.put(boundary + "Month", month);
            parameters.put(boundary + "NextMonth", month.plusMonths(1));
        }
        parameters.put("boundaryMonths", boundaryMonths);
        String inFacilities = "";
        if (narrowed.facilities() != null) {
            parameters.put("facilities", narrowed.facilities());
            inFacilities = " in (:facilities)";
        }
        String counters;
        String people;
        if (narrowed.nationality() != null) {
            parameters.put("nationality", narrowed.nationality());
            String counted = " where country = :nationality"
                    + (inFacilities.isEmpty() ? "" : " and facility_id" + inFacilities);
            counters = "select facility_id, sex, birth_month, people from nationality_grid_count" + counted
                    + " union all select facility_id, sex, birth_month, delta from nationality_grid_delta" + counted;
            people = "select n.current_facility_id, n.sex, n.date_of_birth, count(*) from person_nationality n"
                    + " where n.country = :nationality and n.current_facility_id is not null"
                    + (inFacilities.isEmpty() ? "" : " and n.current_facility_id" + inFacilities)
                    + " and n.date_of_birth >= :MONTH and n.date_of_birth < :NEXT group by 1, 2, 3";
        } else {
            String counted = inFacilities.isEmpty() ? "" : " where facility_id" + inFacilities;
            counters = "select facility_id, sex, birth_month, people from person_grid_count" + counted
                    + " union all select facility_id, sex, birth_month, delta from person_grid_delta" + counted;
            people = "select p.current_facility_id, p.sex, p.date_of_birth, count(*) from person p"
                    + " where p.merged_into is null and p.current_facility_id is not null"
                    + (inFacilities.isEmpty() ? "" : " and p.current_facility_id" + inFacilities)
                    + " and p.date_of_birth >= :MONTH and p.date_of_birth < :NEXT group by 1, 2, 3";
        }
        // each boundary month on its own: a range an index answers alone (ranges or'ed are not)
        StringBuilder cells = new StringBuilder("select g.facility_id as facility, g.sex, g.birth_month as born, g.people"
                + " from (" + counters + ") g where g.birth_month is null or g.birth_month not in (:boundaryMonths)");
        for (String boundary : List.of("born5", "born12", "born18")) {
            cells.append(" union all ").append(people.replace(":MONTH", ":" + boundary + "Month")
                    .replace(":NEXT", ":" + boundary + "NextMonth"));
        }
        return cells.toString();
    }

    /** People held per facility, most first. */
    static Map<String, Long> byFacility(List<GridRow> grid) {
        Map<String, Long> counts = new HashMap<>();
        grid.forEach(row -> counts.merge(row.facility(), java.util.Arrays.stream(row.bands()).sum(), Long::sum));
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    /** From the counters: a dual national counts once under each nationality. */
    Map<String, Long> byNationality(ResolvedFilter narrowed) {
        Map<String, Object> parameters = new HashMap<>(Map.of("notPlaced", UUID.fromString(NOT_PLACED)));
        StringBuilder sql = new StringBuilder("select country, sum(people) from (select country, facility_key, people"
                + " from nationality_placement_count union all select country, facility_key, delta"
                + " from nationality_placement_delta) c where facility_key <> :notPlaced");
        if (narrowed.facilities() != null) {
            sql.append(" and facility_key in (:facilities)");
            parameters.put("facilities", narrowed.facilities());
        }
        if (narrowed.nationality() != null) {
            sql.append(" and country = :nationality");
            parameters.put("nationality", narrowed.nationality());
        }
        sql.append(" group by country having sum(people) > 0 order by 2 desc, 1");
        return counted(sql.toString(), parameters);
    }

    /** "F|UNDER_5", "M|ADULT", "F|UNKNOWN" (no date of birth): every band in a fixed order, the pyramid's. */
    static Map<String, Long> sexAgeBands(List<GridRow> grid) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            for (String sex : List.of("F", "M")) {
                bands.put(sex + "|" + band.name(), grid.stream().filter(row -> row.sex().equals(sex))
                        .mapToLong(row -> row.bands()[band.ordinal()]).sum());
            }
        }
        return bands;
    }

    static Map<String, Long> collapse(Map<String, Long> grid, boolean bySex) {
        Map<String, Long> collapsed = new LinkedHashMap<>();
        grid.forEach((key, count) -> collapsed.merge(bySex ? key.substring(0, key.indexOf('|'))
                : key.substring(key.indexOf('|') + 1), count, Long::sum));
        return collapsed;
    }

    Map<String, Long> byStatus(ResolvedFilter narrowed) {
        Map<String, Object> parameters = new HashMap<>();
        return counted("select p.status, count(*) from person p where " + registered(narrowed, parameters)
                + " group by 1 order by 2 desc", parameters);
    }

    Map<String, Long> children(ResolvedFilter narrowed) {
        Map<String, Object> parameters = new HashMap<>();
        Map<String, Long> found = counted("select f.flag, count(*) from person_flag f join person p on p.id = f.person_id"
                + " where f.flag in ('UNACCOMPANIED_CHILD', 'SEPARATED_CHILD') and " + held(narrowed, parameters)
                + " group by 1", parameters);
        Map<String, Long> both = new LinkedHashMap<>();
        both.put("UNACCOMPANIED_CHILD", found.getOrDefault("UNACCOMPANIED_CHILD", 0L));
        both.put("SEPARATED_CHILD", found.getOrDefault("SEPARATED_CHILD", 0L));
        return both;
    }

    /**
     * "2026-03|TRANSFER": movements per month and type, into or out of the facilities filtered on,
     * summed from counters by day, with the deltas not folded yet: everyone's (V31), or narrowed
     * to a nationality, its own (V16, kept as deltas since V32).
     */
    Map<String, Long> movements(ResolvedFilter narrowed) {
        Map<String, Object> parameters = new HashMap<>(Map.of("from", narrowed.from(), "to", narrowed.to()));
        if (narrowed.nationality() != null) {
            parameters.put("nationality", narrowed.nationality());
            String moved = " where country = :nationality and date between :from and :to"
                    + facilitiesMoved(narrowed, "to_key", "from_key", parameters);
            return counted("select to_char(c.date, 'YYYY-MM') || '|' || c.type, sum(c.movements) from ("
                    + "select date, type, movements from nationality_movement_count" + moved
                    + " union all select date, type, delta from nationality_movement_delta" + moved
                    + ") c group by 1 having sum(c.movements) > 0 order by 1", parameters);
        }
        String moved = facilitiesMoved(narrowed, "to_key", "from_key", parameters);
        return counted("select to_char(c.date, 'YYYY-MM') || '|' || c.type, sum(c.movements) from ("
                + "select date, type, movements from movement_day_count where date between :from and :to" + moved
                + " union all select date, type, delta from movement_day_delta where date between :from and :to" + moved
                + ") c group by 1 having sum(c.movements) > 0 order by 1", parameters);
    }

    static String facilitiesMoved(ResolvedFilter narrowed, String to, String from, Map<String, Object> parameters) {
        if (narrowed.facilities() == null) {
            return "";
        }
        parameters.put("facilities", narrowed.facilities());
        return " and (" + to + " in (:facilities) or " + from + " in (:facilities))";
    }

    /**
     * "2026-03|FRA": people repatriated per month, by the country of the completed case that took
     * them home (XXX when the repatriation was recorded without a case).
     */
    Map<String, Long> repatriated(ResolvedFilter narrowed) {
        Map<String, Object> parameters = new HashMap<>(Map.of("from", narrowed.from(), "to", narrowed.to()));
        StringBuilder where = new StringBuilder("m.type = 'REPATRIATION' and m.date between :from and :to");
        if (narrowed.facilities() != null) {
            where.append(" and m.from_facility_id in (:facilities)");
            parameters.put("facilities", narrowed.facilities());
        }
        String country = "coalesce((select c.country from repatriation_subject s join repatriation_case c on c.id = s.case_id"
                + " where s.person_id = m.person_id and c.stage = 'COMPLETED' order by c.updated_at desc limit 1), 'XXX')";
        if (narrowed.nationality() != null) {
            // those a case of that country took home
            where.append(" and m.person_id in (select s.person_id from repatriation_subject s"
                    + " join repatriation_case c on c.id = s.case_id where c.country = :nationality)");
            parameters.put("nationality", narrowed.nationality());
        }
        String sql = "select to_char(m.date, 'YYYY-MM') || '|' || " + country + " as month_country, count(*)"
                + " from movement m where " + where + " group by 1 order by 1";
        if (narrowed.nationality() != null) {
            sql = "select * from (" + sql + ") r where r.month_country like :countrySuffix";
            parameters.put("countrySuffix", "%|" + narrowed.nationality());
        }
        return counted(sql, parameters);
    }

    /** Cases by stage or by country; {@code overdue}: open cases past their stage's due date. */
    Map<String, Long> cases(String key, ResolvedFilter narrowed, boolean overdue) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        if (narrowed.nationality() != null) {
            where.append(" and c.country = :nationality");
            parameters.put("nationality", narrowed.nationality());
        }
        if (narrowed.facilities() != null) {
            where.append(" and exists (select 1 from repatriation_subject s join person p on p.id = s.person_id"
                    + " where s.case_id = c.id and p.current_facility_id in (:facilities))");
            parameters.put("facilities", narrowed.facilities());
        }
        if (overdue) {
            where.append(" and c.stage_due < :today and c.stage not in ('COMPLETED', 'REJECTED', 'WITHDRAWN', 'ON_HOLD')");
            parameters.put("today", LocalDate.now(clock));
        }
        return counted("select " + key + ", count(*) from repatriation_case c where " + where
                + " group by 1 order by 2 desc, 1", parameters);
    }

    /** Every facility's names and capacity, by code. */
    Map<String, Dashboard.FacilitySite> facilities() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name, name_ar, capacity from facility").getResultList();
        Map<String, Dashboard.FacilitySite> facilities = new HashMap<>();
        rows.forEach(row -> facilities.put((String) row[0], new Dashboard.FacilitySite((String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).intValue())));
        return facilities;
    }

    Map<String, Long> counted(String sql, Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery(sql), parameters).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
