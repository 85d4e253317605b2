package org.homeward.movements;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.homeward.access.Roles;

/** {@code POST /api/v1/transfers}: several people to one facility, all or none. */
@Path("/api/v1/transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    @Inject
    MovementService movementService;

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Map<String, Integer> transfer(TransferInput input) {
        return Map.of("transferred", movementService.transferAll(input));
    }
}
