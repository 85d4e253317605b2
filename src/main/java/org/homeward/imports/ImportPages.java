package org.homeward.imports;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Roles;
import org.homeward.kernel.ContentRefused;
import org.homeward.kernel.Flash;
import org.homeward.kernel.Pagination;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The import pages: a file uploaded and read, its preview (mapping, errors, possible duplicates
 * with a choice per row), the commit, and what it did. The same service as the API; every form
 * carries the CSRF token.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportPages {

    private static final int PAGE_SIZE = 25;
    /** The encodings offered for a CSV that detection would get wrong (any other can be given through the API). */
    private static final List<String> ENCODINGS = List.of("UTF-8", "UTF-16", "windows-1256", "windows-1252");

    /** The upload form as sent, with its errors by field. */
    public record UploadForm(String kind, String encoding, String sheet, Map<String, String> errors) {

        static UploadForm blank() {
            return new UploadForm(ImportKind.PERSONS.name(), "", "", Map.of());
        }
    }

    /** A column of the file: its header, the field it is read as, and its value in the first row. */
    public record Column(int index, String header, String field, String firstValue) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ImportSummary> imports, UploadForm upload, ImportKind[] kinds,
                List<String> encodings, long maxMb, Flash flash);

        static native TemplateInstance detail(ImportSummary imported, List<Column> columns, List<ImportField> fields,
                Pagination pages, String pageBase, List<ImportSummary.RowError> refused, Flash flash);

        static native TemplateInstance progress(ImportProgress.Step step);
    }

    @Inject
    ImportService imports;

    @Inject
    ImportSettings settings;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public TemplateInstance list(@RestQuery String flash) {
        return list(UploadForm.blank(), Flash.fromParam(flash));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public Response upload(@RestForm("file") FileUpload file, @RestForm String kind, @RestForm String encoding,
            @RestForm String sheet, @RestForm String progress) {
        boolean given = file != null && file.size() > 0;
        try {
            ImportSummary summary = imports.preview(given ? file.uploadedFile() : null, given ? file.fileName() : null,
                    kind, encoding, sheet, null, token(progress));
            return Response.seeOther(URI.create("/imports/" + summary.id())).build();
        } catch (ValidationFailed failed) {
            return refused(400, new UploadForm(kind, encoding, sheet, failed.byField()));
        } catch (ContentRefused refused) {
            return refused(refused.status(), new UploadForm(kind, encoding, sheet,
                    Map.of(refused.error().field(), refused.error().message())));
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public TemplateInstance detail(UUID id, @RestQuery String page, @RestQuery String flash) {
        return detail(id, Pagination.pageNumber(page), List.of(), Flash.fromParam(flash));
    }

    private TemplateInstance detail(UUID id, int number, List<ImportSummary.RowError> refused, Flash flash) {
        ImportSummary summary = imports.get(id, number, PAGE_SIZE);
        List<Column> columns = new ArrayList<>();
        List<String> first = summary.items() == null || summary.items().isEmpty() || summary.items().get(0).cells() == null
                ? List.of() : summary.items().get(0).cells();
        for (int i = 0; i < summary.headers().size(); i++) {
            String header = summary.headers().get(i);
            columns.add(new Column(i, header, summary.mapping().getOrDefault(header, ""), i < first.size() ? first.get(i) : ""));
        }
        return Templates.detail(summary, columns, summary.kind().fields(), new Pagination(number, PAGE_SIZE, summary.rows()),
                "/imports/" + id + "?page=", refused, flash);
    }

    /** {@code column-N}: the field of the file's Nth column ("" for none). */
    @POST
    @Path("/{id}/mapping")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public Response remap(UUID id, MultivaluedMap<String, String> form) {
        List<String> headers = imports.headers(id);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String field = form.getFirst("column-" + i);
            chosen.put(headers.get(i), field == null ? "" : field);
        }
        imports.remap(id, chosen);
        return Response.seeOther(URI.create("/imports/" + id + "?flash=" + Flash.SAVED.param())).build();
    }

    /** {@code decision-ROW}: NEW, SKIP, or UPDATE:personId, for the rows of the page shown. */
    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public Response decide(UUID id, MultivaluedMap<String, String> form, @RestQuery String page) {
        List<ImportService.DecisionInput> decisions = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("decision-") && values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                decisions.add(decision(name.substring("decision-".length()), values.get(0)));
            }
        });
        imports.decide(id, decisions);
        return Response.seeOther(URI.create("/imports/" + id + "?page=" + Pagination.pageNumber(page) + "&flash="
                + Flash.SAVED.param())).build();
    }

    @POST
    @Path("/{id}/commit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public Response commit(UUID id, @RestForm String progress) {
        try {
            imports.commit(id, token(progress));
        } catch (RowsRefused refused) {
            // the preview again, the rows to fix at its top: nothing was saved
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(detail(id, 0, refused.errors(), null)).build();
        }
        return Response.seeOther(URI.create("/imports/" + id + "?flash=" + Flash.IMPORT_COMMITTED.param())).build();
    }

    @POST
    @Path("/{id}/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public Response discard(UUID id) {
        imports.discard(id);
        return Response.seeOther(URI.create("/imports?flash=" + Flash.IMPORT_DISCARDED.param())).build();
    }

    /**
     * How far the caller's upload or commit with this token has gone, as a line of text: the page
     * polls it (htmx) while it waits for the answer.
     */
    @GET
    @Path("/progress/{token}")
    @RolesAllowed({ Roles.ADMIN, Roles.CASEWORKER })
    public TemplateInstance progress(String token) {
        UUID id = token(token);
        return Templates.progress(id == null ? null : imports.progress(id).orElse(null));
    }

    /** A token the page chose for its request; anything but a UUID is no token. */
    private static UUID token(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAToken) {
            return null;
        }
    }

    private static ImportService.DecisionInput decision(String row, String value) {
        Integer number = Pagination.pageNumber(row) > 0 ? Pagination.pageNumber(row) : null;
        if (value.startsWith("UPDATE:")) {
            UUID person = null;
            try {
                person = UUID.fromString(value.substring("UPDATE:".length()));
            } catch (IllegalArgumentException notAnId) {
                // left null: the service names the field
            }
            return new ImportService.DecisionInput(number, ImportRow.Decision.UPDATE, person);
        }
        ImportRow.Decision action = "SKIP".equals(value) ? ImportRow.Decision.SKIP
                : "NEW".equals(value) ? ImportRow.Decision.NEW : null;
        return new ImportService.DecisionInput(number, action, null);
    }

    private TemplateInstance list(UploadForm upload, Flash flash) {
        return Templates.list(imports.recent(), upload, ImportKind.values(), ENCODINGS,
                settings.maxSize().asLongValue() / (1024 * 1024), flash);
    }

    private Response refused(int status, UploadForm form) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(list(form, null)).build();
    }
}
