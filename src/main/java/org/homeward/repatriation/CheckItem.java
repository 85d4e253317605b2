package org.homeward.repatriation;

/**
 * The checklist of a case. Most items concern one subject; the handover ones the whole case.
 * Filiation is not recorded here: it follows from the family links and their evidence.
 */
public enum CheckItem {
    /** Consent to share the person's data with the destination state (the case's country). */
    CONSENT(true),
    /** The person's nationality of the destination state verified; sets it VERIFIED on the person. */
    NATIONALITY_VERIFIED(true),
    /** For a child who would be separated from a parent: the best-interests determination. */
    BEST_INTERESTS(true),
    MEDICAL_CLEARANCE(true),
    /** Type, number and expiry of the travel document. */
    TRAVEL_DOCUMENT(true),
    /** Date, crossing point or flight, receiving authority. */
    HANDOVER_DETAILS(false),
    /** The signed handover protocol's reference. */
    HANDOVER_PROTOCOL(false);

    private final boolean perPerson;

    CheckItem(boolean perPerson) {
        this.perPerson = perPerson;
    }

    public boolean perPerson() {
        return perPerson;
    }

    /**
     * Items whose evidence is a file kept with the case (ADR 020): the signed consent, the
     * best-interests determination, the travel document, the signed handover protocol.
     */
    public boolean takesFiles() {
        return this == CONSENT || this == BEST_INTERESTS || this == TRAVEL_DOCUMENT || this == HANDOVER_PROTOCOL;
    }

    /** Items a case worker may record (the care side); the rest is the officers' work. */
    public boolean caseworkerMayRecord() {
        return this == CONSENT || this == MEDICAL_CLEARANCE;
    }
}
