package org.homeward.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRedaction;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.NativeQueries;
import java.time.Clock;

/**
 * Retention runs: previewed (how many people, files and audit details each category would lose,
 * and who is held), then executed by an admin with a reason, in batches of short transactions so
 * that no user waits on the person table for long. Every run, previewed or done, is kept and audited.
 */
@ApplicationScoped
public class RetentionRuns {

    static final String AUDIT_TYPE = "RETENTION_RUN";
    /** People anonymized per transaction: a few hundred milliseconds of row locks at most. */
    static final int BATCH = 500;
    /** The people on hold a preview names; {@code onHold} counts them all. */
    static final int HELD_LISTED = 500;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    AuditRedaction auditRedaction;

    @Inject
    Candidates candidates;

    @Inject
    Anonymizer anonymizer;

    @Inject
    LocalizedText text;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** A dry run ({@code dryRun} absent or true) or the run itself, which needs a reason. */
    public RetentionRun start(RetentionRunInput input) {
        boolean dryRun = input == null || input.dryRun() == null || input.dryRun();
        String reason = input == null || input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        FieldErrors errors = new FieldErrors();
        if (input != null) {
            errors.addViolations(validator.validate(input));
        }
        if (!dryRun && reason == null) {
            errors.add(text.error("reason", "retention.reason.required"));
        }
        errors.throwIfAny();
        return dryRun ? preview(caller.username()) : execute(reason);
    }

    /** What a run would do today, recorded and audited as a preview. */
    @Transactional
    public RetentionRun preview(String by) {
        LocalDate today = LocalDate.now(clock);
        Instant started = Instant.now();
        List<Candidates.Candidate> due = candidates.due(today);
        Map<RetentionCategory, long[]> tally = new EnumMap<>(RetentionCategory.class);
        List<RetentionRun.Held> held = new ArrayList<>();
        Map<RetentionCategory, List<UUID>> anonymized = new EnumMap<>(RetentionCategory.class);
        for (Candidates.Candidate candidate : due) {
            long[] counts = tally.computeIfAbsent(candidate.category(), c -> new long[4]);
            if (candidate.onHold()) {
                counts[3]++;
                if (held.size() < HELD_LISTED) {
                    held.add(new RetentionRun.Held(candidate.id(), candidate.registrationNumber(), candidate.category(),
                            reasons(candidate)));
                }
            } else {
                counts[0]++;
                anonymized.computeIfAbsent(candidate.category(), c -> new ArrayList<>()).add(candidate.id());
            }
        }
        for (Map.Entry<RetentionCategory, List<UUID>> category : anonymized.entrySet()) {
            long[] counts = tally.get(category.getKey());
            for (List<UUID> batch : batches(category.getValue())) {
                counts[1] += filesOf(batch);
                counts[2] += auditRedaction.countRedactable(anonymizer.trailOf(batch));
            }
        }
        UUID id = UUID.randomUUID();
        RetentionRun run = run(id, true, null, by, started, Instant.now(), tally, held);
        keep(run);
        return run;
    }

    /** Anonymizes everyone due and not on hold, batch by batch; records and audits what was done. */
    RetentionRun execute(String reason) {
        String by = caller.username();
        LocalDate today = LocalDate.now(clock);
        Instant started = Instant.now();
        UUID id = UUID.randomUUID();
        List<Candidates.Candidate> due = QuarkusTransaction.requiringNew().call(() -> {
            // the run's row first: people anonymized point to it from their first batch
            em.createNativeQuery("insert into retention_run (id, dry_run, reason, started_by, started_at)"
                    + " values (:id, false, :reason, :by, :at)").setParameter("id", id).setParameter("reason", reason)
                    .setParameter("by", by).setParameter("at", started).executeUpdate();
            return candidates.due(today);
        });
        Map<RetentionCategory, long[]> tally = new EnumMap<>(RetentionCategory.class);
        Map<UUID, RetentionCategory> categoryOf = new LinkedHashMap<>();
        for (Candidates.Candidate candidate : due) {
            long[] counts = tally.computeIfAbsent(candidate.category(), c -> new long[4]);
            if (candidate.onHold()) {
                counts[3]++;
            } else {
                categoryOf.put(candidate.id(), candidate.category());
            }
        }
        for (RetentionCategory category : RetentionCategory.values()) {
            List<UUID> people = categoryOf.entrySet().stream().filter(e -> e.getValue() == category).map(Map.Entry::getKey)
                    .toList();
            for (List<UUID> batch : batches(people)) {
                Anonymizer.Done done = anonymizer.anonymize(id, batch, today, by);
                long[] counts = tally.get(category);
                counts[0] += done.people().size();
                counts[1] += done.files();
                counts[2] += done.auditDetails();
                // held since the preview (a case opened meanwhile): counted as held
                counts[3] += batch.size() - done.people().size();
            }
        }
        RetentionRun run = run(id, false, reason, by, started, Instant.now(), tally, List.of());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update retention_run set finished_at = :finished, persons = :persons, files = :files,
                           audit_details = :details, on_hold = :held, by_category = cast(:categories as jsonb)
                     where id = :id""").setParameter("finished", run.finishedAt()).setParameter("persons", run.persons())
                    .setParameter("files", run.files()).setParameter("details", run.auditDetails())
                    .setParameter("held", run.onHold()).setParameter("categories", categoriesJson(run))
                    .setParameter("id", id).executeUpdate();
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, summary(run));
        });
        return run;
    }

    /** The runs, newest first. */
    @Transactional
    public List<RetentionRun> recent(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, dry_run, reason, started_by, started_at, finished_at, persons, files, audit_details, on_hold,
                       cast(by_category as text)
                  from retention_run order by started_at desc limit :limit""").setParameter("limit", limit).getResultList();
        return rows.stream().map(this::read).toList();
    }

    @Transactional
    public RetentionRun get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, dry_run, reason, started_by, started_at, finished_at, persons, files, audit_details, on_hold,
                       cast(by_category as text)
                  from retention_run where id = :id""").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.VIEW, AUDIT_TYPE, id, Map.of());
        return read(rows.get(0));
    }

    private RetentionRun read(Object[] row) {
        Map<RetentionCategory, RetentionRun.Tally> categories = new EnumMap<>(RetentionCategory.class);
        try {
            Map<String, Map<String, Number>> stored = json.readValue((String) row[10],
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Map<String, Number>>>() { });
            stored.forEach((category, counts) -> categories.put(RetentionCategory.valueOf(category),
                    new RetentionRun.Tally(counts.get("persons").longValue(), counts.get("files").longValue(),
                            counts.get("auditDetails").longValue(), counts.get("onHold").longValue())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new RetentionRun((UUID) row[0], (Boolean) row[1], (String) row[2], (String) row[3], NativeQueries.instant(row[4]),
                NativeQueries.instant(row[5]), ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                ((Number) row[8]).longValue(), ((Number) row[9]).longValue(), categories, List.of());
    }


    private void keep(RetentionRun run) {
        em.createNativeQuery("""
                insert into retention_run (id, dry_run, reason, started_by, started_at, finished_at, persons, files,
                                           audit_details, on_hold, by_category)
                values (:id, :dry, :reason, :by, :started, :finished, :persons, :files, :details, :held,
                        cast(:categories as jsonb))""").setParameter("id", run.id()).setParameter("dry", run.dryRun())
                .setParameter("reason", run.reason()).setParameter("by", run.startedBy())
                .setParameter("started", run.startedAt()).setParameter("finished", run.finishedAt())
                .setParameter("persons", run.persons()).setParameter("files", run.files())
                .setParameter("details", run.auditDetails()).setParameter("held", run.onHold())
                .setParameter("categories", categoriesJson(run)).executeUpdate();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, run.id(), summary(run));
    }

    private long filesOf(List<UUID> people) {
        return ((Number) em.createNativeQuery("select count(*) from document where person_id in (:people)"
                + " and files_destroyed_at is null").setParameter("people", people).getSingleResult()).longValue();
    }

    private static List<String> reasons(Candidates.Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        if (candidate.openCase()) {
            reasons.add("OPEN_CASE");
        }
        if (candidate.investigated()) {
            reasons.add("INVESTIGATION");
        }
        return reasons;
    }

    private static List<List<UUID>> batches(List<UUID> people) {
        List<List<UUID>> batches = new ArrayList<>();
        for (int from = 0; from < people.size(); from += BATCH) {
            batches.add(people.subList(from, Math.min(people.size(), from + BATCH)));
        }
        return batches;
    }

    private static RetentionRun run(UUID id, boolean dryRun, String reason, String by, Instant started, Instant finished,
            Map<RetentionCategory, long[]> tally, List<RetentionRun.Held> held) {
        Map<RetentionCategory, RetentionRun.Tally> categories = new EnumMap<>(RetentionCategory.class);
        long[] total = new long[4];
        tally.forEach((category, counts) -> {
            categories.put(category, new RetentionRun.Tally(counts[0], counts[1], counts[2], counts[3]));
            for (int i = 0; i < 4; i++) {
                total[i] += counts[i];
            }
        });
        return new RetentionRun(id, dryRun, reason, by, started, finished, total[0], total[1], total[2], total[3],
                categories, held);
    }

    private String categoriesJson(RetentionRun run) {
        try {
            return json.writeValueAsString(run.byCategory());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the trail keeps of a run: counts, never the people. */
    private static Map<String, Object> summary(RetentionRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dryRun", run.dryRun());
        summary.put("reason", run.reason() == null ? "" : run.reason());
        summary.put("persons", run.persons());
        summary.put("files", run.files());
        summary.put("auditDetails", run.auditDetails());
        summary.put("onHold", run.onHold());
        summary.put("byCategory", run.byCategory());
        return summary;
    }
}
