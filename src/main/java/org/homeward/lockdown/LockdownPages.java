package org.homeward.lockdown;

import java.net.URI;
import java.util.List;
import java.util.Map;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Caller;
import org.homeward.access.Roles;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.Flash;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Administration → Emergency lock-down: ask for one, confirm another admin's, ask to lift and lift.
 * The same service as the API's; each step answered on this page.
 */
@Path("/lockdowns")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class LockdownPages {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Lockdown> lockdowns, List<FacilityService.Row> facilities, String me,
                LockdownInput asked, Map<String, String> errors, Flash flash);
    }

    @Inject
    LockdownService lockdownService;

    @Inject
    FacilityService facilityService;

    @Inject
    Caller caller;

    @GET
    public TemplateInstance page(@RestQuery String flash) {
        return page(null, Map.of(), Flash.fromParam(flash));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@RestForm String facilityCode, @RestForm String reason, @RestForm boolean destroyFiles) {
        LockdownInput input = LockdownInput.of(facilityCode, reason, destroyFiles);
        try {
            LockdownService.Step step = lockdownService.request(input);
            return done(step.created() ? Flash.LOCKDOWN_ASKED : Flash.LOCKDOWN_IN_FORCE);
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(page(input, failed.byField(), null)).build();
        }
    }

    @POST
    @Path("/{id}/confirmation")
    public Response confirm(UUID id) {
        try {
            lockdownService.confirm(id);
            return done(Flash.LOCKDOWN_IN_FORCE);
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(page(null, failed.byField(), null)).build();
        }
    }

    @POST
    @Path("/{id}/lift")
    public Response lift(UUID id) {
        try {
            Lockdown after = lockdownService.lift(id);
            return done(after.status() == LockdownStatus.LIFTED ? Flash.LOCKDOWN_LIFTED : Flash.LOCKDOWN_LIFT_ASKED);
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(page(null, failed.byField(), null)).build();
        }
    }

    private TemplateInstance page(LockdownInput asked, Map<String, String> errors, Flash flash) {
        return Templates.page(lockdownService.recent(), facilityService.choices(), caller.username(), asked, errors, flash);
    }

    private static Response done(Flash flash) {
        return Response.seeOther(URI.create("/lockdowns?flash=" + flash.param())).build();
    }
}
