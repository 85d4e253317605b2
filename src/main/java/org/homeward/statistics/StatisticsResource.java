package org.homeward.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /api/v1/statistics} (shared/API.md): aggregate figures, exact for admins, protected for
 * analysts and auditors. Never a name, an id or a single record.
 */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.AUDITOR })
public class StatisticsResource {

    @Inject
    StatisticsService statisticsService;

    @Inject
    LocalizedText text;

    @GET
    @Path("/population")
    public Breakdown population(@RestQuery String by, @RestQuery String facility, @RestQuery String nationality,
            @RestQuery String from, @RestQuery String to) {
        return statisticsService.population(by, filter(facility, nationality, from, to));
    }

    @GET
    @Path("/children")
    public Breakdown children(@RestQuery String facility, @RestQuery String nationality) {
        return statisticsService.children(filter(facility, nationality, null, null));
    }

    @GET
    @Path("/movements")
    public Breakdown movements(@RestQuery String facility, @RestQuery String nationality, @RestQuery String from,
            @RestQuery String to) {
        return statisticsService.movements(filter(facility, nationality, from, to));
    }

    @GET
    @Path("/cases")
    public Breakdown cases(@RestQuery String by, @RestQuery String facility, @RestQuery String nationality) {
        return statisticsService.cases(by, filter(facility, nationality, null, null));
    }

    @GET
    @Path("/repatriated")
    public Breakdown repatriated(@RestQuery String facility, @RestQuery String nationality, @RestQuery String from,
            @RestQuery String to) {
        return statisticsService.repatriated(filter(facility, nationality, from, to));
    }

    private StatisticsFilter filter(String facility, String nationality, String from, String to) {
        FieldErrors errors = new FieldErrors();
        StatisticsFilter filter = StatisticsFilter.of(facility, nationality, from, to, new TypedValues(errors, text));
        errors.throwIfAny();
        return filter;
    }
}
