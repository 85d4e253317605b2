package org.homeward.families;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.homeward.kernel.PageOf;
import org.homeward.kernel.PageRequest;

/**
 * {@code /api/v1/households} (shared/API.md), scope-checked like persons: a household is reachable
 * through a current member the caller may see. Case workers and admins change them.
 */
@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    @Inject
    HouseholdService householdService;

    @Inject
    FamilyRegistrationService familyRegistrationService;

    @Inject
    PageRequest pages;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public PageOf<HouseholdSummary> list(@QueryParam("split") boolean split, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        pages.check(page, size);
        return householdService.list(split, page, size);
    }

    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response create(HouseholdInput input) {
        HouseholdView created = householdService.create(input);
        return Response.created(URI.create("/api/v1/households/" + created.id())).entity(created).build();
    }

    /** A mother and her children registered at admission in one step, with their links and household. */
    @POST
    @Path("/family-registrations")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response registerFamily(FamilyRegistrationInput input) {
        FamilyRegistered registered = familyRegistrationService.register(input);
        return Response.created(URI.create("/api/v1/households/" + registered.household().id()))
                .entity(registered).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public HouseholdView get(UUID id) {
        return householdService.get(id);
    }

    /** Chooses another reference person: {@code {"referencePersonId": "...", "version": 0}}. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public HouseholdView update(UUID id, HouseholdInput input) {
        return householdService.update(id, input);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public HouseholdView addMember(UUID id, MemberInput input) {
        return householdService.addMember(id, input);
    }

    @DELETE
    @Path("/{id}/members/{personId}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public HouseholdView removeMember(UUID id, UUID personId) {
        return householdService.removeMember(id, personId);
    }
}
