package org.homeward.people;

/**
 * Alerts on a person. Medical and security flags are restricted (docs/adr/003-restricted-flags.md):
 * only case workers, who care for the person, and admins see or set them ({@code Caller.maySeeRestrictedFlags}).
 */
public enum PersonFlag {
    MEDICAL(true),
    DISABILITY(false),
    PREGNANT(false),
    UNACCOMPANIED_CHILD(false),
    SEPARATED_CHILD(false),
    ELDERLY(false),
    SECURITY(true),
    /** An investigation is open: the record is on legal hold, never anonymized by a retention run. */
    INVESTIGATION(true);

    private final boolean restricted;

    PersonFlag(boolean restricted) {
        this.restricted = restricted;
    }

    public boolean restricted() {
        return restricted;
    }
}
