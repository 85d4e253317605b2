package org.homeward.staff;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;

import org.homeward.access.Roles;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/staff}: who works in Homeward and what they may reach. Admins only. */
@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffResource {

    @Inject
    StaffService staffService;

    @GET
    public List<StaffView> list() {
        return staffService.list();
    }

    @GET
    @Path("/{username}")
    public StaffView get(String username) {
        return staffService.get(username);
    }

    @PUT
    @Path("/{username}/scope")
    public StaffView assignScope(String username, ScopeInput scope) {
        return staffService.assignScope(username, scope);
    }
}
