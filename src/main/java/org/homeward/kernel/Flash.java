package org.homeward.kernel;

import java.util.Arrays;

/**
 * The one-line confirmation shown after a successful post/redirect/get. Travels as a query
 * parameter naming one of these, so no free text from a URL is ever shown to the user.
 */
public enum Flash {
    CREATED,
    SAVED,
    SCOPE_SAVED,
    MOVEMENT_RECORDED,
    TRANSFERRED,
    LINKED,
    LINK_DOUBTFUL,
    LINK_REMOVED,
    HOUSEHOLD_SAVED,
    FAMILY_REGISTERED,
    FLAG_CONFIRMED,
    MERGED,
    UNMERGED,
    DOCUMENT_ADDED,
    DOCUMENT_REMOVED,
    DOCUMENT_RESTORED,
    IMPORT_COMMITTED,
    IMPORT_DISCARDED,
    ANONYMIZED,
    LOCKDOWN_ASKED,
    LOCKDOWN_IN_FORCE,
    LOCKDOWN_LIFT_ASKED,
    LOCKDOWN_LIFTED;

    public String param() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Flash fromParam(String value) {
        return Arrays.stream(values()).filter(flash -> flash.param().equals(value)).findFirst().orElse(null);
    }
}
