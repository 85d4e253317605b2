package org.homeward.repatriation;

/**
 * Where a repatriation case stands (shared/API.md). The path runs from IDENTIFIED to COMPLETED;
 * ON_HOLD pauses it (and resumes where it was); REJECTED and WITHDRAWN end it.
 */
public enum Stage {
    IDENTIFIED,
    REQUESTED,
    NATIONALITY_VERIFICATION,
    CONSULAR_INTERVIEW,
    DOCUMENTS,
    APPROVED,
    HANDOVER_SCHEDULED,
    COMPLETED,
    ON_HOLD,
    REJECTED,
    WITHDRAWN;

    /** Days a stage may take before the case shows as overdue. */
    static final int DAYS_PER_STAGE = 30;

    public boolean onPath() {
        return ordinal() <= COMPLETED.ordinal();
    }

    public boolean closed() {
        return this == COMPLETED || this == REJECTED || this == WITHDRAWN;
    }

    /** The next stage on the path, if any. */
    public Stage next() {
        return onPath() && this != COMPLETED ? values()[ordinal() + 1] : null;
    }

    /** Whether a case at this stage has gone past {@code other} on the path. */
    boolean atOrBeyond(Stage other) {
        return onPath() && ordinal() >= other.ordinal();
    }
}
