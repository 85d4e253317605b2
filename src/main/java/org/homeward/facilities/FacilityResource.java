package org.homeward.facilities;

import java.net.URI;
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
import org.homeward.kernel.PageOf;
import org.homeward.kernel.PageRequest;

/** {@code /api/v1/facilities} (shared/API.md). Reads for every role within scope; changes by admins. */
@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @Inject
    FacilityService facilityService;

    @Inject
    PageRequest pages;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN, Roles.AUDITOR, Roles.ANALYST })
    public PageOf<FacilityView> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        pages.check(page, size);
        return PageOf.slice(facilityService.listVisible().stream().map(FacilityService.Row::facility).toList(), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN, Roles.AUDITOR, Roles.ANALYST })
    public FacilityView get(UUID id) {
        return facilityService.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(FacilityInput input) {
        FacilityView created = facilityService.create(input);
        return Response.created(URI.create("/api/v1/facilities/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public FacilityView update(UUID id, FacilityInput input) {
        return facilityService.update(id, input);
    }
}
