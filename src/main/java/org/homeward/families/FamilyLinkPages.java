package org.homeward.families;

import java.net.URI;
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
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.people.PersonQueries;
import org.homeward.people.PersonView;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;

/** The family-link form of a person's page, and the removal of a link. */
@Path("/persons/{id}/relationships")
@Produces(MediaType.TEXT_HTML)
public class FamilyLinkPages {

    /** The form as typed, so an error loses nothing. */
    public record LinkForm(String relation, String registrationNumber, String evidence) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance link(PersonView person, LinkForm form, Map<String, String> errors,
                LinkChoice[] choices, Evidence[] evidences);
    }

    @Inject
    PersonQueries personQueries;

    @Inject
    RelationshipService relationshipService;

    @Inject
    LocalizedText text;

    @GET
    @Path("/new")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public TemplateInstance form(UUID id) {
        return Templates.link(personQueries.get(id), new LinkForm("MOTHER_OF", "", "DECLARED"), Map.of(), LinkChoice.values(),
                Evidence.values());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response link(UUID id, @RestForm String relation, @RestForm String registrationNumber,
            @RestForm String evidence) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        LinkChoice choice = values.choice(LinkChoice.class, relation, "relation");
        Evidence proof = values.choice(Evidence.class, evidence, "evidence");
        try {
            errors.throwIfAny();
            RelationshipView linked = relationshipService.link(id, choice, registrationNumber, proof);
            Flash flash = linked.warnings().isEmpty() ? Flash.LINKED : Flash.LINK_DOUBTFUL;
            return Response.seeOther(URI.create("/persons/" + id + "?flash=" + flash.param() + "#family")).build();
        } catch (ValidationFailed failed) {
            return Response.status(422).entity(Templates.link(personQueries.get(id),
                    new LinkForm(relation, registrationNumber, evidence), failed.byField(), LinkChoice.values(),
                    Evidence.values())).build();
        }
    }

    @POST
    @Path("/{relationshipId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response remove(UUID id, UUID relationshipId, @RestForm String reason) {
        relationshipService.unlink(id, relationshipId, reason);
        return Response.seeOther(URI.create("/persons/" + id + "?flash=" + Flash.LINK_REMOVED.param() + "#family"))
                .build();
    }
}
