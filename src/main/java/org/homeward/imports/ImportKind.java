package org.homeward.imports;

/**
 * What the rows of a file are. PERSONS registers people with their admission; the other kinds
 * of the contract (movements, nationality claims, family links) are not read yet and are refused
 * by name.
 */
public enum ImportKind {
    PERSONS,
    MOVEMENTS,
    NATIONALITIES,
    FAMILY_LINKS;

    public boolean isRead() {
        return this == PERSONS;
    }
}
