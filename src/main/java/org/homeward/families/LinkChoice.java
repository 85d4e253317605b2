package org.homeward.families;

/**
 * How the family-link form reads: "this person is [the mother of] HW-0000123". The stored types
 * read one way only, so "a child of" and "under the guardianship of" are stored from the other
 * side; for "a child of", the relative's sex tells mother from father.
 */
public enum LinkChoice {
    MOTHER_OF,
    FATHER_OF,
    CHILD_OF,
    SPOUSE_OF,
    SIBLING_OF,
    GUARDIAN_OF,
    WARD_OF;

    /** Whether the link is stored with the relative, not this person, as its subject. */
    boolean fromRelative() {
        return this == CHILD_OF || this == WARD_OF;
    }

    RelationshipType type(org.homeward.people.Sex relativeSex) {
        return switch (this) {
            case CHILD_OF -> relativeSex == org.homeward.people.Sex.F ? RelationshipType.MOTHER_OF
                    : RelationshipType.FATHER_OF;
            case WARD_OF -> RelationshipType.GUARDIAN_OF;
            default -> RelationshipType.valueOf(name());
        };
    }
}
