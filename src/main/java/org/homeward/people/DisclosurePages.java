package org.homeward.people;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Roles;
import org.homeward.audit.AuditTrail;
import org.homeward.web.LocalizedText;
import org.jboss.resteasy.reactive.RestQuery;

/** For auditors: who saw a person, found by registration number, without opening the person's record. */
@Path("/disclosures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
public class DisclosurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disclosures(String number, List<AuditTrail.Disclosure> disclosures, String error);
    }

    @Inject
    PersonService people;

    @Inject
    LocalizedText text;

    @GET
    public Response disclosures(@RestQuery String number) {
        if (number == null || number.isBlank()) {
            return Response.ok(Templates.disclosures("", null, null)).build();
        }
        return people.idOfNumber(number)
                .map(id -> Response.ok(Templates.disclosures(number.strip(), people.disclosures(id), null)).build())
                .orElseGet(() -> Response.status(404).entity(Templates.disclosures(number.strip(), null,
                        text.get("disclosures.unknown"))).build());
    }
}
