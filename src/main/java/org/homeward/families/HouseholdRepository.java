package org.homeward.families;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    public String nextHouseholdNumber() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('household_number_seq')")
                .getSingleResult();
        return String.format("HH-%07d", next.longValue());
    }

    /** Current and past memberships of a household, in the order people joined. */
    public List<HouseholdMembership> memberships(UUID householdId) {
        return getEntityManager().createQuery("from HouseholdMembership m where m.householdId = :household"
                + " order by m.joinedAt, m.id", HouseholdMembership.class)
                .setParameter("household", householdId).getResultList();
    }

    public Optional<HouseholdMembership> currentMembership(UUID personId) {
        return getEntityManager().createQuery("from HouseholdMembership m where m.personId = :person"
                + " and m.leftAt is null", HouseholdMembership.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    public List<HouseholdMembership> currentMemberships(Collection<UUID> householdIds) {
        return householdIds.isEmpty() ? List.of()
                : getEntityManager().createQuery("from HouseholdMembership m where m.householdId in :households"
                        + " and m.leftAt is null", HouseholdMembership.class)
                        .setParameter("households", householdIds).getResultList();
    }

    public void add(HouseholdMembership membership) {
        getEntityManager().persist(membership);
    }
}
