package org.homeward.people;

/** Where a person stands, always derived from their movements (MovementService). */
public enum PersonStatus {
    IN_CUSTODY,
    IN_CAMP,
    HOSPITALISED,
    RELEASED,
    REPATRIATED,
    TRANSFERRED_OUT,
    DECEASED,
    WHEREABOUTS_UNKNOWN
}
