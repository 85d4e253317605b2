package org.homeward.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Staff accounts as access needs them: bound to the OIDC subject, never to the username, so that a
 * new account given an old username inherits nothing. An admin may scope a username before its
 * first login; the first login of that username binds the entry. A different subject arriving with
 * a username already bound replaces the old entry (kept, marked replaced) with a new, empty one.
 */
@ApplicationScoped
class StaffAccounts {

    record Account(UUID id, AccessScope scope) {
        static final Account NONE = new Account(null, AccessScope.NOTHING);
    }

    @Inject
    EntityManager em;

    @Inject
    Event<AccessEvent> events;

    /** The account of this subject, with its scope; recorded (and audited) when first seen. */
    @Transactional
    Account seen(String subject, String username, String displayName, Set<String> roles) {
        String roleList = String.join(",", roles);
        Object[] row = find(subject);
        if (row == null) {
            row = bindOrCreate(subject, username, displayName, roles, roleList);
        }
        if (row == null) {
            return Account.NONE;
        }
        UUID id = (UUID) row[0];
        String seenRoles = (String) row[3];
        if (!roleList.equals(seenRoles)) {
            em.createNativeQuery("update staff set roles = ?1 where id = ?2").setParameter(1, roleList)
                    .setParameter(2, id).executeUpdate();
            if (seenRoles != null) {
                events.fire(new AccessEvent(AccessEvent.Kind.ROLES_CHANGED, username, roles, username,
                        Map.of("before", seenRoles, "after", roleList)));
            }
        }
        return new Account(id, new AccessScope(codes(row[1]), codes(row[2])));
    }

    /** Records a browser login; the account is bound first if this is its first one. */
    @Transactional
    void loggedIn(String subject, String username, String displayName, Set<String> roles) {
        seen(subject, username, displayName, roles);
        em.createNativeQuery("""
                update staff set last_login_at = ?1, display_name = coalesce(?2, display_name), version = version + 1
                 where subject = ?3""")
                .setParameter(1, Instant.now()).setParameter(2, displayName).setParameter(3, subject).executeUpdate();
        events.fire(new AccessEvent(AccessEvent.Kind.LOGIN, username, roles, username, Map.of()));
    }

    private Object[] find(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id,
                       array(select f.facility_code from staff_facility_scope f where f.staff_id = s.id),
                       array(select n.country from staff_nationality_scope n where n.staff_id = s.id),
                       s.roles
                  from staff s where s.subject = ?1""").setParameter(1, subject).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Binds an entry an admin prepared for this username, or replaces an entry bound to another
     * subject, or creates one. Two first requests racing each other end with one entry: the
     * statements are guarded by the unique subject and current-username constraints.
     */
    private Object[] bindOrCreate(String subject, String username, String displayName, Set<String> roles,
            String roleList) {
        int bound = em.createNativeQuery("""
                update staff set subject = ?1, display_name = coalesce(?2, display_name), last_login_at = now(),
                       version = version + 1
                 where username = ?3 and subject is null and replaced_at is null""")
                .setParameter(1, subject).setParameter(2, displayName).setParameter(3, username).executeUpdate();
        if (bound > 0) {
            events.fire(new AccessEvent(AccessEvent.Kind.ACCOUNT_BOUND, username, roles, username, Map.of()));
            return find(subject);
        }
        int replaced = em.createNativeQuery("""
                update staff set replaced_at = ?1, version = version + 1
                 where username = ?2 and subject <> ?3 and replaced_at is null""")
                .setParameter(1, Instant.now()).setParameter(2, username).setParameter(3, subject).executeUpdate();
        if (replaced > 0) {
            events.fire(new AccessEvent(AccessEvent.Kind.ACCOUNT_REPLACED, username, roles, username,
                    Map.of("reason", "a new login account holds this username; the old one keeps its history")));
        }
        int created = em.createNativeQuery("""
                insert into staff (id, username, subject, display_name, roles, last_login_at)
                values (?1, ?2, ?3, ?4, ?5, now()) on conflict do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, username).setParameter(3, subject)
                .setParameter(4, displayName).setParameter(5, roleList).executeUpdate();
        if (created > 0) {
            Map<String, Object> details = new HashMap<>();
            details.put("roles", roleList);
            events.fire(new AccessEvent(AccessEvent.Kind.ACCOUNT_CREATED, username, roles, username, details));
        }
        return find(subject);
    }

    /** A text array as the driver hands it over. */
    private static Set<String> codes(Object array) {
        return Arrays.stream((Object[]) array).map(Object::toString).collect(java.util.stream.Collectors.toSet());
    }
}
