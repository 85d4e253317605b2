package org.homeward.documents;

import java.util.Map;
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
import org.homeward.kernel.ContentRefused;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.ValidationFailed;
import org.homeward.people.PersonPage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Adds a file from the person's page: chosen from the device, or taken with a tablet's or phone's
 * camera (the form's second input). Refused, the person's page comes back with the form as sent
 * and its errors.
 */
@Path("/persons/{id}/documents")
@Produces(MediaType.TEXT_HTML)
public class PersonDocumentPages {

    @Inject
    DocumentService documentService;

    @Inject
    PersonPage page;

    @Inject
    LocalizedText text;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response add(UUID id, @RestForm("file") FileUpload file, @RestForm("camera") FileUpload camera,
            @RestForm String kind, @RestForm String note) {
        FileUpload chosen = given(file) ? file : camera;
        try {
            documentService.add(id, DocumentKind.read(kind, text), note, given(chosen) ? chosen.uploadedFile() : null,
                    given(chosen) ? chosen.fileName() : null);
            return DocumentPages.toPerson(id, Flash.DOCUMENT_ADDED);
        } catch (ValidationFailed failed) {
            return DocumentPages.refused(page, id, 422, new DocumentSection.UploadForm(kind, note, failed.byField()));
        } catch (ContentRefused refused) {
            return DocumentPages.refused(page, id, refused.status(), new DocumentSection.UploadForm(kind, note,
                    Map.of(refused.error().field(), refused.error().message())));
        }
    }

    /** A browser sends an empty part for a file input left empty. */
    static boolean given(FileUpload upload) {
        return upload != null && upload.size() > 0;
    }
}
