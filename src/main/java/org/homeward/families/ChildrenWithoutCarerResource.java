package org.homeward.families;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.homeward.access.Roles;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.PageRequest;

/** {@code /api/v1/children-without-carer}: children held with no parent or guardian beside them, in scope. */
@Path("/api/v1/children-without-carer")
@Produces(MediaType.APPLICATION_JSON)
public class ChildrenWithoutCarerResource {

    @Inject
    ChildrenWithoutCarerService childrenWithoutCarerService;

    @Inject
    PageRequest pages;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public PageOf<ChildWithoutCarer> list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        pages.check(page, size);
        return childrenWithoutCarerService.list(page, size);
    }
}
