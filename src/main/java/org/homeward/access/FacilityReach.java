package org.homeward.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Which facilities a scope reaches: each assigned facility with all its sections, read in one query. */
@ApplicationScoped
class FacilityReach {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    Set<UUID> within(AccessScope scope) {
        if (scope.allFacilities()) {
            return Set.copyOf((List<UUID>) em.createNativeQuery("select id from facility", UUID.class).getResultList());
        }
        if (scope.facilityCodes().isEmpty()) {
            return Set.of();
        }
        return Set.copyOf((List<UUID>) em.createNativeQuery("""
                with recursive reach (id) as (
                    select id from facility where code in (:codes)
                    union
                    select f.id from facility f join reach r on f.parent_id = r.id)
                select id from reach""", UUID.class).setParameter("codes", scope.facilityCodes()).getResultList());
    }
}
