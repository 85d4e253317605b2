package org.homeward.movements;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.homeward.people.PersonPage;
import org.jboss.resteasy.reactive.RestForm;

/** The movement form of a person's page: recorded, then back to the page; refused, the page with the form as typed. */
@Path("/persons/{id}/movements")
@Produces(MediaType.TEXT_HTML)
public class MovementPages {

    private static final int UNPROCESSABLE = 422;

    @Inject
    MovementService movementService;

    @Inject
    PersonPage page;

    @Inject
    LocalizedText text;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response record(UUID id, @RestForm String type, @RestForm String toFacilityCode, @RestForm String date,
            @RestForm String note) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        MovementInput input = new MovementInput(values.choice(MovementType.class, type, "type"), toFacilityCode,
                values.date(date, "date"), note);
        try {
            errors.throwIfAny();
            movementService.record(id, input);
            return Response.seeOther(URI.create("/persons/" + id + "?flash=" + Flash.MOVEMENT_RECORDED.param())).build();
        } catch (ValidationFailed failed) {
            MovementSection.MovementForm typed = new MovementSection.MovementForm(type, toFacilityCode, date, note,
                    failed.byField());
            return Response.status(UNPROCESSABLE)
                    .entity(page.of(id, null, new PersonPage.Retyped(MovementSection.class, typed))).build();
        }
    }
}
