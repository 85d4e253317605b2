package org.homeward.movements;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.facilities.FacilityView;
import org.homeward.people.PersonFilter;
import org.homeward.people.PersonQueries;
import org.homeward.people.PersonView;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;

/** Bulk transfer: choose people in a facility and move them together to another, all or none. */
@Path("/facilities/{id}/transfer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
public class TransferPages {

    private static final int UNPROCESSABLE = 422;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FacilityView facility, List<PersonView> people, List<String> chosen,
                List<FacilityRef> destinations, String toFacilityCode, String date, String note,
                Map<String, String> errors);
    }

    @Inject
    MovementService movementService;

    @Inject
    PersonQueries personQueries;

    @Inject
    FacilityService facilityService;

    @Inject
    LocalizedText text;

    @GET
    public TemplateInstance form(UUID id) {
        return form(facilityService.get(id), List.of(), "", LocalDate.now().toString(), "", Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transfer(UUID id, @RestForm List<String> personIds, @RestForm String toFacilityCode,
            @RestForm String date, @RestForm String note) {
        FacilityView facility = facilityService.get(id);
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        List<UUID> chosen = new ArrayList<>();
        personIds.forEach(value -> {
            UUID personId = values.uuid(value, "personIds");
            if (personId != null) {
                chosen.add(personId);
            }
        });
        try {
            TransferInput input = new TransferInput(chosen, toFacilityCode, values.date(date, "date"), note);
            errors.throwIfAny();
            movementService.transferAll(input);
            return Response.seeOther(URI.create("/facilities/" + id + "?flash=" + Flash.TRANSFERRED.param())).build();
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE)
                    .entity(form(facility, personIds, toFacilityCode, date, note, failed.byField())).build();
        }
    }

    private TemplateInstance form(FacilityView facility, List<String> chosen, String toFacilityCode, String date,
            String note, Map<String, String> errors) {
        PageOf<PersonView> present = personQueries.list(new PersonFilter(null, facility.code(), null, null, null, null, null,
                null, "name"), 0, PageOf.MAX_SIZE);
        List<FacilityRef> destinations = facilityService.refs().values().stream()
                .filter(ref -> ref.active() && !ref.id().equals(facility.id()))
                .sorted(Comparator.comparing(FacilityRef::code)).toList();
        return Templates.form(facility, present.items(), chosen, destinations, toFacilityCode, date, note, errors);
    }
}
