package org.homeward.security;

import java.time.Instant;
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
                where s.username = ?1""", username).singleResultOptional();
    }

    public List<Staff> listWithScopes() {
        return find("""
                select distinct s from Staff s
                left join fetch s.facilityScope
                left join fetch s.nationalityScope
                order by s.username""").list();
    }

    /**
     * Records a login in one statement, so that two first requests of a new user racing each
     * other cannot create the row twice.
     */
    public void upsertLogin(String username, String subject, String displayName, Instant at) {
        getEntityManager().createNativeQuery("""
                insert into staff (id, username, subject, display_name, last_login_at)
                values (:id, :username, :subject, :displayName, :at)
                on conflict (username) do update
                   set subject = coalesce(excluded.subject, staff.subject),
                       display_name = coalesce(excluded.display_name, staff.display_name),
                       last_login_at = excluded.last_login_at,
                       version = staff.version + 1""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("username", username)
                .setParameter("subject", subject)
                .setParameter("displayName", displayName)
                .setParameter("at", at)
                .executeUpdate();
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
