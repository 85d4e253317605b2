package org.homeward.imports;

import java.util.EnumSet;
import java.util.Set;

import static org.homeward.imports.ImportField.*;

/**
 * What the rows of a file are, and the fields each kind reads. PERSONS registers people with their
 * admission (and, by a row of the same file, their family); the other kinds change people already
 * registered, found by registration number: a movement each, a nationality claim with its document
 * number, a family link between two people.
 */
public enum ImportKind {
    PERSONS(EnumSet.of(GIVEN_NAME, FATHER_NAME, GRANDFATHER_NAME, FAMILY_NAME, ALIASES, SEX, DATE_OF_BIRTH,
            PLACE_OF_BIRTH, NATIONALITY, CATEGORY, FACILITY, ADMISSION_DATE, DOCUMENT_NUMBER, RELATIONSHIP, RELATED_ROW)),
    MOVEMENTS(EnumSet.of(REGISTRATION_NUMBER, MOVEMENT_TYPE, DESTINATION, MOVEMENT_DATE, NOTE)),
    NATIONALITIES(EnumSet.of(REGISTRATION_NUMBER, NATIONALITY, DOCUMENT_TYPE, DOCUMENT_NUMBER)),
    FAMILY_LINKS(EnumSet.of(REGISTRATION_NUMBER, RELATIONSHIP, RELATIVE_NUMBER, EVIDENCE));

    private final Set<ImportField> fields;

    ImportKind(Set<ImportField> fields) {
        this.fields = fields;
    }

    public boolean reads(ImportField field) {
        return fields.contains(field);
    }

    /** The fields a column of this kind of file may be mapped to, in the order the mapping form offers them. */
    public java.util.List<ImportField> fields() {
        return java.util.List.copyOf(fields);
    }

    /** Whether the rows register people (and so may be people already registered). */
    public boolean registers() {
        return this == PERSONS;
    }
}
