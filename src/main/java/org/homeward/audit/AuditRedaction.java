package org.homeward.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Replaces the personal data the trail copied about records (before/after details) by a redacted
 * form, keeping the chain verifiable (docs/adr/023-retention-anonymization-and-lockdowns.md): since
 * V29 a seal covers the digest of an event's details, which stays; the redacted form's own digest
 * is recorded, so the verification accepts exactly that form. Events sealed before V29, or not
 * sealed yet, keep their details (they are not counted as redactable).
 */
@ApplicationScoped
public class AuditRedaction {

    private static final String REDACTABLE = """
            from audit_event e join audit_seal s on s.event_id = e.id and s.formula = 2
             where e.entity_type = :type and e.entity_id in (:ids) and e.details is not null
               and e.details_digest is not null
               and not exists (select 1 from audit_redaction r where r.event_id = e.id)""";

    @Inject
    EntityManager em;

    /** How many events about these records (by the type of record) carry details a redaction would replace. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countRedactable(java.util.Map<String, ? extends Collection<UUID>> recordsByType) {
        return recordsByType.entrySet().stream().mapToLong(records -> countRedactable(records.getKey(), records.getValue()))
                .sum();
    }

    /** Redacts the events about these records (by the type of record); answers how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redact(UUID run, java.util.Map<String, ? extends Collection<UUID>> recordsByType, UnaryOperator<String> redaction) {
        return recordsByType.entrySet().stream().mapToInt(records -> redact(run, records.getKey(), records.getValue(), redaction))
                .sum();
    }

    /** How many events about these records carry details a redaction would replace. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countRedactable(String entityType, Collection<UUID> records) {
        if (records.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("select count(*) " + REDACTABLE).setParameter("type", entityType)
                .setParameter("ids", records.stream().map(UUID::toString).toList()).getSingleResult()).longValue();
    }

    /** Redacts the details of every event about these records with {@code redaction}; answers how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redact(UUID run, String entityType, Collection<UUID> records, UnaryOperator<String> redaction) {
        if (records.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("select e.id, e.details " + REDACTABLE)
                .setParameter("type", entityType).setParameter("ids", records.stream().map(UUID::toString).toList())
                .getResultList();
        if (events.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(events.size());
        List<String> redacted = new ArrayList<>(events.size());
        for (Object[] event : events) {
            ids.add(((Number) event[0]).longValue());
            redacted.add(redaction.apply((String) event[1]));
        }
        // the arrays as JDBC arrays: details are JSON, whatever quotes and braces they hold
        return em.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement call = connection.prepareStatement("select audit_redact(?, ?, ?)")) {
                call.setObject(1, run);
                call.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                call.setArray(3, connection.createArrayOf("text", redacted.toArray()));
                try (java.sql.ResultSet result = call.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
        });
    }
}
