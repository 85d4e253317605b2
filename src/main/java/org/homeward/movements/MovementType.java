package org.homeward.movements;

public enum MovementType {
    ADMISSION,
    TRANSFER,
    HOSPITALISATION,
    RELEASE,
    REPATRIATION,
    DEATH,
    WHEREABOUTS_UNKNOWN;

    /** Movements that take the person to a facility. */
    public boolean needsDestination() {
        return this == ADMISSION || this == TRANSFER || this == HOSPITALISATION;
    }
}
