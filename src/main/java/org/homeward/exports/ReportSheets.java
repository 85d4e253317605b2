package org.homeward.exports;

import java.io.IOException;
import java.util.List;

import org.homeward.movements.MovementType;
import org.homeward.people.PersonFlag;
import org.homeward.repatriation.Stage;
import org.homeward.statistics.AgeBand;
import org.homeward.statistics.Breakdown;
import org.homeward.statistics.Dashboard;
import org.homeward.statistics.StatisticsMessages;
import org.homeward.statistics.SvgCharts;
import org.homeward.web.AppMessages;
import org.homeward.web.CountryNames;

/** The statistics report as sheets: the same figures as the statistics page, protected the same way. */
final class ReportSheets {

    /** How many nationalities the chart shows, as on the page; the table lists them all. */
    private static final int TOP_NATIONALITIES = 15;

    private ReportSheets() {
    }

    static long write(Table table, Dashboard f, StatisticsMessages stats, ExportMessages export, AppMessages app,
            String language) throws IOException {
        long rows = 0;
        table.sheet(stats.title(), List.of(stats.title()));
        table.row(List.of(stats.period(f.from(), f.to())));
        table.row(List.of(f.protectedFigures() ? stats.protected_note() : stats.exact_note()));

        table.sheet(stats.by_facility(), List.of(stats.col_facility(), stats.col_people(), stats.col_capacity()));
        table.chart(f.byFacility().rows().stream().map(row -> new SvgCharts.Bar(row.key(), row.count(), null)).toList());
        for (Breakdown.Row row : f.byFacility().rows()) {
            Integer capacity = f.capacities().get(row.key());
            table.row(List.of(row.key(), row.shown(), capacity == null ? "" : capacity.toString()));
            rows++;
        }
        table.row(List.of(stats.total(f.byFacility().shownTotal()), "", ""));

        table.sheet(stats.by_nationality(), List.of(stats.col_nationality(), stats.col_people()));
        table.chart(f.byNationality().rows().stream().limit(TOP_NATIONALITIES)
                .map(row -> new SvgCharts.Bar(CountryNames.name(row.key(), language), row.count(), null)).toList());
        for (Breakdown.Row row : f.byNationality().rows()) {
            table.row(List.of(CountryNames.name(row.key(), language) + " (" + row.key() + ")", row.shown()));
            rows++;
        }

        table.sheet(stats.pyramid(), List.of("", stats.women(), stats.men()));
        List<SvgCharts.Bar> pyramid = new java.util.ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            pyramid.add(new SvgCharts.Bar(stats.women() + " · " + stats.band(band), count(f.pyramid(), "F|" + band.name()), null));
            pyramid.add(new SvgCharts.Bar(stats.men() + " · " + stats.band(band), count(f.pyramid(), "M|" + band.name()), null));
        }
        table.chart(pyramid);
        for (AgeBand band : AgeBand.values()) {
            table.row(List.of(stats.band(band), shown(f.pyramid(), "F|" + band.name()),
                    shown(f.pyramid(), "M|" + band.name())));
            rows++;
        }

        table.sheet(stats.children(), List.of("", stats.col_count()));
        for (Breakdown.Row row : f.children().rows()) {
            table.row(List.of(app.flag_value(PersonFlag.valueOf(row.key())), row.shown()));
            rows++;
        }

        table.sheet(stats.movements(), List.of(stats.col_month(), "", stats.col_count()));
        for (Breakdown.Row row : f.movements().rows()) {
            table.row(List.of(row.first(), app.movement_type_value(MovementType.valueOf(row.second())), row.shown()));
            rows++;
        }

        table.sheet(stats.cases_stage(), List.of(stats.col_stage(), stats.col_count()));
        for (Breakdown.Row row : f.casesByStage().rows()) {
            table.row(List.of(app.stage_value(Stage.valueOf(row.key())), row.shown()));
            rows++;
        }
        rows += countries(table, stats.cases_country(), f.casesByCountry(), stats, language);
        rows += countries(table, stats.overdue(), f.overdue(), stats, language);

        table.sheet(stats.repatriated(), List.of(stats.col_month(), stats.col_country(), stats.col_count()));
        for (Breakdown.Row row : f.repatriated().rows()) {
            table.row(List.of(row.first(), CountryNames.name(row.second(), language), row.shown()));
            rows++;
        }
        return rows;
    }

    private static long countries(Table table, String title, Breakdown breakdown, StatisticsMessages stats,
            String language) throws IOException {
        table.sheet(title, List.of(stats.col_country(), stats.col_count()));
        for (Breakdown.Row row : breakdown.rows()) {
            table.row(List.of(CountryNames.name(row.key(), language), row.shown()));
        }
        return breakdown.rows().size();
    }

    private static Long count(Breakdown breakdown, String key) {
        // a hidden count stays hidden (null): only a row that is not there at all is a zero
        Breakdown.Row row = breakdown.rows().stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                .orElse(null);
        return row == null ? Long.valueOf(0) : row.count();
    }

    private static String shown(Breakdown breakdown, String key) {
        return breakdown.rows().stream().filter(row -> row.key().equals(key)).findFirst().map(Breakdown.Row::shown)
                .orElse("0");
    }
}
