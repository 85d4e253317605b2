package org.homeward.people;

import java.util.Set;

import org.homeward.security.Roles;

/**
 * Alerts on a person. Medical and security flags are restricted (docs/adr/003-restricted-flags.md):
 * only case workers, who care for the person, and admins see or set them.
 */
public enum PersonFlag {
    MEDICAL(true),
    DISABILITY(false),
    PREGNANT(false),
    UNACCOMPANIED_CHILD(false),
    SEPARATED_CHILD(false),
    ELDERLY(false),
    SECURITY(true);

    static final Set<String> ROLES_SEEING_RESTRICTED = Set.of(Roles.CASEWORKER, Roles.ADMIN);

    private final boolean restricted;

    PersonFlag(boolean restricted) {
        this.restricted = restricted;
    }

    public boolean restricted() {
        return restricted;
    }
}
