package org.homeward.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Folds the placement deltas the database appends on every change of a person (V30) into the
 * totals the lists read, every few seconds: the deltas stay few, and no request ever updates a
 * shared counter row (two movements did deadlock on them). One copy of the application at a time
 * (a transaction-scoped advisory lock tried, not waited for); a reader sums the totals and the
 * deltas not folded yet in one statement, so it counts every change once.
 */
@ApplicationScoped
public class PlacementCounts {

    @Inject
    EntityManager em;

    @Scheduled(every = "${homeward.counters.compact-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void compact() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('homeward.placement-counts'))")
                .getSingleResult();
        if (mine) {
            em.createNativeQuery("select person_placement_counts_compact()").getSingleResult();
        }
    }
}
