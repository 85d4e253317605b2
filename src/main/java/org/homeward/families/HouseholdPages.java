package org.homeward.families;

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
import org.homeward.facilities.FacilityService;
import org.homeward.people.PersonAccess;
import org.homeward.people.Sex;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Household pages: the list, a household with its members, and the registration of a mother with her children. */
@Path("/households")
@Produces(MediaType.TEXT_HTML)
public class HouseholdPages {

    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<HouseholdSummary> households, boolean split, Pagination pages);

        static native TemplateInstance detail(HouseholdView household, String registrationNumber,
                Map<String, String> errors, Flash flash);

        static native TemplateInstance register(FamilyForm form, Map<String, String> errors,
                List<FacilityService.Row> facilities, Sex[] sexes, Evidence[] evidences);
    }

    @Inject
    HouseholdService householdService;

    @Inject
    FamilyRegistrationService familyRegistrationService;

    @Inject
    PersonAccess personAccess;

    @Inject
    FacilityService facilityService;

    @Inject
    LocalizedText text;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance list(@RestQuery boolean split, @RestQuery String page) {
        int number = Pagination.pageNumber(page);
        PageOf<HouseholdSummary> found = householdService.list(split, number, PAGE_SIZE);
        return Templates.list(found, split, Pagination.of(found));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance detail(UUID id, @RestQuery String flash) {
        return Templates.detail(householdService.get(id), "", Map.of(), Flash.fromParam(flash));
    }

    /** From a person's page: a new household with that person as its reference. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response create(@RestForm String personId) {
        FieldErrors errors = new FieldErrors();
        UUID person = new TypedValues(errors, text).uuid(personId, "personId");
        errors.throwIfAny();
        HouseholdView created = householdService.create(new HouseholdInput(person, List.of(person), null));
        return saved(created.id());
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response addMember(UUID id, @RestForm String registrationNumber) {
        try {
            UUID person = personAccess.reachableByNumber(registrationNumber).map(found -> found.id).orElse(null);
            householdService.addMember(id, new MemberInput(person));
            return saved(id);
        } catch (ValidationFailed failed) {
            Map<String, String> errors = Map.of("registrationNumber", failed.errors().get(0).message());
            return Response.status(422).entity(Templates.detail(householdService.get(id), registrationNumber, errors, null))
                    .build();
        }
    }

    @POST
    @Path("/{id}/members/{personId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response removeMember(UUID id, UUID personId) {
        householdService.removeMember(id, personId);
        return saved(id);
    }

    /** A stale choice (someone changed the household meanwhile) shows the household as it is now. */
    @POST
    @Path("/{id}/reference")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response chooseReference(UUID id, @RestForm String personId, @RestForm String version) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        HouseholdInput input = new HouseholdInput(values.uuid(personId, "personId"), null,
                values.longValue(version, "version"));
        errors.throwIfAny();
        try {
            householdService.update(id, input);
            return saved(id);
        } catch (StaleEdit stale) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.detail((HouseholdView) stale.current(),
                    "", Map.of("reference", text.get("household.changed")), null)).build();
        }
    }

    @GET
    @Path("/register-family")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public TemplateInstance registrationForm() {
        return register(FamilyForm.blank(), Map.of());
    }

    @POST
    @Path("/register-family")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response registerFamily(@BeanParam FamilyForm form, @RestForm String action) {
        if ("more-rows".equals(action)) {
            form.addRows();
            return Response.ok(register(form, Map.of())).build();
        }
        FieldErrors errors = new FieldErrors();
        FamilyRegistrationInput input = form.toInput(errors, text);
        try {
            errors.throwIfAny();
        } catch (ValidationFailed unreadable) {
            return Response.status(422).entity(register(form, unreadable.byField())).build();
        }
        try {
            FamilyRegistered registered = familyRegistrationService.register(input);
            return Response.seeOther(URI.create("/households/" + registered.household().id() + "?flash="
                    + Flash.FAMILY_REGISTERED.param())).build();
        } catch (ValidationFailed failed) {
            return Response.status(422).entity(register(form, form.onRows(failed.byField()))).build();
        }
    }

    private TemplateInstance register(FamilyForm form, Map<String, String> errors) {
        return Templates.register(form, errors, facilityService.choices(), Sex.values(), Evidence.values());
    }

    private static Response saved(UUID household) {
        return Response.seeOther(URI.create("/households/" + household + "?flash=" + Flash.HOUSEHOLD_SAVED.param()))
                .build();
    }
}
