package org.homeward.duplicates;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.families.Relative;
import org.homeward.families.RelationshipService;
import org.homeward.access.Caller;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.PageOf;
import org.jboss.logging.Logger;

/**
 * The admins' duplicate queue. A pass over the whole registry (in the background, one SQL
 * statement, {@link DuplicatePass}) proposes pairs of records that may be one person, scored by
 * the evidence that tells namesakes apart. Pairs are kept: one decided "not the same person" is
 * never shown again, however many passes follow.
 */
@ApplicationScoped
public class DuplicateQueue {

    static final String AUDIT_TYPE = "DUPLICATES";
    private static final Logger LOG = Logger.getLogger(DuplicateQueue.class);

    /** Why two records are paired. */
    public enum Reason {
        NAMES,
        /** Few others carry the same name. */
        RARE_NAME,
        SEX,
        /** Dates of birth within a year of each other. */
        BORN,
        SAME_DAY,
        DOCUMENT,
        BIRTHPLACE,
        /** A relative in common (the same mother, father, spouse…). */
        RELATIVE,
        NATIONALITY
    }

    /** A pair in the queue, both people shown (admins see everyone). */
    public record Pair(UUID id, Relative first, Relative second, double score, List<Reason> reasons,
            Instant foundAt) {

        public long percent() {
            return Math.round(score * 100);
        }
    }

    public record Scan(UUID id, String startedBy, Instant startedAt, Instant finishedAt, Integer pairsFound,
            String failure) {

        public boolean running() {
            return finishedAt == null;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    RelationshipService relationshipService;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ManagedExecutor executor;

    /**
     * Starts a pass over the registry in the background, unless one is running; answers it. Not
     * one transaction: the scan row is committed first, and the pass runs on its own, outside the
     * request's transaction (a connection must never be shared between the two threads).
     */
    public Scan start() {
        Scan running = latest();
        if (running != null && running.running()) {
            return running;
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String by = caller.username();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into duplicate_scan (id, started_by, started_at) values (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, by).setParameter(3, now).executeUpdate();
            audit.record(AuditAction.CREATE, AUDIT_TYPE, id, Map.of("scan", "started"));
        });
        executor.runAsync(() -> run(id));
        return new Scan(id, by, now, null, null, null);
    }

    void run(UUID scan) {
        try {
            int found = QuarkusTransaction.requiringNew().timeout(3600).call(() -> em.createNativeQuery(DuplicatePass.SQL)
                    .setParameter("rare", DuplicatePass.RARE).setParameter("block", DuplicatePass.BLOCK)
                    .setParameter("shown", DuplicatePass.SHOWN).executeUpdate());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update duplicate_scan set finished_at = now(), pairs_found = ?1 where id = ?2")
                    .setParameter(1, found).setParameter(2, scan).executeUpdate());
            LOG.infof("Duplicate pass %s: %d new pairs", scan, found);
        } catch (RuntimeException failed) {
            LOG.errorf(failed, "Duplicate pass %s failed", scan);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update duplicate_scan set finished_at = now(), failure = ?1 where id = ?2")
                    .setParameter(1, String.valueOf(failed.getMessage()).substring(0,
                            Math.min(500, String.valueOf(failed.getMessage()).length())))
                    .setParameter(2, scan).executeUpdate());
        }
    }

    public Scan latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, started_by, started_at, finished_at, pairs_found,"
                + " failure from duplicate_scan order by started_at desc limit 1").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Scan((UUID) row[0], (String) row[1], NativeQueries.instant(row[2]), NativeQueries.instant(row[3]),
                row[4] == null ? null : ((Number) row[4]).intValue(), (String) row[5]);
    }

    /** Undecided pairs: a pair with a record merged into a third is no longer a question. */
    private static final String OPEN = " from duplicate_pair d where d.decision is null and not exists (select 1 from person p"
            + " where p.id in (d.person_a, d.person_b) and p.merged_into is not null)";

    /** How many undecided pairs {@link #pairs} lists: a count on the admin's home. */
    public long waiting() {
        return ((Number) em.createNativeQuery("select count(*)" + OPEN).getSingleResult()).longValue();
    }

    /** Undecided pairs, newest first, the likeliest first among those found together. */
    public PageOf<Pair> pairs(int page, int size) {
        long total = waiting();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select d.id, d.person_a, d.person_b, d.score, d.reasons, d.found_at"
                + OPEN + " order by d.found_at desc, d.score desc, d.id limit :limit offset :offset").setParameter("limit", size)
                .setParameter("offset", (long) page * size).getResultList();
        List<UUID> ids = new ArrayList<>();
        rows.forEach(row -> {
            ids.add((UUID) row[1]);
            ids.add((UUID) row[2]);
        });
        Map<UUID, Relative> shown = relationshipService.visibleRelatives(ids);
        List<Pair> pairs = new ArrayList<>();
        for (Object[] row : rows) {
            pairs.add(new Pair((UUID) row[0], shown.get((UUID) row[1]), shown.get((UUID) row[2]),
                    ((Number) row[3]).doubleValue(),
                    java.util.Arrays.stream(((String) row[4]).split(",")).map(Reason::valueOf).toList(),
                    NativeQueries.instant(row[5])));
        }
        audit.disclosed(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("page", page, "total", total,
                "people", ids.stream().distinct().toList()), shown.keySet());
        return new PageOf<>(pairs, page, size, total);
    }

    /** "Not the same person": remembered, the pair never shown again. */
    @Transactional
    public void notTheSame(UUID pair) {
        int updated = em.createNativeQuery("update duplicate_pair set decision = 'NOT_SAME', decided_by = ?1,"
                + " decided_at = now() where id = ?2 and decision is null")
                .setParameter(1, caller.username()).setParameter(2, pair).executeUpdate();
        if (updated == 0) {
            throw new NotFoundException();
        }
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, pair, Map.of("decision", "NOT_SAME"));
    }
}
