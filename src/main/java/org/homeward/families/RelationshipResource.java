package org.homeward.families;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;

/**
 * {@code /api/v1/persons/{id}/relationships} (shared/API.md): the links of a person in scope, seen
 * from their side. Case workers and admins link and unlink people who are both in their scope;
 * officers read. A relative outside the caller's scope appears only as {@code "hidden": true}.
 */
@Path("/api/v1/persons/{id}/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    @Inject
    RelationshipService relationshipService;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public List<RelationshipView> list(UUID id) {
        return relationshipService.of(id);
    }

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response link(UUID id, RelationshipInput input) {
        RelationshipView created = relationshipService.link(id, input);
        return Response.created(URI.create("/api/v1/persons/" + id + "/relationships/" + created.id()))
                .entity(created).build();
    }

    /** Ends the link; it stays on record with who ended it and the optional {@code reason}. */
    @DELETE
    @Path("/{relationshipId}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response unlink(UUID id, UUID relationshipId, @QueryParam("reason") String reason) {
        relationshipService.unlink(id, relationshipId, reason);
        return Response.noContent().build();
    }
}
