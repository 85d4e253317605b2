package org.homeward.audit;

public enum AuditAction {
    VIEW,
    SEARCH,
    CREATE,
    UPDATE,
    ACCESS_REFUSED
}
