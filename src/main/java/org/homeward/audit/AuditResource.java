package org.homeward.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.PageRequest;
import org.homeward.kernel.TypedValues;

/** {@code /api/v1/audit} (shared/API.md): the trail and its verification, for auditors and admins. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    LocalizedText text;

    @Inject
    PageRequest pages;

    @GET
    @Path("/events")
    public PageOf<AuditTrail.Event> events(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        pages.check(page, size);
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        AuditTrail.Filter filter = new AuditTrail.Filter(actor, values.choice(AuditAction.class, action, "action"),
                entityType, entityId, values.date(from, "from"), values.date(to, "to"));
        errors.throwIfAny();
        return trail.events(filter, page, size);
    }

    /** The signed checkpoints, newest first: a copy kept outside the database proves the chain's tail. */
    @GET
    @Path("/checkpoints")
    public java.util.List<AuditCheckpoints.Checkpoint> checkpoints() {
        return checkpoints.list();
    }

    @GET
    @Path("/verify")
    public AuditTrail.Verification verify() {
        return trail.verify();
    }
}
