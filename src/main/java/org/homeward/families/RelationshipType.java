package org.homeward.families;

/**
 * How two people are related, read from the first to the second: "A MOTHER_OF B". Stored once;
 * the other person sees the inverse ({@link Kin}).
 */
public enum RelationshipType {
    MOTHER_OF,
    FATHER_OF,
    SPOUSE_OF,
    SIBLING_OF,
    GUARDIAN_OF;

    public boolean parental() {
        return this == MOTHER_OF || this == FATHER_OF;
    }
}
