package org.homeward.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.people.PersonFilter;
import org.homeward.people.PersonListQuery;
import org.homeward.people.PersonQueries;
import org.homeward.access.Caller;
import org.homeward.access.Roles;
import org.homeward.statistics.StatisticsFilter;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The export form of each list or report — the format, the purpose (required), pseudonymized or
 * not — and the download it leads to. The filters travel in the form as hidden fields, so the file
 * holds exactly the list the user was looking at. A form without a purpose comes back with the error.
 */
@Path("/exports")
@Produces(MediaType.TEXT_HTML)
public class ExportPages {

    /** One export form: where it goes, what it carries, and what it asks. */
    /**
     * An export's form. It is sent by POST with the CSRF token, so that no link can start an audited
     * export in someone's name; the list's filters ride in the address ({@link #target}).
     */
    public record Form(String kind, String action, Map<String, String> hidden, boolean offersPseudonyms,
            List<String> countries, Long total) {

        public String target() {
            return hidden.isEmpty() ? action : action + "?" + hidden.entrySet().stream()
                    .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                            + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Form form, Map<String, String> values, Map<String, String> errors,
                ExportFormat[] formats);
    }

    @Inject
    Exports exports;

    @Inject
    PersonQueries personQueries;

    @Inject
    Caller caller;

    @Inject
    LocalizedText text;

    @GET
    @Path("/persons/new")
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER, Roles.REPATRIATION_OFFICER })
    public TemplateInstance personsForm(@BeanParam PersonListQuery query) {
        return Templates.form(personsFormOf(query, filter(query)), Map.of("format", "csv"), Map.of(), ExportFormat.values());
    }

    @POST
    @Path("/persons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER, Roles.REPATRIATION_OFFICER })
    public Response persons(@BeanParam PersonListQuery query, @RestForm String format, @RestForm String purpose,
            @RestForm String pseudonymized) {
        PersonFilter filter = filter(query);
        try {
            return ExportResource.attachment(exports.persons(filter, format, purpose, "on".equals(pseudonymized)));
        } catch (ValidationFailed failed) {
            return refused(personsFormOf(query, filter), format, purpose, pseudonymized, failed);
        }
    }

    @GET
    @Path("/report/new")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AUDITOR })
    public TemplateInstance reportForm(@RestQuery String facility, @RestQuery String nationality,
            @RestQuery String from, @RestQuery String to) {
        return Templates.form(reportFormOf(facility, nationality, from, to), Map.of("format", "pdf"), Map.of(),
                ExportFormat.values());
    }

    @POST
    @Path("/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AUDITOR })
    public Response report(@RestQuery String facility, @RestQuery String nationality, @RestQuery String from,
            @RestQuery String to, @RestForm String format, @RestForm String purpose) {
        FieldErrors errors = new FieldErrors();
        StatisticsFilter filter = StatisticsFilter.of(facility, nationality, from, to, new TypedValues(errors, text));
        try {
            errors.throwIfAny();
            return ExportResource.attachment(exports.report(filter, format, purpose));
        } catch (ValidationFailed failed) {
            return refused(reportFormOf(facility, nationality, from, to), format, purpose, null, failed);
        }
    }

    @GET
    @Path("/country-pack/new")
    @RolesAllowed({ Roles.ADMIN, Roles.REPATRIATION_OFFICER })
    public TemplateInstance packForm() {
        return Templates.form(packFormOf(null), Map.of("format", "pdf"), Map.of(), ExportFormat.values());
    }

    @POST
    @Path("/country-pack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMIN, Roles.REPATRIATION_OFFICER })
    public Response countryPack(@RestForm String country, @RestForm String format, @RestForm String purpose) {
        try {
            return ExportResource.attachment(exports.countryPack(country, format, purpose));
        } catch (ValidationFailed failed) {
            Map<String, String> values = typed(format, purpose, null);
            values.put("country", country == null ? "" : country);
            return Response.status(400).entity(Templates.form(packFormOf(country), values, failed.byField(),
                    ExportFormat.values())).build();
        }
    }

    private Form personsFormOf(PersonListQuery query, PersonFilter filter) {
        Map<String, String> hidden = new LinkedHashMap<>();
        putIfAny(hidden, "nationality", query.nationality);
        putIfAny(hidden, "facility", query.facility);
        putIfAny(hidden, "status", query.status);
        putIfAny(hidden, "category", query.category);
        putIfAny(hidden, "sex", query.sex);
        putIfAny(hidden, "ageFrom", query.ageFrom);
        putIfAny(hidden, "ageTo", query.ageTo);
        putIfAny(hidden, "q", query.q);
        putIfAny(hidden, "sort", query.sort);
        return new Form("persons", "/exports/persons", hidden, true, null, personQueries.list(filter, 0, 1).total());
    }

    private static Form reportFormOf(String facility, String nationality, String from, String to) {
        Map<String, String> hidden = new LinkedHashMap<>();
        putIfAny(hidden, "facility", facility);
        putIfAny(hidden, "nationality", nationality);
        putIfAny(hidden, "from", from);
        putIfAny(hidden, "to", to);
        return new Form("report", "/exports/report", hidden, false, null, null);
    }

    /** The countries an officer may pack: theirs (an admin types any code). */
    private Form packFormOf(String asked) {
        Set<String> theirs = caller.caseCountries();
        List<String> countries = new ArrayList<>(theirs == null ? List.of() : theirs.stream().sorted().toList());
        if (asked != null && !asked.isBlank() && countries.isEmpty()) {
            countries.add(asked.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return new Form("pack", "/exports/country-pack", Map.of(), false, countries, null);
    }

    private PersonFilter filter(PersonListQuery query) {
        FieldErrors errors = new FieldErrors();
        PersonFilter filter = query.filter(new TypedValues(errors, text));
        errors.throwIfAny();
        return filter;
    }

    private static Response refused(Form form, String format, String purpose, String pseudonymized,
            ValidationFailed failed) {
        return Response.status(400).entity(Templates.form(form, typed(format, purpose, pseudonymized),
                failed.byField(), ExportFormat.values())).build();
    }

    private static Map<String, String> typed(String format, String purpose, String pseudonymized) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("format", format == null ? "" : format);
        values.put("purpose", purpose == null ? "" : purpose);
        values.put("pseudonymized", pseudonymized == null ? "" : pseudonymized);
        return values;
    }

    private static void putIfAny(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
