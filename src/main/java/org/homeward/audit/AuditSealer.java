package org.homeward.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Chains the audit trail off the request path: every second, the events of transactions that have
 * ended are sealed in commit order by the database function {@code audit_seal_committed} (V17).
 * One sealer at a time across every copy of the application, held by a transaction-scoped advisory
 * lock that no request takes; a copy that finds it taken skips its turn.
 */
@ApplicationScoped
public class AuditSealer {

    private static final long SEALER_LOCK = 0x486f6d65776172L;

    @Inject
    EntityManager em;

    @Inject
    AuditCheckpoints checkpoints;

    @Scheduled(every = "${homeward.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealOnSchedule() {
        seal();
    }

    @Scheduled(every = "${homeward.audit.checkpoint-every:10m}", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkpointOnSchedule() {
        checkpoints.write();
    }

    /** Seals what can be sealed now; answers how many events (none when another copy holds the sealer's lock). */
    @Transactional
    public int seal() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SEALER_LOCK).getSingleResult();
        return mine ? ((Number) em.createNativeQuery("select audit_seal_committed()").getSingleResult()).intValue() : 0;
    }
}
