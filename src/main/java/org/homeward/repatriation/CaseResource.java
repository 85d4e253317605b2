package org.homeward.repatriation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.PageRequest;
import org.homeward.kernel.TypedValues;

/**
 * {@code /api/v1/repatriation-cases} (shared/API.md). Officers open and run the cases of their
 * countries; case workers read the cases of people in their facilities and record consent and
 * medical clearance; admins everything. A stage whose gate is not met answers 422 with every
 * unmet condition.
 */
@Path("/api/v1/repatriation-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseService caseService;

    @Inject
    CaseQueries caseQueries;

    @Inject
    PageRequest pages;

    @Inject
    LocalizedText text;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public PageOf<CaseSummary> list(@QueryParam("country") String country, @QueryParam("stage") String stage,
            @QueryParam("officer") String officer, @QueryParam("overdue") boolean overdue,
            @QueryParam("attention") String attention, @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        pages.check(page, size);
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        Stage wanted = values.choice(Stage.class, stage, "stage");
        CaseAttention waitingFor = values.choice(CaseAttention.class, attention, "attention");
        errors.throwIfAny();
        return caseQueries.list(new CaseQueries.Filter(country, wanted, officer, overdue, waitingFor), page, size);
    }

    @POST
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response open(CaseInput input) {
        CaseView opened = caseService.open(input);
        return Response.created(URI.create("/api/v1/repatriation-cases/" + opened.id())).entity(opened).build();
    }

    /** An officer's view of their countries. */
    @GET
    @Path("/dashboard")
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public CaseDashboard dashboard() {
        return caseQueries.dashboard();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public CaseView get(UUID id) {
        return caseQueries.get(id);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public CaseView transition(UUID id, TransitionInput input) {
        return caseService.transition(id, input);
    }

    @GET
    @Path("/{id}/checklist")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public List<CaseView.CheckEntry> checklist(UUID id) {
        return caseQueries.get(id).checklist();
    }

    @PUT
    @Path("/{id}/checklist/{item}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public CaseView record(UUID id, String item, CheckInput input) {
        FieldErrors errors = new FieldErrors();
        CheckItem checked = new TypedValues(errors, text).choice(CheckItem.class, item, "item");
        errors.throwIfAny();
        return caseService.record(id, checked, input);
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response note(UUID id, NoteInput input) {
        return Response.status(Response.Status.CREATED).entity(caseService.note(id, input)).build();
    }
}
