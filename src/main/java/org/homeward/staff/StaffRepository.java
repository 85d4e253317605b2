package org.homeward.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, UUID> {

    /** Loads the staff member with both scopes in one query: this runs on every request. */
    public Optional<Staff> findWithScope(String username) {
        return find("""
                select s from Staff s
                left join fetch s.facilityScope
                left join fetch s.nationalityScope
                where s.username = ?1 and s.replacedAt is null""", username).singleResultOptional();
    }

    public List<Staff> listWithScopes() {
        return find("""
                select distinct s from Staff s
                left join fetch s.facilityScope
                left join fetch s.nationalityScope
                where s.replacedAt is null
                order by s.username""").list();
    }

    /** Which of these codes name no facility (scopes refer to facilities by their stable code). */
    @SuppressWarnings("unchecked")
    public List<String> unknownFacilityCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> known = getEntityManager()
                .createNativeQuery("select code from facility where code in (:codes)", String.class)
                .setParameter("codes", codes)
                .getResultList();
        return codes.stream().filter(code -> !known.contains(code)).sorted().toList();
    }
}
