package org.homeward.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import org.homeward.security.CurrentUser;

/**
 * Writes the audit trail: who did what to which record, and when. Events are chained by hash
 * (each one includes the hash of the previous), appended under a lock so the chain has no forks.
 * A change is audited in its own transaction, so the event exists exactly when the change does.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** Serialises appends so that each event links to the one truly before it. */
    private static final long CHAIN_LOCK = 0x486f6d65776172L;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @Inject
    Instance<HttpServerRequest> request;

    /** Joins the caller's transaction: a rolled-back change leaves no event behind. */
    @Transactional
    public void record(AuditAction action, String entityType, Object entityId, Object details) {
        append(action, entityType, entityId, details);
    }

    /** A refused access is kept even though the request that caused it fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String entityType, Object entityId) {
        append(AuditAction.ACCESS_REFUSED, entityType, entityId, null);
    }

    private void append(AuditAction action, String entityType, Object entityId, Object details) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, CHAIN_LOCK)
                .getSingleResult();
        String previous = (String) em.createNativeQuery("select hash from audit_event order by id desc limit 1")
                .getResultStream().findFirst().orElse(GENESIS);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String actor = user.username() == null ? "anonymous" : user.username();
        String roles = String.join(",", user.roles());
        String id = entityId == null ? null : entityId.toString();
        String text = details == null ? null : toJson(details);
        String hash = sha256(String.join("|", previous, at.toString(), actor, roles, action.name(),
                String.valueOf(entityType), String.valueOf(id), String.valueOf(text)));
        em.createNativeQuery("""
                insert into audit_event (occurred_at, actor, actor_roles, action, entity_type, entity_id, details,
                                         client_address, previous_hash, hash)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, at).setParameter(2, actor).setParameter(3, roles).setParameter(4, action.name())
                .setParameter(5, entityType).setParameter(6, id).setParameter(7, text)
                .setParameter(8, clientAddress()).setParameter(9, previous).setParameter(10, hash)
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

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
