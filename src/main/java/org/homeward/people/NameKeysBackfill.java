package org.homeward.people;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * People registered before name search existed (V9) have no name keys yet: they are given them at
 * startup, a thousand at a time. Every registration and edit since computes them itself.
 */
@jakarta.enterprise.context.ApplicationScoped
public class NameKeysBackfill {

    private static final Logger LOG = Logger.getLogger(NameKeysBackfill.class);
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent started) {
        int filled = 0;
        for (int done = QuarkusTransaction.requiringNew().call(this::batch); done > 0;
                done = QuarkusTransaction.requiringNew().call(this::batch)) {
            filled += done;
        }
        if (filled > 0) {
            LOG.infof("Name search: keys computed for %d people registered before it existed", filled);
        }
    }

    int batch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.given_name, p.father_name, p.grandfather_name, p.family_name, p.given_name_ar,
                       p.father_name_ar, p.grandfather_name_ar, p.family_name_ar,
                       (select string_agg(a.alias, '|') from person_alias a where a.person_id = p.id)
                  from person p where p.name_keys = '' limit :batch""").setParameter("batch", BATCH).getResultList();
        for (Object[] row : rows) {
            String keys = NameKeys.keyText(new NameKeys.Names((String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                    row[9] == null ? List.of() : List.of(((String) row[9]).split("\\|"))));
            // a name with no key at all (a lone initial) is marked so that it is not read again
            em.createNativeQuery("update person set name_keys = :keys where id = :id")
                    .setParameter("keys", keys.isEmpty() ? "-" : keys).setParameter("id", row[0]).executeUpdate();
        }
        return rows.size();
    }
}
