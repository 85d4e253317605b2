package org.homeward.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Folds the deltas the database appends on every change of a person or a movement (V30: the
 * lists' placement totals; V31: the statistics' population grid and movements by day) into the
 * totals they are read from, every few seconds: the deltas stay few, and no request ever updates a
 * shared counter row (two movements did deadlock on them). One copy of the application at a time
 * (the function's advisory lock, tried, not waited for); a reader sums the totals and the
 * deltas not folded yet in one statement, so it counts every change once.
 */
@ApplicationScoped
public class CounterCompaction {

    @Inject
    EntityManager em;

    @Scheduled(every = "${homeward.counters.compact-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void compact() {
        // another copy folding now: this turn is skipped, not waited for
        em.createNativeQuery("select counters_compact(false)").getSingleResult();
    }
}
