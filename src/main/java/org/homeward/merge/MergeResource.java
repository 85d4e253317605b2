package org.homeward.merge;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code /api/v1/merges}: merging two records of one person, and undoing it. Admins only. */
@Path("/api/v1/merges")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class MergeResource {

    /** {@code {"reason": "…"}}: why a merge is undone. */
    public record UnmergeInput(String reason) {
    }

    @Inject
    PersonMerge merges;

    /** Both records side by side, with the fields whose values differ: what a merge will ask. */
    @GET
    @Path("/comparison")
    public PersonMerge.Comparison compare(@RestQuery UUID first, @RestQuery UUID second) {
        return merges.compare(first, second);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response merge(MergeInput input) {
        MergeView merged = merges.merge(input);
        return Response.created(URI.create("/api/v1/merges/" + merged.id())).entity(merged).build();
    }

    @GET
    @Path("/{id}")
    public MergeView get(UUID id) {
        return merges.get(id);
    }

    @POST
    @Path("/{id}/unmerge")
    @Consumes(MediaType.APPLICATION_JSON)
    public MergeView unmerge(UUID id, UnmergeInput input) {
        return merges.unmerge(id, input == null ? null : input.reason());
    }
}
