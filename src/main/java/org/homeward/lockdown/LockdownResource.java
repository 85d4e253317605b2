package org.homeward.lockdown;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;

/**
 * {@code /api/v1/lockdowns} (issue 23). {@code POST} asks for a lock-down (201, awaiting a second
 * admin); {@code POST /{id}/confirmation} (or {@code /confirm}), or the same {@code POST} by a
 * second admin, puts it in force (200). {@code DELETE /{id}} by one admin asks to lift it (202); by a second, lifts it (200).
 * Admins only.
 */
@Path("/api/v1/lockdowns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class LockdownResource {

    @Inject
    LockdownService lockdownService;

    @GET
    public List<Lockdown> list() {
        return lockdownService.recent();
    }

    @GET
    @Path("/{id}")
    public Lockdown get(UUID id) {
        return lockdownService.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(LockdownInput input) {
        LockdownService.Step step = lockdownService.request(input);
        Lockdown lockdown = step.lockdown();
        return step.created()
                ? Response.created(URI.create("/api/v1/lockdowns/" + lockdown.id())).entity(lockdown).build()
                : Response.ok(lockdown).build();
    }

    @POST
    @Path("/{id}/confirmation")
    public Lockdown confirm(UUID id) {
        return lockdownService.confirm(id);
    }

    /** The same, as {@code /confirm}: clients name the step either way. */
    @POST
    @Path("/{id}/confirm")
    public Lockdown confirmed(UUID id) {
        return lockdownService.confirm(id);
    }

    @DELETE
    @Path("/{id}")
    public Response lift(UUID id) {
        Lockdown lockdown = lockdownService.lift(id);
        return Response.status(lockdown.status() == LockdownStatus.LIFTED ? 200 : 202).entity(lockdown).build();
    }
}
