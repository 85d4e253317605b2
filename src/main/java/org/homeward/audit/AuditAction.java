package org.homeward.audit;

public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    ACCESS_REFUSED,
    LOGIN,
    /** A staff account created, bound to its login, or replaced by a new account under its username. */
    ACCOUNT_CHANGE,
    /** Roles seen in a staff member's token that differ from those last seen. */
    ROLE_CHANGE,
    /** Facilities or nationalities assigned to a staff member by an admin. */
    SCOPE_CHANGE
}
