package org.homeward.documents;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;

/**
 * {@code /api/v1/documents/{docId}}: one file, read, removed and restored as its person's record
 * is (shared/API.md, "Documents").
 */
@Path("/api/v1/documents/{docId}")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    /** Why a file is taken out of sight. */
    public record Removal(String reason) {
    }

    @Inject
    DocumentService documentService;

    /** The file, shown in the browser ({@code ?download=true}: saved instead). */
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

    /**
     * Takes the file out of sight with a reason; an admin may restore it until retention destroys
     * it. Officers remove only files of the checklist entries they record.
     */
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response remove(UUID docId, Removal removal) {
        documentService.remove(docId, removal == null ? null : removal.reason());
        return Response.noContent().build();
    }

    @POST
    @Path("/restore")
    @RolesAllowed(Roles.ADMIN)
    public DocumentView restore(UUID docId) {
        return documentService.restore(docId);
    }
}
