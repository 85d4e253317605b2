package org.homeward.exports;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.UserLocale;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code GET /api/v1/persons/{id}/subject-access-report?format=json|pdf&language=en|ar|fr}: what
 * Homeward holds about a person, for them (issue 23). Admins only; JSON unless PDF is asked; the
 * PDF in the language asked, else the caller's.
 */
@Path("/api/v1/persons/{id}/subject-access-report")
@RolesAllowed(Roles.ADMIN)
public class SubjectAccessResource {

    @Inject
    SubjectAccessReports subjectAccessReports;

    @Inject
    LocalizedText text;

    @Inject
    UserLocale locale;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "application/pdf" })
    public Response report(UUID id, @RestQuery String format, @RestQuery String language, @RestQuery String lang) {
        String asked = language != null ? language : lang != null ? lang : locale.get().getLanguage();
        String chosen = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (chosen) {
            case "json" -> Response.ok(subjectAccessReports.report(id, asked), MediaType.APPLICATION_JSON).build();
            case "pdf" -> ExportResource.attachment(subjectAccessReports.pdf(id, asked));
            default -> throw new ValidationFailed(List.of(text.error("format", "value.choice")));
        };
    }
}
