package org.homeward.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * How rare each name key is in the registry: a match on a rare family name tells more than one on
 * Mohammed, which 90,000 people share. Counted in the background into {@code name_key_frequency}
 * (replaced in one transaction, so a search reads the old counts until the new ones commit, and
 * never waits); a key not counted yet is taken as rare, which only ranks a new name a little high.
 */
@ApplicationScoped
public class NameKeyRarity {

    private static final Logger LOG = Logger.getLogger(NameKeyRarity.class);
    /** The row holding the number of people counted. */
    private static final String EVERYONE = "";

    @Inject
    EntityManager em;

    @Scheduled(every = "${homeward.search.rarity-every:1h}", delay = 20, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long started = System.nanoTime();
        refresh();
        LOG.debugf("Name key rarity counted in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Counts every primary key of every record (alternate, broad and near keys and blocks are not counted). */
    @Transactional
    public void refresh() {
        em.createNativeQuery("delete from name_key_frequency").executeUpdate();
        em.createNativeQuery("""
                insert into name_key_frequency (key, people)
                select k, count(*) from person p, unnest(p.name_key_list) k
                 where p.merged_into is null and left(k, 1) not in ('+', '~', '-', '=')
                 group by k""").executeUpdate();
        em.createNativeQuery("insert into name_key_frequency (key, people)"
                + " select :everyone, count(*) from person where merged_into is null")
                .setParameter("everyone", EVERYONE).executeUpdate();
    }

    /**
     * The weight of each key as evidence: the log of how many people there are for each one who
     * carries it (inverse document frequency), at least 1. It is counted over the whole registry
     * — how common a name is, not who carries it — and rounded down to a whole number (each step
     * a factor of e in frequency), so that the order of the records a caller may see tells as
     * little as possible of the ones they may not (docs/adr/015).
     */
    Map<String, Double> weights(Collection<String> keys) {
        Map<String, Double> weights = new HashMap<>();
        if (keys.isEmpty()) {
            return weights;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key, people from name_key_frequency where key in (:keys)")
                .setParameter("keys", withEveryone(keys))
                .getResultList();
        Map<String, Long> counted = new HashMap<>();
        rows.forEach(row -> counted.put((String) row[0], ((Number) row[1]).longValue()));
        long everyone = Math.max(1, counted.getOrDefault(EVERYONE, 1L));
        for (String key : keys) {
            long people = counted.getOrDefault(key, 0L);
            weights.put(key, Math.max(1.0, Math.floor(Math.log((everyone + 1.0) / (people + 1.0)))));
        }
        return weights;
    }

    private static List<String> withEveryone(Collection<String> keys) {
        List<String> all = new java.util.ArrayList<>(keys.stream().distinct().toList());
        all.add(EVERYONE);
        return all;
    }
}
