package org.homeward.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/** The auditor's pages: the trail with its filters and the chain's verification. */
@Path("/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
public class AuditPages {

    private static final int PAGE_SIZE = 50;

    /** The filter form as typed. */
    public record Form(String actor, String action, String entityType, String entityId, String from, String to) {

        /** The filters as a query string, for the pages of the same list. */
        public String query() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("actor", actor);
            values.put("action", action);
            values.put("entityType", entityType);
            values.put("entityId", entityId);
            values.put("from", from);
            values.put("to", to);
            return values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        /** The address of the list's pages, without the page number. */
        public String pageLink() {
            String query = query();
            return "/audit?" + (query.isEmpty() ? "" : query + "&") + "page=";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance events(PageOf<AuditTrail.Event> events, Form form, Map<String, String> errors,
                AuditAction[] actions, Pagination pages, AuditTrail.Verification verification);
    }

    @Inject
    AuditTrail trail;

    @Inject
    LocalizedText text;

    @GET
    public Response events(@RestQuery String actor, @RestQuery String action, @RestQuery String entityType,
            @RestQuery String entityId, @RestQuery String from, @RestQuery String to, @RestQuery String page) {
        Form form = new Form(actor, action, entityType, entityId, from, to);
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        AuditTrail.Filter filter = new AuditTrail.Filter(actor, values.choice(AuditAction.class, action, "action"),
                entityType, entityId, values.date(from, "from"), values.date(to, "to"));
        Integer number = values.integer(page, "page");
        try {
            errors.throwIfAny();
            PageOf<AuditTrail.Event> found = trail.events(filter, number == null ? 0 : Math.max(0, number), PAGE_SIZE);
            return Response.ok(Templates.events(found, form, Map.of(), AuditAction.values(), Pagination.of(found), null))
                    .build();
        } catch (ValidationFailed failed) {
            PageOf<AuditTrail.Event> none = new PageOf<>(List.of(), 0, PAGE_SIZE, 0);
            return Response.status(400).entity(Templates.events(none, form, failed.byField(), AuditAction.values(),
                    Pagination.of(none), null)).build();
        }
    }

    /** The chain verified, shown above the newest events. */
    @GET
    @Path("/verify")
    public TemplateInstance verify() {
        AuditTrail.Verification verification = trail.verify();
        PageOf<AuditTrail.Event> newest = trail.events(new AuditTrail.Filter(null, null, null, null, null, null), 0,
                PAGE_SIZE);
        return Templates.events(newest, new Form(null, null, null, null, null, null), Map.of(), AuditAction.values(),
                Pagination.of(newest), verification);
    }
}
