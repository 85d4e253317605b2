package org.homeward.statistics;

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
import org.homeward.repatriation.Stage;
import org.homeward.access.Roles;
import org.homeward.reference.CountryNames;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.UserLocale;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/** The statistics page: every figure as a chart drawn on the server, with its table beside it. */
@Path("/statistics")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AUDITOR })
public class StatisticsPages {

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
                int topBars, List<FacilityService.Row> facilities);
    }

    @Inject
    StatisticsService statisticsService;

    @Inject
    FacilityService facilityService;

    @Inject
    LocalizedText text;

    @Inject
    UserLocale locale;

    @GET
    public TemplateInstance dashboard(@RestQuery String facility, @RestQuery String nationality,
            @RestQuery String from, @RestQuery String to) {
        FilterForm form = new FilterForm(facility, nationality, from, to);
        FieldErrors errors = new FieldErrors();
        StatisticsFilter filter = StatisticsFilter.of(facility, nationality, from, to, new TypedValues(errors, text));
        try {
            errors.throwIfAny();
            return Templates.dashboard(page(statisticsService.dashboard(filter)), form, Map.of(), DashboardCharts.TOP_BARS,
                    facilityService.choices());
        } catch (ValidationFailed failed) {
            return Templates.dashboard(page(statisticsService.dashboard(new StatisticsFilter(null, null, null, null))), form,
                    failed.byField(), DashboardCharts.TOP_BARS, facilityService.choices());
        }
    }

    private Page page(Dashboard figures) {
        String language = locale.get().getLanguage();
        DashboardCharts drawn = DashboardCharts.of(figures, language);
        Charts charts = new Charts(new RawString(drawn.facilities()), new RawString(drawn.nationalities()),
                new RawString(drawn.pyramid()), new RawString(drawn.movements()), new RawString(drawn.repatriated()));
        return new Page(figures, charts, drawn.movementsByMonth(), drawn.repatriatedByMonth(), labels(figures, language,
                CodeNames.in(language), MessageBundles.get(StatisticsMessages.class, Localized.Literal.of(language))));
    }

    /** Stages, flags, movement types, age bands and the countries of the figures, by key, in the page's language. */
    private static Map<String, String> labels(Dashboard figures, String language, CodeNames names,
            StatisticsMessages stats) {
        Map<String, String> labels = new java.util.HashMap<>();
        for (AgeBand band : AgeBand.values()) {
            labels.put(band.name(), stats.band(band));
        }
        for (Stage stage : Stage.values()) {
            labels.put(stage.name(), names.stage(stage));
        }
        for (MovementType type : MovementType.values()) {
            labels.put(type.name(), names.movementType(type));
        }
        for (PersonFlag flag : List.of(PersonFlag.UNACCOMPANIED_CHILD, PersonFlag.SEPARATED_CHILD)) {
            labels.put(flag.name(), names.flag(flag));
        }
        java.util.stream.Stream.of(figures.byNationality(), figures.casesByCountry(), figures.overdue())
                .flatMap(breakdown -> breakdown.rows().stream()).map(Breakdown.Row::key)
                .forEach(code -> labels.put(code, CountryNames.name(code, language)));
        figures.repatriated().rows().forEach(row -> labels.put(row.second(), CountryNames.name(row.second(), language)));
        return labels;
    }
}
