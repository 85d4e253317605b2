package org.homeward.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRedaction;
import org.homeward.documents.DocumentService;
import org.homeward.documents.FileDestruction;
import org.homeward.movements.MovementService;
import org.homeward.people.Person;

/**
 * Anonymizes one batch of people, in one short transaction: every place Homeward keeps their
 * identity, in one list (docs/adr/023-retention-anonymization-and-lockdowns.md). Destroyed: names
 * and aliases, place of birth, identity documents, notes on their movements and case checks, their
 * files, the spreadsheet rows they were imported from, the merge snapshots that remember them, and
 * the trail's copies of their record, movements and documents. Kept, so that statistics do not
 * change: sex, birth year, nationality, category, status, facility history, family links and case
 * outcomes. Records merged into them (tombstones) go the same way.
 */
@ApplicationScoped
class Anonymizer {

    @Inject
    EntityManager em;

    @Inject
    FileDestruction fileDestruction;

    @Inject
    AuditRedaction auditRedaction;

    @Inject
    AuditLog audit;

    /** What one batch did. */
    record Done(List<UUID> people, int files, int auditDetails) {
    }

    /**
     * Anonymizes those of {@code batch} who are still due and not on hold once their rows are locked
     * (a case opened since the preview keeps its person); answers who, and what went with them.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Done anonymize(UUID run, Collection<UUID> batch, LocalDate today, String by) {
        @SuppressWarnings("unchecked")
        List<UUID> people = em.createNativeQuery("select p.id from person p join retention_rule r on r.category = p.status"
                + " where p.id in (:batch) and " + Candidates.DUE + " and not " + Candidates.OPEN_CASE + " and not "
                + Candidates.INVESTIGATED + " order by p.id for update of p", UUID.class)
                .setParameter("batch", batch).setParameter("today", today).getResultList();
        if (people.isEmpty()) {
            return new Done(List.of(), 0, 0);
        }
        @SuppressWarnings("unchecked")
        List<UUID> tombstones = em.createNativeQuery("select id from person where merged_into in (:people)"
                + " and anonymized_at is null order by id for update", UUID.class).setParameter("people", people)
                .getResultList();
        List<UUID> records = new ArrayList<>(people);
        records.addAll(tombstones);
        update("""
                update person set given_name = null, father_name = null, grandfather_name = null, family_name = null,
                       given_name_ar = null, father_name_ar = null, grandfather_name_ar = null, family_name_ar = null,
                       place_of_birth = null, name_keys = '-',
                       date_of_birth = make_date(cast(extract(year from date_of_birth) as integer), 1, 1),
                       date_of_birth_precision = case when date_of_birth is null then null else 'YEAR' end,
                       anonymized_at = now(), anonymized_by_run = :run, version = version + 1, updated_at = now()
                 where id in (:records)""", records, run);
        update("delete from person_alias where person_id in (:records)", records, null);
        update("delete from identity_document where person_id in (:records)", records, null);
        update("update movement set note = null where person_id in (:records) and note is not null", records, null);
        update("""
                update repatriation_check set document_number = null, detail = null
                 where person_id in (:records) and (document_number is not null or detail is not null)""", records, null);
        // a case's notes speak of its people: gone once none of them is left identified
        update("""
                update repatriation_note n set text = '-'
                 where n.case_id in (select s.case_id from repatriation_subject s where s.person_id in (:records))
                   and not exists (select 1 from repatriation_subject s join person p on p.id = s.person_id
                                    where s.case_id = n.case_id and p.anonymized_at is null)""", records, null);
        update("update import_row set cells = null, reading = null where target_id in (:records)", records, null);
        update("update person_merge set snapshot = '{}' where survivor_id in (:records) or merged_id in (:records)",
                records, null);
        int files = fileDestruction.destroyFilesOf(records, by, "anonymized by retention run " + run);
        int details = auditRedaction.redact(run, trailOf(records), PersonalDetails::redact);
        Map<UUID, Object> events = new LinkedHashMap<>();
        for (UUID person : people) {
            events.put(person, Map.of("anonymized", true, "retentionRun", run.toString()));
        }
        audit.recordEach(AuditAction.UPDATE, Person.AUDIT_TYPE, events);
        return new Done(people, files, details);
    }

    /**
     * Where the audit trail copied these people's data: the events about them (their record, and
     * their movements, which are audited under the person) and about their documents.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, List<UUID>> trailOf(List<UUID> records) {
        @SuppressWarnings("unchecked")
        List<UUID> documents = em.createNativeQuery("select id from document where person_id in (:records)", UUID.class)
                .setParameter("records", records).getResultList();
        return Map.of(Person.AUDIT_TYPE, records, MovementService.AUDIT_TYPE, records, DocumentService.AUDIT_TYPE, documents);
    }

    private void update(String sql, List<UUID> records, UUID run) {
        var query = em.createNativeQuery(sql).setParameter("records", records);
        if (run != null) {
            query.setParameter("run", run);
        }
        query.executeUpdate();
    }
}
