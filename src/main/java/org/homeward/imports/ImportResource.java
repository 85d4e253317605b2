package org.homeward.imports;

import java.net.URI;
import java.util.List;
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
import org.homeward.kernel.PageRequest;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code /api/v1/imports} (shared/API.md, "Imports"): a spreadsheet previewed with nothing saved,
 * decided on row by row, then committed whole or not at all. Admins; case workers only where the
 * organisation turned it on (access.Caller#mayImport), and then only into their facilities.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    PageRequest pageRequest;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public Response preview(@RestForm("file") FileUpload file, @RestForm String kind, @RestForm String encoding,
            @RestForm String sheet, @RestForm String mapping) {
        ImportSummary summary = imports.preview(file == null ? null : file.uploadedFile(), file == null ? null : file.fileName(),
                kind, encoding, sheet, mapping, null);
        return Response.created(URI.create("/api/v1/imports/" + summary.id())).entity(summary).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public List<ImportSummary> list() {
        return imports.recent();
    }

    /** The import with one page of its rows' readings ({@code ?page=0&size=50}). */
    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public ImportSummary get(UUID id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        pageRequest.check(page, size);
        return imports.get(id, page, size);
    }

    /** {@code {"decisions": [{"row": 3, "action": "NEW|UPDATE|SKIP", "personId": "..."}]}}. */
    @PUT
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public ImportSummary decide(UUID id, Decisions body) {
        return imports.decide(id, body == null ? null : body.decisions());
    }

    /** {@code {"mapping": {"header": "field"}}}: the columns read again under the new mapping. */
    @PUT
    @Path("/{id}/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public ImportSummary remap(UUID id, Remapping body) {
        return imports.remap(id, body == null ? null : body.mapping());
    }

    @POST
    @Path("/{id}/commit")
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public ImportSummary commit(UUID id) {
        return imports.commit(id, null);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public Response discard(UUID id) {
        imports.discard(id);
        return Response.noContent().build();
    }

    public record Decisions(List<ImportService.DecisionInput> decisions) {
    }

    public record Remapping(java.util.Map<String, String> mapping) {
    }
}
