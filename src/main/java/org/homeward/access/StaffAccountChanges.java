package org.homeward.access;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What changes a staff account, each change audited, each in a short transaction of its own (a
 * request that first sees a change does not keep the row locked while it works). Two first requests
 * of one account racing each other end with one entry: every statement is guarded by the unique
 * subject and current-username constraints, and changes only what is still to change.
 */
@ApplicationScoped
class StaffAccountChanges {

    @Inject
    EntityManager em;

    @Inject
    Event<AccessEvent> events;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void record(String subject, String username, String displayName, Set<String> roles, StaffAccounts.Row seen) {
        String roleList = String.join(",", roles);
        if (seen == null) {
            bindOrCreate(subject, username, displayName, roles, roleList);
            return;
        }
        if (!seen.username().equals(username)) {
            renamed(subject, seen.username(), username, roles);
        }
        int changed = em.createNativeQuery("update staff set roles = ?1 where subject = ?2 and roles is distinct from ?1")
                .setParameter(1, roleList).setParameter(2, subject).executeUpdate();
        if (changed > 0 && seen.roles() != null) {
            events.fire(new AccessEvent(AccessEvent.Kind.ROLES_CHANGED, username, roles, username,
                    Map.of("before", seen.roles(), "after", roleList)));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void loggedIn(String subject, String username, String displayName, Set<String> roles) {
        em.createNativeQuery("""
                update staff set last_login_at = ?1, display_name = coalesce(?2, display_name), version = version + 1
                 where subject = ?3 and replaced_at is null""")
                .setParameter(1, Instant.now()).setParameter(2, displayName).setParameter(3, subject).executeUpdate();
        events.fire(new AccessEvent(AccessEvent.Kind.LOGIN, username, roles, username, Map.of()));
    }

    /**
     * The login server gave the account another username: the entry follows it, unless another
     * current entry holds that name (then the admin sees both and decides).
     */
    private void renamed(String subject, String before, String after, Set<String> roles) {
        int renamed = em.createNativeQuery("""
                update staff set username = ?1, version = version + 1
                 where subject = ?2 and replaced_at is null
                   and not exists (select 1 from staff o where o.username = ?1 and o.replaced_at is null)""")
                .setParameter(1, after).setParameter(2, subject).executeUpdate();
        if (renamed > 0) {
            events.fire(new AccessEvent(AccessEvent.Kind.ACCOUNT_RENAMED, after, roles, after,
                    Map.of("before", before, "after", after)));
        }
    }

    /**
     * Binds an entry an admin prepared for this username, or replaces an entry bound to another
     * subject (kept, marked replaced, reaching nothing), or creates one.
     */
    private void bindOrCreate(String subject, String username, String displayName, Set<String> roles,
            String roleList) {
        int bound = em.createNativeQuery("""
                update staff set subject = ?1, display_name = coalesce(?2, display_name), last_login_at = now(),
                       roles = ?4, version = version + 1
                 where username = ?3 and subject is null and replaced_at is null""")
                .setParameter(1, subject).setParameter(2, displayName).setParameter(3, username)
                .setParameter(4, roleList).executeUpdate();
        if (bound > 0) {
            events.fire(new AccessEvent(AccessEvent.Kind.ACCOUNT_BOUND, username, roles, username, Map.of()));
            return;
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
    }
}
