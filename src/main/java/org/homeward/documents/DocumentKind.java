package org.homeward.documents;

import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.homeward.repatriation.CheckItem;

/** What a file of a person (or of a case's checklist) is. */
public enum DocumentKind {
    PHOTO,
    IDENTITY_DOCUMENT,
    BIRTH_CERTIFICATE,
    MARRIAGE_CERTIFICATE,
    DNA_REPORT,
    /** Seen only by the roles that see medical flags. */
    MEDICAL,
    CONSENT_FORM,
    OTHER;

    /** The kind a form or request names; a name that is none of them is refused (400) on {@code kind}. */
    static DocumentKind read(String kind, LocalizedText text) {
        FieldErrors errors = new FieldErrors();
        DocumentKind chosen = new TypedValues(errors, text).choice(DocumentKind.class, kind, "kind");
        errors.throwIfAny();
        return chosen;
    }

    /** Restricted as medical flags are: only roles that may see those may see such a file. */
    boolean restricted() {
        return this == MEDICAL;
    }

    /** What a file kept as evidence of a checklist item is. */
    static DocumentKind of(CheckItem item) {
        return switch (item) {
            case CONSENT -> CONSENT_FORM;
            case TRAVEL_DOCUMENT -> IDENTITY_DOCUMENT;
            default -> OTHER;
        };
    }
}
