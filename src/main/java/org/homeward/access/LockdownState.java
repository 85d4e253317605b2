package org.homeward.access;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Which emergency lock-downs are in force (confirmed by a second admin, not lifted), read from the
 * database on every request that asks, so that every copy of the application cuts access at the
 * same moment (docs/adr/023-retention-anonymization-and-lockdowns.md). A lock-down of a facility
 * covers the sections under it.
 */
@ApplicationScoped
public class LockdownState {

    @Inject
    EntityManager em;

    /** Whether any lock-down is in force: exports stop everywhere while one is. */
    @Transactional
    public boolean anyInForce() {
        return (Boolean) em.createNativeQuery("select exists (select 1 from lockdown"
                + " where confirmed_at is not null and lifted_at is null)").getSingleResult();
    }

    /** Whether a lock-down in force covers the whole deployment, or one of these facilities. */
    @Transactional
    boolean covers(Set<UUID> facilities) {
        return (Boolean) em.createNativeQuery("""
                with recursive locked(id, whole) as (
                    select facility_id, facility_id is null from lockdown where confirmed_at is not null and lifted_at is null
                    union
                    select f.id, false from facility f join locked l on f.parent_id = l.id)
                select exists (select 1 from locked where whole or id in (:facilities))""")
                .setParameter("facilities", facilities.isEmpty() ? Set.of(new UUID(0, 0)) : facilities).getSingleResult();
    }
}
