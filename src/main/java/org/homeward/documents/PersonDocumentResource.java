package org.homeward.documents;

import java.net.URI;
import java.util.List;
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
import org.homeward.kernel.LocalizedText;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /api/v1/persons/{id}/documents} (shared/API.md, "Documents"): a person's files, added by
 * case workers and admins, listed for them and for the officers of the person's country; never
 * for auditors or analysts. Out of the caller's scope, the person is not found.
 */
@Path("/api/v1/persons/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class PersonDocumentResource {

    @Inject
    DocumentService documentService;

    @Inject
    LocalizedText text;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response add(UUID id, @RestForm("file") FileUpload file, @RestForm String kind, @RestForm String note) {
        DocumentView added = documentService.add(id, DocumentKind.read(kind, text), note,
                file == null ? null : file.uploadedFile(), file == null ? null : file.fileName());
        return Response.created(URI.create("/api/v1/documents/" + added.id())).entity(added).build();
    }

    /** Newest first; {@code ?removed=true} adds the removed ones, for admins. */
    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public List<DocumentView> list(UUID id, @QueryParam("removed") boolean removed) {
        return documentService.of(id, removed);
    }
}
