package org.homeward.families;

import java.net.URI;
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
import org.homeward.people.PersonFlag;
import org.homeward.people.PersonService;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;
import org.homeward.kernel.TypedValues;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Children held without a parent or guardian beside them; a case worker confirms the suggested flag. */
@Path("/children-without-carer")
@Produces(MediaType.TEXT_HTML)
public class ChildrenWithoutCarerPages {

    private static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<ChildWithoutCarer> children, Pagination pages, Flash flash);
    }

    @Inject
    ChildrenWithoutCarerService childrenWithoutCarerService;

    @Inject
    PersonService personService;

    @Inject
    LocalizedText text;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance list(@RestQuery String page, @RestQuery String flash) {
        PageOf<ChildWithoutCarer> found = childrenWithoutCarerService.list(Pagination.pageNumber(page), PAGE_SIZE);
        return Templates.list(found, Pagination.of(found), Flash.fromParam(flash));
    }

    @POST
    @Path("/{personId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response confirm(UUID personId, @RestForm String flag) {
        FieldErrors errors = new FieldErrors();
        PersonFlag chosen = new TypedValues(errors, text).choice(PersonFlag.class, flag, "flag");
        errors.throwIfAny();
        personService.addFlag(personId, chosen);
        return Response.seeOther(URI.create("/children-without-carer?flash=" + Flash.FLAG_CONFIRMED.param())).build();
    }
}
