package org.homeward.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import org.homeward.access.Caller;

/**
 * Writes the audit trail: who did what to which record, and when. Appending is one insert in the
 * caller's transaction and takes no lock: the hash chain is sealed afterwards, in commit order, by
 * {@link AuditSealer} (docs/adr/012-audit-sealed-after-commit.md), so no request waits for another.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<HttpServerRequest> request;

    /** Joins the caller's transaction: a rolled-back change leaves no event behind. */
    @Transactional
    public void record(AuditAction action, String entityType, Object entityId, Object details) {
        append(action, entityType, entityId, details);
    }

    /**
     * An event that showed people to the caller (a page, a list, a family, a case, rows of an
     * export): which people, all of them, for "who saw this person". Joins the caller's transaction.
     */
    @Transactional
    public void disclosed(AuditAction action, String entityType, Object entityId, Object details,
            java.util.Collection<java.util.UUID> shown) {
        insert(caller.username(), caller.roles(), action, entityType, entityId, details, shown);
    }

    /**
     * One event per record, each with its own details, written in JDBC batches in the caller's
     * transaction: a bulk change (an import's commit) audits every record as a single change
     * would, without a round trip per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(AuditAction action, String entityType, java.util.Map<java.util.UUID, ?> detailsById) {
        if (detailsById.isEmpty()) {
            return;
        }
        String actor = caller.username() == null ? "anonymous" : caller.username();
        String roles = String.join(",", caller.roles());
        String address = clientAddress();
        java.sql.Timestamp at = java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_event (occurred_at, actor, actor_roles, action, entity_type, entity_id, details,
                                             client_address)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (var event : detailsById.entrySet()) {
                    insert.setTimestamp(1, at);
                    insert.setString(2, actor);
                    insert.setString(3, roles);
                    insert.setString(4, action.name());
                    insert.setString(5, entityType);
                    insert.setString(6, event.getKey().toString());
                    insert.setString(7, event.getValue() == null ? null : toJson(event.getValue()));
                    insert.setString(8, address);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * A refused access is kept even though the request that caused it fails: it is written in a
     * transaction of its own, which waits for nothing its request holds.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String entityType, Object entityId) {
        append(AuditAction.ACCESS_REFUSED, entityType, entityId, null);
    }

    /**
     * An event of a named actor, for what happens outside a request of theirs (a login, seen on the
     * login server's callback). Joins the caller's transaction.
     */
    @Transactional
    public void recordAs(String actor, java.util.Set<String> roles, AuditAction action, String entityType,
            Object entityId, Object details) {
        insert(actor, roles, action, entityType, entityId, details, null);
    }

    private void append(AuditAction action, String entityType, Object entityId, Object details) {
        insert(caller.username(), caller.roles(), action, entityType, entityId, details, null);
    }

    private void insert(String actor, java.util.Set<String> roles, AuditAction action, String entityType,
            Object entityId, Object details, java.util.Collection<java.util.UUID> shown) {
        em.createNativeQuery("""
                insert into audit_event (occurred_at, actor, actor_roles, action, entity_type, entity_id, details,
                                         client_address, shown)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as uuid[]))""")
                .setParameter(1, Instant.now().truncatedTo(ChronoUnit.MICROS)).setParameter(2, actor == null ? "anonymous" : actor)
                .setParameter(3, String.join(",", roles)).setParameter(4, action.name())
                .setParameter(5, entityType).setParameter(6, entityId == null ? null : entityId.toString())
                .setParameter(7, details == null ? null : toJson(details)).setParameter(8, clientAddress())
                .setParameter(9, shown == null || shown.isEmpty() ? null
                        : shown.stream().distinct().map(java.util.UUID::toString)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    private String clientAddress() {
        try {
            return request.isResolvable() && request.get().remoteAddress() != null
                    ? request.get().remoteAddress().hostAddress() : null;
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    private String toJson(Object details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit details could not be written", e);
        }
    }
}
