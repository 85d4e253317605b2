package org.homeward.exports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.homeward.people.PersonListQuery;
import org.homeward.access.Roles;
import org.homeward.statistics.StatisticsFilter;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /api/v1/exports} (shared/API.md): files streamed as they are written, each with a stated
 * purpose (400 without one) and audited.
 */
@Path("/api/v1/exports")
public class ExportResource {

    @Inject
    Exports exports;

    @Inject
    LocalizedText text;

    /** The person list with the same filters as {@code /api/v1/persons}, in the caller's scope exactly. */
    @GET
    @Path("/persons")
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER, Roles.REPATRIATION_OFFICER })
    public Response persons(@BeanParam PersonListQuery query, @RestQuery String format, @RestQuery String purpose,
            @RestQuery boolean pseudonymized) {
        FieldErrors errors = new FieldErrors();
        var filter = query.filter(new TypedValues(errors, text));
        errors.throwIfAny();
        return attachment(exports.persons(filter, format, purpose, pseudonymized));
    }

    /** The statistics report: exact for admins, protected for analysts and auditors. */
    @GET
    @Path("/report")
    @RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AUDITOR })
    public Response report(@RestQuery String format, @RestQuery String purpose, @RestQuery String facility,
            @RestQuery String nationality, @RestQuery String from, @RestQuery String to) {
        FieldErrors errors = new FieldErrors();
        StatisticsFilter filter = StatisticsFilter.of(facility, nationality, from, to, new TypedValues(errors, text));
        errors.throwIfAny();
        return attachment(exports.report(filter, format, purpose));
    }

    /** A country's pack: its nationals, families and cases, for the officers of that country. */
    @GET
    @Path("/country-pack")
    @RolesAllowed({ Roles.ADMIN, Roles.REPATRIATION_OFFICER })
    public Response countryPack(@RestQuery String country, @RestQuery String format, @RestQuery String purpose) {
        return attachment(exports.countryPack(country, format, purpose));
    }

    static Response attachment(Exports.Export export) {
        return Response.ok(export.body(), export.format().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"").build();
    }
}
