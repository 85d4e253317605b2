package org.homeward.documents;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.homeward.kernel.Flash;
import org.homeward.kernel.ValidationFailed;
import org.homeward.people.PersonPage;
import org.homeward.repatriation.CasePage;
import org.jboss.resteasy.reactive.RestForm;

/**
 * One file from the person's page: looked at in the browser, removed with a reason and, by an
 * admin, restored. The same rules as the API ({@link DocumentResource}); the forms carry the CSRF
 * token.
 */
@Path("/documents/{docId}")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {

    @Inject
    DocumentService documentService;

    @Inject
    PersonPage page;

    @Inject
    CasePage casePage;

    @GET
    @Path("/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response content(UUID docId, @QueryParam("download") boolean download) {
        return ServedFile.of(documentService.content(docId), download);
    }

    @GET
    @Path("/thumbnail")
    @Produces("image/jpeg")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response thumbnail(UUID docId) {
        return ServedFile.of(documentService.thumbnail(docId), false);
    }

    @POST
    @Path("/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response remove(UUID docId, @RestForm String reason) {
        DocumentService.ShownOn shownOn = documentService.shownOn(docId);
        try {
            documentService.remove(docId, reason);
            return back(shownOn, Flash.DOCUMENT_REMOVED);
        } catch (ValidationFailed failed) {
            if (shownOn.caseId() != null) {
                return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(casePage.refused(shownOn.caseId(),
                        failed.errors().stream().map(error -> error.message()).toList())).build();
            }
            return refused(page, shownOn.personId(), 422, new DocumentSection.RemovalForm(docId, failed.byField()));
        }
    }

    @POST
    @Path("/restoration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response restore(UUID docId) {
        DocumentService.ShownOn shownOn = documentService.shownOn(docId);
        documentService.restore(docId);
        return back(shownOn, Flash.DOCUMENT_RESTORED);
    }

    static Response refused(PersonPage page, UUID person, int status, Object typed) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.of(person, null, new PersonPage.Retyped(DocumentSection.class, typed))).build();
    }

    static Response toPerson(UUID person, Flash flash) {
        return back(new DocumentService.ShownOn(null, person), flash);
    }

    private static Response back(DocumentService.ShownOn shownOn, Flash flash) {
        return Response.seeOther(shownOn.after(flash)).build();
    }
}
