package org.homeward.access;

import java.util.Set;

import jakarta.inject.Inject;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

/** {@code /api/v1/me}: the caller as Homeward sees them, with the scope in force right now. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    public record Me(String username, Set<String> roles, Set<String> facilities, Set<String> nationalities) {
    }

    @Inject
    Caller caller;

    @GET
    public Me me() {
        AccessScope scope = caller.scope();
        return new Me(caller.username(), caller.roles(), scope.facilityCodes(), scope.nationalities());
    }
}
