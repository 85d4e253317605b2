package org.homeward.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/** For auditors: who saw a person, found by registration number, without opening the person's record. */
@Path("/disclosures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
public class DisclosurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disclosures(Form form, List<AuditTrail.Disclosure> disclosures,
                Map<String, String> errors);
    }

    /** The form as typed. */
    public record Form(String number, String from, String to) {
    }

    @Inject
    PersonQueries personQueries;

    @Inject
    LocalizedText text;

    /** Who saw the person with this number, in the period typed (either end may be left open). */
    @GET
    public Response disclosures(@RestQuery String number, @RestQuery String from, @RestQuery String to) {
        Form form = new Form(number == null ? "" : number.strip(), from, to);
        if (form.number().isEmpty()) {
            return Response.ok(Templates.disclosures(form, null, Map.of())).build();
        }
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        LocalDate since = values.date(from, "from");
        LocalDate until = values.date(to, "to");
        try {
            errors.throwIfAny();
        } catch (ValidationFailed failed) {
            return Response.status(400).entity(Templates.disclosures(form, null, failed.byField())).build();
        }
        return personQueries.idOfNumber(form.number())
                .map(id -> Response.ok(Templates.disclosures(form, personQueries.disclosures(id, since, until), Map.of()))
                        .build())
                .orElseGet(() -> Response.status(404).entity(Templates.disclosures(form, null,
                        Map.of("number", text.get("disclosures.unknown")))).build());
    }
}
