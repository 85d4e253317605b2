package org.homeward.access;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Staff accounts as access needs them: bound to the OIDC subject, never to the username, so that a
 * new account given an old username inherits nothing. Reading an account is one query; what
 * changes an account (first sight, a bound username, new roles, a new username) is written by
 * {@link StaffAccountChanges} in a transaction of its own, so that no request holds a lock on a
 * staff row until it commits.
 */
@ApplicationScoped
class StaffAccounts {

    /** What a request needs of its caller's account. */
    record Account(AccessScope scope) {
        static final Account NONE = new Account(AccessScope.NOTHING);
    }

    /** A staff row as read. {@code replaced}: a newer account holds its username; it reaches nothing. */
    record Row(String username, Set<String> facilities, Set<String> nationalities, String roles, boolean replaced) {
    }

    @Inject
    EntityManager em;

    @Inject
    StaffAccountChanges changes;

    /** The account of this subject, with its scope; recorded (and audited) when first seen or changed. */
    Account seen(String subject, String username, String displayName, Set<String> roles) {
        if (subject == null) {
            return Account.NONE;
        }
        Row row = find(subject);
        if (row == null || !row.replaced() && (!String.join(",", roles).equals(row.roles())
                || !row.username().equals(username))) {
            changes.record(subject, username, displayName, roles, row);
            row = find(subject);
        }
        return row == null || row.replaced() ? Account.NONE
                : new Account(new AccessScope(row.facilities(), row.nationalities()));
    }

    /** Records a browser login; the account is bound first if this is its first one. */
    void loggedIn(String subject, String username, String displayName, Set<String> roles) {
        seen(subject, username, displayName, roles);
        changes.loggedIn(subject, username, displayName, roles);
    }

    Row find(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.username,
                       array(select f.facility_code from staff_facility_scope f where f.staff_id = s.id),
                       array(select n.country from staff_nationality_scope n where n.staff_id = s.id),
                       s.roles, s.replaced_at is not null
                  from staff s where s.subject = ?1""").setParameter(1, subject).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new Row((String) row[0], codes(row[1]), codes(row[2]), (String) row[3], (Boolean) row[4]);
    }

    /** A text array as the driver hands it over. */
    private static Set<String> codes(Object array) {
        return Arrays.stream((Object[]) array).map(Object::toString).collect(Collectors.toSet());
    }
}
