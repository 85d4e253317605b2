package org.homeward.documents;

import java.net.URI;
import java.util.List;
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
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.homeward.repatriation.CasePage;
import org.homeward.repatriation.CheckItem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Adds a file to a checklist entry from the case's page, chosen from the device or taken with the
 * camera. Refused, the case's page comes back saying why.
 */
@Path("/cases/{id}/checklist/{item}/documents")
@Produces(MediaType.TEXT_HTML)
public class CheckDocumentPages {

    @Inject
    CheckDocumentService checkDocumentService;

    @Inject
    CasePage page;

    @Inject
    LocalizedText text;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response add(UUID id, String item, @RestForm("file") FileUpload file, @RestForm("camera") FileUpload camera,
            @RestForm String personId, @RestForm String note) {
        FileUpload chosen = PersonDocumentPages.given(file) ? file : camera;
        try {
            FieldErrors errors = new FieldErrors();
            TypedValues values = new TypedValues(errors, text);
            CheckItem checked = values.choice(CheckItem.class, item, "item");
            UUID person = values.uuid(personId, "personId");
            errors.throwIfAny();
            boolean given = PersonDocumentPages.given(chosen);
            checkDocumentService.add(id, checked, person, note, given ? chosen.uploadedFile() : null,
                    given ? chosen.fileName() : null);
            return Response.seeOther(URI.create("/cases/" + id + "?flash=" + Flash.DOCUMENT_ADDED.param() + "#checklist"))
                    .build();
        } catch (ValidationFailed failed) {
            return refused(id, 422, failed.errors().stream().map(error -> error.message()).toList());
        } catch (ContentRefused refused) {
            return refused(id, refused.status(), List.of(refused.error().message()));
        }
    }

    private Response refused(UUID id, int status, List<String> problems) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page.refused(id, problems)).build();
    }
}
