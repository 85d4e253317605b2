package org.homeward.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.homeward.movements.MovementType;
import org.homeward.people.PersonFlag;
import org.homeward.people.Sex;
import org.homeward.repatriation.Stage;
import org.homeward.security.Roles;
import org.homeward.web.AppMessages;
import org.homeward.web.CountryNames;
import org.homeward.web.FieldErrors;
import org.homeward.web.LocalizedText;
import org.homeward.web.TypedValues;
import org.homeward.web.UserLocale;
import org.homeward.web.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/** The statistics page: every figure as a chart drawn on the server, with its table beside it. */
@Path("/statistics")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AUDITOR })
public class StatisticsPages {

    /** How many nationalities the chart shows; the table shows them all. */
    static final int TOP_NATIONALITIES = 15;

    /** The filter as typed, shown back in the form. */
    public record FilterForm(String facility, String nationality, String from, String to) {

        /** The facility and nationality as a query string, for a link to the same figures elsewhere. */
        public String placeQuery() {
            return "facility=" + encoded(facility) + "&nationality=" + encoded(nationality);
        }

        private static String encoded(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The page: the figures, their charts, the two-key tables, and every key's name in the page's language. */
    public record Page(Dashboard figures, Charts charts, Pivot movements, Pivot repatriated,
            Map<String, String> labels) {

        public String label(String key) {
            return labels.getOrDefault(key, key);
        }
    }

    /** The charts as SVG, ready to be placed in the page. */
    public record Charts(RawString facilities, RawString nationalities, RawString pyramid, RawString movements,
            RawString repatriated) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Page page, FilterForm form, Map<String, String> errors,
                int topNationalities);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    LocalizedText text;

    @Inject
    UserLocale locale;

    @GET
    public TemplateInstance dashboard(@RestQuery String facility, @RestQuery String nationality,
            @RestQuery String from, @RestQuery String to) {
        FilterForm form = new FilterForm(facility, nationality, from, to);
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        StatisticsFilter filter = new StatisticsFilter(facility, nationality, values.date(from, "from"),
                values.date(to, "to"));
        try {
            errors.throwIfAny();
            return Templates.dashboard(page(statistics.dashboard(filter)), form, Map.of(), TOP_NATIONALITIES);
        } catch (ValidationFailed failed) {
            return Templates.dashboard(page(statistics.dashboard(new StatisticsFilter(null, null, null, null))), form,
                    failed.byField(), TOP_NATIONALITIES);
        }
    }

    private Page page(Dashboard figures) {
        String language = locale.get().getLanguage();
        boolean rtl = "ar".equals(language);
        StatisticsMessages stats = MessageBundles.get(StatisticsMessages.class, Localized.Literal.of(language));
        AppMessages msg = MessageBundles.get(AppMessages.class, Localized.Literal.of(language));
        List<String> months = months(figures.from(), figures.to());
        Pivot movements = Pivot.of(figures.movements(), months);
        Pivot repatriated = Pivot.of(figures.repatriated(), months);

        List<SvgCharts.Bar> facilityBars = figures.byFacility().rows().stream()
                .map(row -> new SvgCharts.Bar(row.key(), row.count(), capacity(figures, row.key()))).toList();
        List<SvgCharts.Bar> nationalityBars = figures.byNationality().rows().stream().limit(TOP_NATIONALITIES)
                .map(row -> new SvgCharts.Bar(CountryNames.name(row.key(), language), row.count(), null)).toList();
        List<String> bands = new ArrayList<>();
        List<Long> women = new ArrayList<>();
        List<Long> men = new ArrayList<>();
        for (AgeBand band : List.of(AgeBand.ADULT, AgeBand.AGE_12_17, AgeBand.AGE_5_11, AgeBand.UNDER_5, AgeBand.UNKNOWN)) {
            bands.add(stats.band(band));
            women.add(count(figures.pyramid(), "F|" + band.name()));
            men.add(count(figures.pyramid(), "M|" + band.name()));
        }
        Charts charts = new Charts(
                new RawString(SvgCharts.bars(stats.by_facility(), facilityBars, rtl)),
                new RawString(SvgCharts.bars(stats.by_nationality(), nationalityBars, rtl)),
                new RawString(SvgCharts.pyramid(stats.pyramid(), bands, women, men, msg.sex_value(Sex.F),
                        msg.sex_value(Sex.M), rtl)),
                new RawString(SvgCharts.columns(stats.movements(), movements.columns().stream()
                        .map(type -> msg.movement_type_value(MovementType.valueOf(type))).toList(),
                        columns(movements), rtl)),
                new RawString(SvgCharts.columns(stats.repatriated(), repatriated.columns().stream()
                        .map(country -> CountryNames.name(country, language)).toList(), columns(repatriated), rtl)));
        return new Page(figures, charts, movements, repatriated, labels(figures, language, msg, stats));
    }

    /** Stages, flags, movement types, age bands and the countries of the figures, by key, in the page's language. */
    private static Map<String, String> labels(Dashboard figures, String language, AppMessages msg,
            StatisticsMessages stats) {
        Map<String, String> labels = new java.util.HashMap<>();
        for (AgeBand band : AgeBand.values()) {
            labels.put(band.name(), stats.band(band));
        }
        for (Stage stage : Stage.values()) {
            labels.put(stage.name(), msg.stage_value(stage));
        }
        for (MovementType type : MovementType.values()) {
            labels.put(type.name(), msg.movement_type_value(type));
        }
        for (PersonFlag flag : List.of(PersonFlag.UNACCOMPANIED_CHILD, PersonFlag.SEPARATED_CHILD)) {
            labels.put(flag.name(), msg.flag_value(flag));
        }
        java.util.stream.Stream.of(figures.byNationality(), figures.casesByCountry(), figures.overdue())
                .flatMap(breakdown -> breakdown.rows().stream()).map(Breakdown.Row::key)
                .forEach(code -> labels.put(code, CountryNames.name(code, language)));
        figures.repatriated().rows().forEach(row -> labels.put(row.second(), CountryNames.name(row.second(), language)));
        return labels;
    }

    private static List<SvgCharts.Column> columns(Pivot pivot) {
        return pivot.rows().stream().map(month -> new SvgCharts.Column(month.substring(2),
                pivot.columns().stream().map(column -> pivot.value(month, column)).toList())).toList();
    }

    private static Long capacity(Dashboard figures, String code) {
        Integer capacity = figures.capacities().get(code);
        return capacity == null ? null : capacity.longValue();
    }

    private static Long count(Breakdown breakdown, String key) {
        // a hidden count stays hidden (null): only a row that is not there at all is a zero
        Breakdown.Row row = breakdown.rows().stream().filter(candidate -> candidate.key().equals(key)).findFirst()
                .orElse(null);
        return row == null ? Long.valueOf(0) : row.count();
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
