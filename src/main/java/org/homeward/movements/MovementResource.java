package org.homeward.movements;

import java.net.URI;
import java.util.List;
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

/** {@code /api/v1/persons/{id}/movements}: the history newest first, and recording a movement. */
@Path("/api/v1/persons/{id}/movements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MovementResource {

    @Inject
    MovementService movementService;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public List<MovementView> history(UUID id) {
        return movementService.history(id);
    }

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response record(UUID id, MovementInput input) {
        MovementView recorded = movementService.record(id, input);
        return Response.created(URI.create("/api/v1/persons/" + id + "/movements/" + recorded.id()))
                .entity(recorded).build();
    }
}
