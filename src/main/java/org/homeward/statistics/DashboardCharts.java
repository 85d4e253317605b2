package org.homeward.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.homeward.movements.MovementType;
import org.homeward.people.Sex;
import org.homeward.reference.CountryNames;

/**
 * The charts of the statistics figures, as SVG in one language: the page shows them, and the
 * report's PDF draws the very same drawings, so what a meeting reads on paper is what was on screen.
 */
public record DashboardCharts(String facilities, String nationalities, String pyramid, String movements,
        String repatriated, Pivot movementsByMonth, Pivot repatriatedByMonth) {

    /**
     * How many bars a chart of facilities or nationalities shows (the largest); the table beside it
     * shows them all. A chart of two hundred bars tells nothing and weighs more than the page.
     */
    public static final int TOP_BARS = 15;

    /** The pyramid's rows, oldest on top. */
    private static final List<AgeBand> PYRAMID = List.of(AgeBand.ADULT, AgeBand.AGE_12_17, AgeBand.AGE_5_11,
            AgeBand.UNDER_5, AgeBand.UNKNOWN);

    public static DashboardCharts of(Dashboard figures, String language) {
        boolean rtl = "ar".equals(language);
        StatisticsMessages stats = MessageBundles.get(StatisticsMessages.class, Localized.Literal.of(language));
        CodeNames names = CodeNames.in(language);
        List<String> months = months(figures.from(), figures.to());
        Pivot movements = Pivot.of(figures.movements(), months);
        Pivot repatriated = Pivot.of(figures.repatriated(), months);

        List<SvgCharts.Bar> facilityBars = figures.byFacility().rows().stream().limit(TOP_BARS)
                .map(row -> new SvgCharts.Bar(row.key(), row.count(), capacity(figures, row.key()))).toList();
        List<SvgCharts.Bar> nationalityBars = figures.byNationality().rows().stream().limit(TOP_BARS)
                .map(row -> new SvgCharts.Bar(CountryNames.name(row.key(), language), row.count(), null)).toList();
        List<String> bands = new ArrayList<>();
        List<Long> women = new ArrayList<>();
        List<Long> men = new ArrayList<>();
        for (AgeBand band : PYRAMID) {
            bands.add(stats.band(band));
            women.add(figures.pyramid().count("F|" + band.name()));
            men.add(figures.pyramid().count("M|" + band.name()));
        }
        return new DashboardCharts(
                SvgCharts.bars(stats.by_facility(), facilityBars, rtl),
                SvgCharts.bars(stats.by_nationality(), nationalityBars, rtl),
                SvgCharts.pyramid(stats.pyramid(), bands, women, men, names.sex(Sex.F), names.sex(Sex.M), rtl),
                SvgCharts.columns(stats.movements(), movements.columns().stream()
                        .map(type -> names.movementType(MovementType.valueOf(type))).toList(), columns(movements, language), rtl),
                SvgCharts.columns(stats.repatriated(), repatriated.columns().stream()
                        .map(country -> CountryNames.name(country, language)).toList(), columns(repatriated, language), rtl),
                movements, repatriated);
    }

    private static List<SvgCharts.Column> columns(Pivot pivot, String language) {
        List<String> months = pivot.rows();
        return months.stream().map(month -> new SvgCharts.Column(monthLabel(month, month.equals(months.get(0)), language),
                pivot.columns().stream().map(column -> pivot.value(month, column)).toList())).toList();
    }

    /**
     * "2026-12" as a month reads in the language ("Dec", "déc.", "ديسمبر"), not as "26-12"; the
     * first month and every January carry their year on a second line, so that twelve names fit.
     */
    static String monthLabel(String month, boolean first, String language) {
        YearMonth parsed = YearMonth.parse(month);
        Locale locale = Locale.forLanguageTag(language);
        String name = parsed.format(DateTimeFormatter.ofPattern("LLL", locale));
        return first || parsed.getMonthValue() == 1 ? name + "\n" + parsed.getYear() : name;
    }

    private static Long capacity(Dashboard figures, String code) {
        Integer capacity = figures.capacity(code);
        return capacity == null ? null : capacity.longValue();
    }

    /** Every month of the period, "2026-03", oldest first. */
    static List<String> months(LocalDate from, LocalDate to) {
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }
}
