package org.homeward.duplicates;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.PageRequest;
import org.homeward.kernel.ValidationFailed;

/** {@code /api/v1/duplicates}: the admins' queue of records that may be one person. */
@Path("/api/v1/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DuplicateResource {

    /** {@code {"decision": "NOT_SAME"}}; merging is not offered yet. */
    public record DecisionInput(String decision) {
    }

    @Inject
    DuplicateQueue queue;

    @Inject
    PageRequest pages;

    @Inject
    LocalizedText text;

    @GET
    public PageOf<DuplicateQueue.Pair> pairs(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        pages.check(page, size);
        return queue.pairs(page, size);
    }

    /** Starts a pass over the whole registry in the background; 202 with the pass to follow. */
    @POST
    @Path("/scans")
    public Response scan() {
        return Response.accepted(queue.start()).build();
    }

    @GET
    @Path("/scans/latest")
    public DuplicateQueue.Scan latest() {
        DuplicateQueue.Scan latest = queue.latest();
        if (latest == null) {
            throw new NotFoundException();
        }
        return latest;
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(UUID id, DecisionInput input) {
        if (input == null || !"NOT_SAME".equals(input.decision())) {
            throw new ValidationFailed(java.util.List.of(new FieldError("decision", text.get("value.choice"))));
        }
        queue.notTheSame(id);
        return Response.noContent().build();
    }
}
