package org.homeward.people;

/** Kinds of identity documents seen in the field. */
public enum DocumentType {
    PASSPORT,
    NATIONAL_ID,
    BIRTH_CERTIFICATE,
    FAMILY_BOOK,
    OTHER
}
