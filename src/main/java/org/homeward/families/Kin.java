package org.homeward.families;

/** What a relative is to the person being looked at: the stored link read from that person's side. */
public enum Kin {
    MOTHER,
    FATHER,
    CHILD,
    SPOUSE,
    SIBLING,
    GUARDIAN,
    WARD;

    /** The relative's kin when the link is "{@code subject} {@code type} {@code relative}". */
    static Kin of(RelationshipType type, boolean relativeIsSubject) {
        return switch (type) {
            case MOTHER_OF -> relativeIsSubject ? MOTHER : CHILD;
            case FATHER_OF -> relativeIsSubject ? FATHER : CHILD;
            case SPOUSE_OF -> SPOUSE;
            case SIBLING_OF -> SIBLING;
            case GUARDIAN_OF -> relativeIsSubject ? GUARDIAN : WARD;
        };
    }
}
