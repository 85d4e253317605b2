package org.homeward.facilities;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/** The facility pages: list, detail, and (for admins) the create and edit forms. */
@Path("/facilities")
@Produces(MediaType.TEXT_HTML)
public class FacilityPages {

    /** Status of a form shown again with its errors. */
    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<FacilityService.Row> rows, String query, boolean nearlyFull, Flash flash);

        static native TemplateInstance detail(FacilityService.Detail detail, Flash flash);

        static native TemplateInstance form(UUID id, FacilityForm form, Map<String, String> errors, FacilityView theirs,
                FacilityType[] types, List<FacilityService.Row> parents);
    }

    @Inject
    FacilityService facilityService;

    @Inject
    LocalizedText text;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN, Roles.AUDITOR, Roles.ANALYST })
    public TemplateInstance list(@RestQuery String q, @RestQuery boolean nearlyFull, @RestQuery String flash) {
        List<FacilityService.Row> rows = nearlyFull ? facilityService.nearlyFull() : facilityService.search(q);
        return Templates.list(rows, q, nearlyFull, Flash.fromParam(flash));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN, Roles.AUDITOR, Roles.ANALYST })
    public TemplateInstance detail(UUID id, @RestQuery String flash) {
        return Templates.detail(facilityService.detail(id), Flash.fromParam(flash));
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance newForm() {
        return form(null, FacilityForm.blank(), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@BeanParam FacilityForm form) {
        FieldErrors errors = new FieldErrors();
        try {
            FacilityView created = facilityService.create(form.toInput(errors, text), errors);
            return seeOther(created.id(), Flash.CREATED);
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(form(null, form, failed.byField(), null)).build();
        }
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance editForm(UUID id) {
        return form(id, FacilityForm.of(facilityService.get(id)), Map.of(), null);
    }

    /**
     * A stale edit shows the other person's version beside what this user typed, and takes the
     * current version number, so saving again knowingly replaces theirs.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response update(UUID id, @BeanParam FacilityForm form) {
        FieldErrors errors = new FieldErrors();
        try {
            facilityService.update(id, form.toInput(errors, text), errors);
            return seeOther(id, Flash.SAVED);
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(form(id, form, failed.byField(), null)).build();
        } catch (StaleEdit stale) {
            FacilityView theirs = (FacilityView) stale.current();
            form.version = Long.toString(theirs.version());
            return Response.status(Response.Status.CONFLICT).entity(form(id, form, Map.of(), theirs)).build();
        }
    }

    private TemplateInstance form(UUID id, FacilityForm form, Map<String, String> errors, FacilityView theirs) {
        return Templates.form(id, form, errors, theirs, FacilityType.values(), facilityService.parentCandidates(id));
    }

    private static Response seeOther(UUID id, Flash flash) {
        return Response.seeOther(URI.create("/facilities/" + id + "?flash=" + flash.param())).build();
    }
}
