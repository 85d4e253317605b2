package org.homeward.audit;

import static org.homeward.kernel.NativeQueries.instant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.PageOf;

/**
 * Reads the audit trail for auditors: events by actor, action, record and period, and the
 * verification of the hash chain (docs/adr/012-audit-sealed-after-commit.md). Every read is itself
 * written to the trail.
 */
@ApplicationScoped
public class AuditTrail {

    static final String AUDIT_TYPE = "AUDIT";
    static final String DISCLOSURES_TYPE = "DISCLOSURES";
    private static final String GENESIS = "0".repeat(64);

    /** One event as auditors read it; {@code hash} is null until the sealer has chained it (about a second). */
    public record Event(long id, Instant occurredAt, String actor, String roles, String action, String entityType,
            String entityId, String details, String clientAddress, String hash) {
    }

    /** The filters of {@code GET /api/v1/audit/events}; each may be absent. {@code to} is inclusive. */
    public record Filter(String actor, AuditAction action, String entityType, String entityId, LocalDate from,
            LocalDate to) {
    }

    /** {@code {"valid": true, "events": 123456, "firstBrokenId": null}}. */
    public record Verification(boolean valid, long events, Long firstBrokenId) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    AuditCheckpoints checkpoints;

    /**
     * One time a person was shown or handed out: when, to whom in which roles, how (VIEW, LIST,
     * SEARCH, FAMILY, CASE, DUPLICATE, EXPORT), and for an export its purpose.
     */
    public record Disclosure(Instant occurredAt, String actor, String roles, String how, String purpose, long eventId) {
    }

    /**
     * Every time one of these records (a person and the records merged into them) was shown, newest
     * first; in a period of whole days when one is given (either end may be open).
     */
    @Transactional
    public List<Disclosure> disclosures(UUID person, List<UUID> records, LocalDate from, LocalDate to) {
        TrailConditions period = new TrailConditions().period(from, to);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("""
                select e.id, e.occurred_at, e.actor, e.actor_roles, e.action, e.entity_type, e.details
                  from audit_event e where e.shown && cast(:records as uuid[]) and """ + " " + period.events()
                + " order by e.occurred_at desc, e.id desc"), period.parameters())
                .setParameter("records", records.stream().map(UUID::toString)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .getResultList();
        Map<String, Object> details = new HashMap<>();
        details.put("disclosures", rows.size());
        details.put("from", from == null ? null : from.toString());
        details.put("to", to == null ? null : to.toString());
        details.values().removeIf(java.util.Objects::isNull);
        audit.record(AuditAction.VIEW, DISCLOSURES_TYPE, person, details);
        return rows.stream().map(row -> {
            JsonNode shown = parsed(json, (String) row[6]);
            return new Disclosure(instant(row[1]), (String) row[2], (String) row[3],
                    how((String) row[4], (String) row[5], shown),
                    shown.hasNonNull("purpose") ? shown.get("purpose").asText() : null, ((Number) row[0]).longValue());
        }).toList();
    }

    /** How an event showed people, from what kind of event it is. */
    private static String how(String action, String entityType, JsonNode details) {
        return switch (String.valueOf(entityType)) {
            case "PERSON" -> "SEARCH".equals(action)
                    ? details.path("filter").hasNonNull("q") ? "SEARCH" : "LIST"
                    : details.has("comparedWith") ? "DUPLICATE" : "VIEW";
            case "FAMILY" -> "FAMILY";
            case "CASE" -> "CASE";
            case "DUPLICATES" -> "DUPLICATE";
            case "EXPORT" -> "EXPORT";
            case "DOCUMENT", "DOCUMENTS" -> "DOCUMENT";
            default -> action;
        };
    }

    /** An event's details as JSON; empty when there are none (or they are not JSON, as before V4 some were not). */
    static JsonNode parsed(ObjectMapper json, String details) {
        try {
            return details == null ? json.createObjectNode() : json.readTree(details);
        } catch (java.io.IOException unreadable) {
            return json.createObjectNode();
        }
    }

    /** Newest first. */
    @Transactional
    public PageOf<Event> events(Filter filter, int page, int size) {
        TrailConditions conditions = TrailConditions.of(filter);
        String horizon = (String) em.createNativeQuery("select cast(" + TrailConditions.HORIZON + " as text)")
                .getSingleResult();
        long total = ((Number) NativeQueries.bind(em.createNativeQuery(conditions.countSql(horizon)),
                conditions.countParameters()).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("""
                select e.id, e.occurred_at, e.actor, e.actor_roles, e.action, e.entity_type, e.entity_id, e.details,
                       e.client_address, s.hash
                  from audit_event e left join audit_seal s on s.event_id = e.id
                """ + " where " + conditions.events() + " order by e.occurred_at desc, e.id desc limit :limit offset :offset"),
                conditions.parameters())
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("filter", described(filter), "page", page,
                "size", size, "total", total));
        return new PageOf<>(rows.stream().map(AuditTrail::event).toList(), page, size, total);
    }

    /**
     * Checks the chain: each seal must point to the one before, its hash must be that of its event
     * as it is now (since V29 a seal covers the digest of the details, and the details must match
     * it, or be the redacted form a retention run recorded: ADR 023), and every signed checkpoint must still hold. Seals made before V17 are checked by
     * the formula they were made with. The links are one ordered pass; the hashes, the costly part,
     * are recomputed by parallel workers (audit_event_hash is parallel safe, V22).
     */
    @Transactional
    public Verification verify() {
        Long brokenLink = firstEventAt(em.createNativeQuery("""
                select min(s.position)
                  from (select s.position, s.previous_hash, lag(s.hash) over (order by s.position) as before
                          from audit_seal s) s
                 where s.previous_hash <> coalesce(s.before, :genesis)""").setParameter("genesis", GENESIS)
                .getSingleResult());
        Long brokenHash = firstEventAt(em.createNativeQuery("""
                select min(s.position)
                  from audit_seal s join audit_event e on e.id = s.event_id
                 where s.horizon is not null
                   and (s.hash <> case s.formula when 1 then audit_event_hash(s.previous_hash, e)
                                                 else audit_event_hash2(s.previous_hash, e) end
                        or s.formula = 2 and e.details_digest is not null
                           and encode(sha256(convert_to(coalesce(e.details, ''), 'UTF8')), 'hex') <> e.details_digest
                           and not exists (select 1 from audit_redaction r where r.event_id = e.id
                                  and r.redacted_digest = encode(sha256(convert_to(coalesce(e.details, ''), 'UTF8')), 'hex')))
                """).getSingleResult());
        Long firstBroken = null;
        for (Long broken : java.util.Arrays.asList(brokenLink, brokenHash, firstBrokenLegacySeal(),
                checkpoints.firstBroken())) {
            if (broken != null && (firstBroken == null || broken < firstBroken)) {
                firstBroken = broken;
            }
        }
        // positions run from 1 without a gap (a seal removed breaks the link after it)
        long events = ((Number) em.createNativeQuery("select coalesce(max(position), 0) from audit_seal")
                .getSingleResult()).longValue();
        audit.record(AuditAction.VIEW, AUDIT_TYPE, null, Map.of("verified", events, "valid", firstBroken == null));
        return new Verification(firstBroken == null, events, firstBroken);
    }

    /** The event sealed at a position, or null for none. */
    private Long firstEventAt(Object position) {
        if (position == null) {
            return null;
        }
        return ((Number) em.createNativeQuery("select event_id from audit_seal where position = ?1")
                .setParameter(1, ((Number) position).longValue()).getSingleResult()).longValue();
    }

    /** The seals copied from before V17 (no horizon), checked by the formula of ADR 004 in Java. */
    private Long firstBrokenLegacySeal() {
        @SuppressWarnings("unchecked")
        List<Object[]> legacy = em.createNativeQuery("""
                select e.id, s.previous_hash, s.hash, e.occurred_at, e.actor, e.actor_roles, e.action, e.entity_type,
                       e.entity_id, e.details
                  from audit_seal s join audit_event e on e.id = s.event_id
                 where s.horizon is null order by s.position""").getResultList();
        for (Object[] row : legacy) {
            String text = String.join("|", (String) row[1], instant(row[3]).toString(), (String) row[4],
                    (String) row[5], (String) row[6], String.valueOf(row[7]), String.valueOf(row[8]),
                    String.valueOf(row[9]));
            if (!sha256(text).equals(row[2])) {
                return ((Number) row[0]).longValue();
            }
        }
        return null;
    }

    private static Map<String, Object> described(Filter filter) {
        Map<String, Object> described = new HashMap<>();
        described.put("actor", filter.actor());
        described.put("action", filter.action());
        described.put("entityType", filter.entityType());
        described.put("entityId", filter.entityId());
        described.put("from", filter.from() == null ? null : filter.from().toString());
        described.put("to", filter.to() == null ? null : filter.to().toString());
        described.values().removeIf(java.util.Objects::isNull);
        return described;
    }

    private static Event event(Object[] row) {
        return new Event(((Number) row[0]).longValue(), instant(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8], (String) row[9]);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
