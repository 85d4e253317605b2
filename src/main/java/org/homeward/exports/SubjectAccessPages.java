package org.homeward.exports;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.homeward.access.Roles;
import org.homeward.kernel.UserLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The subject-access report from a person's page (the form under the record): the PDF, in the
 * language chosen there. The same report as the API's; a download, so a GET without a form token.
 */
@Path("/persons/{id}/subject-access-report")
@RolesAllowed(Roles.ADMIN)
public class SubjectAccessPages {

    @Inject
    SubjectAccessReports subjectAccessReports;

    @Inject
    UserLocale locale;

    @GET
    @Produces("application/pdf")
    public Response download(UUID id, @RestQuery String language) {
        return ExportResource.attachment(subjectAccessReports.pdf(id, language != null ? language : locale.get().getLanguage()));
    }
}
