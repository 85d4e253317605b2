package org.homeward.audit;

public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    ACCESS_REFUSED
}
