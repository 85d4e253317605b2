package org.homeward.access;

import java.util.Map;
import java.util.Set;

/**
 * Something about a staff member's access that the audit trail keeps: a login; an account seen for
 * the first time, bound to its login, replaced or renamed; roles that changed since last seen.
 * Raised here, written by the audit trail (which knows this package; this package knows no feature).
 */
public record AccessEvent(Kind kind, String actor, Set<String> actorRoles, String account, Map<String, Object> details) {

    public enum Kind {
        LOGIN,
        ACCOUNT_CREATED,
        ACCOUNT_BOUND,
        ACCOUNT_REPLACED,
        ACCOUNT_RENAMED,
        ROLES_CHANGED
    }
}
