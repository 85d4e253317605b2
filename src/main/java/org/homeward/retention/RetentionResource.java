package org.homeward.retention;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;

/**
 * {@code /api/v1/retention} (issue 23): the rules per category, and runs — a preview
 * ({@code {"dryRun": true}}) or the anonymization itself ({@code {"dryRun": false, "reason": "…"}}).
 * Admins only.
 */
@Path("/api/v1/retention")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    @Inject
    RetentionRules retentionRules;

    @Inject
    RetentionRuns retentionRuns;

    @GET
    @Path("/rules")
    public List<RetentionRule> rules() {
        return retentionRules.list();
    }

    @PUT
    @Path("/rules/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RetentionRule update(String category, RetentionRuleInput input) {
        return retentionRules.update(category(category), input);
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(RetentionRunInput input) {
        RetentionRun run = retentionRuns.start(input);
        return Response.created(URI.create("/api/v1/retention/runs/" + run.id())).entity(run).build();
    }

    @GET
    @Path("/runs")
    public List<RetentionRun> runs() {
        return retentionRuns.recent(50);
    }

    @GET
    @Path("/runs/{id}")
    public RetentionRun get(UUID id) {
        return retentionRuns.get(id);
    }

    /** A category named in a path; an unknown one is not found. */
    static RetentionCategory category(String name) {
        try {
            return RetentionCategory.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new NotFoundException();
        }
    }
}
