package org.homeward.exports;

import java.io.IOException;
import java.util.List;

import org.homeward.movements.MovementType;
import org.homeward.people.PersonFlag;
import org.homeward.repatriation.Stage;
import org.homeward.statistics.AgeBand;
import org.homeward.statistics.Breakdown;
import org.homeward.statistics.Dashboard;
import org.homeward.statistics.DashboardCharts;
import org.homeward.statistics.StatisticsMessages;
import org.homeward.statistics.CodeNames;
import org.homeward.reference.CountryNames;

/** The statistics report as sheets: the same figures as the statistics page, protected the same way. */
final class ReportSheets {

    private ReportSheets() {
    }

    static long write(Table table, Dashboard f, StatisticsMessages stats, ExportMessages export, String language)
            throws IOException {
        CodeNames names = CodeNames.in(language);
        long rows = 0;
        DashboardCharts charts = DashboardCharts.of(f, language);
        table.preface(stats.title(), stats.period(f.from(), f.to()), List.of(
                f.protectedFigures() ? stats.protected_note() : stats.exact_note()));

        table.sheet(stats.by_facility(), List.of(stats.col_facility(), stats.col_people(), stats.col_capacity()));
        table.chart(charts.facilities());
        for (Breakdown.Row row : f.byFacility().rows()) {
            Integer capacity = f.capacity(row.key());
            table.row(List.of(row.key(), row.shown(), capacity == null ? "" : capacity.toString()));
            rows++;
        }
        table.row(List.of(stats.total(f.byFacility().shownTotal()), "", ""));

        table.sheet(stats.by_nationality(), List.of(stats.col_nationality(), stats.col_people()));
        table.chart(charts.nationalities());
        for (Breakdown.Row row : f.byNationality().rows()) {
            table.row(List.of(CountryNames.name(row.key(), language) + " (" + row.key() + ")", row.shown()));
            rows++;
        }

        table.sheet(stats.pyramid(), List.of(stats.col_age(), stats.women(), stats.men()));
        table.chart(charts.pyramid());
        for (AgeBand band : AgeBand.values()) {
            table.row(List.of(stats.band(band), f.pyramid().shown("F|" + band.name()),
                    f.pyramid().shown("M|" + band.name())));
            rows++;
        }

        table.sheet(stats.children(), List.of("", stats.col_count()));
        for (Breakdown.Row row : f.children().rows()) {
            table.row(List.of(names.flag(PersonFlag.valueOf(row.key())), row.shown()));
            rows++;
        }

        table.sheet(stats.movements(), List.of(stats.col_month(), "", stats.col_count()));
        if (!f.movements().rows().isEmpty()) {
            table.chart(charts.movements());
        }
        for (Breakdown.Row row : f.movements().rows()) {
            table.row(List.of(row.first(), names.movementType(MovementType.valueOf(row.second())), row.shown()));
            rows++;
        }

        table.sheet(stats.cases_stage(), List.of(stats.col_stage(), stats.col_count()));
        for (Breakdown.Row row : f.casesByStage().rows()) {
            table.row(List.of(names.stage(Stage.valueOf(row.key())), row.shown()));
            rows++;
        }
        rows += countries(table, stats.cases_country(), f.casesByCountry(), stats, language);
        rows += countries(table, stats.overdue(), f.overdue(), stats, language);

        table.sheet(stats.repatriated(), List.of(stats.col_month(), stats.col_country(), stats.col_count()));
        if (!f.repatriated().rows().isEmpty()) {
            table.chart(charts.repatriated());
        }
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
}
