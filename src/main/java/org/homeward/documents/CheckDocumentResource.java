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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.repatriation.CheckItem;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /api/v1/repatriation-cases/{id}/checklist/{item}/documents} (shared/API.md, "Documents"):
 * the files kept as evidence of a checklist item (CONSENT, BEST_INTERESTS, TRAVEL_DOCUMENT per
 * person, named by {@code personId}; HANDOVER_PROTOCOL for the whole case). Read, removed and
 * restored at {@code /api/v1/documents/{docId}} as every file is.
 */
@Path("/api/v1/repatriation-cases/{id}/checklist/{item}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class CheckDocumentResource {

    @Inject
    CheckDocumentService checkDocumentService;

    @Inject
    LocalizedText text;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response add(UUID id, String item, @RestForm("file") FileUpload file, @RestForm String personId,
            @RestForm String note) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        CheckItem checked = values.choice(CheckItem.class, item, "item");
        UUID person = values.uuid(personId, "personId");
        errors.throwIfAny();
        DocumentView added = checkDocumentService.add(id, checked, person, note,
                file == null ? null : file.uploadedFile(), file == null ? null : file.fileName());
        return Response.created(URI.create("/api/v1/documents/" + added.id())).entity(added).build();
    }

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public List<DocumentView> list(UUID id, String item) {
        FieldErrors errors = new FieldErrors();
        CheckItem checked = new TypedValues(errors, text).choice(CheckItem.class, item, "item");
        errors.throwIfAny();
        return checkDocumentService.listed(id, checked);
    }
}
