package org.homeward.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A registered person. {@link #status} and {@link #currentFacilityId} are never set directly:
 * they follow from the movement history (MovementService), and are stored for fast lists.
 */
@Entity
@Table(name = "person")
public class Person {

    /** The record kind of a person in the audit trail. */
    public static final String AUDIT_TYPE = "PERSON";

    @Id
    public UUID id;

    /** Human-readable, unique, never reused (from a database sequence). */
    @Column(name = "registration_number", updatable = false)
    public String registrationNumber;

    @Column(name = "given_name")
    public String givenName;
    @Column(name = "father_name")
    public String fatherName;
    @Column(name = "grandfather_name")
    public String grandfatherName;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "given_name_ar")
    public String givenNameAr;
    @Column(name = "father_name_ar")
    public String fatherNameAr;
    @Column(name = "grandfather_name_ar")
    public String grandfatherNameAr;
    @Column(name = "family_name_ar")
    public String familyNameAr;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_of_birth_precision")
    public DateOfBirthPrecision dateOfBirthPrecision;

    @Column(name = "place_of_birth")
    public String placeOfBirth;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public PersonStatus status;

    @Column(name = "current_facility_id")
    public UUID currentFacilityId;

    /**
     * Set when this record was merged into another (the survivor): a tombstone, out of every list,
     * whose id answers with the survivor (docs/adr/010-merging-records.md).
     */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /**
     * Set when a retention run anonymized the record (docs/adr/023-retention-anonymization-and-lockdowns.md):
     * no name, alias, place of birth or document left, the birth year only.
     */
    @Column(name = "anonymized_at", insertable = false, updatable = false)
    public java.time.Instant anonymizedAt;

    /** The cross-script keys of every name part and alias (NameKeys), for name search. */
    @Column(name = "name_keys")
    public String nameKeys = "";

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "alias")
    public Set<String> aliases = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "person_nationality", joinColumns = @JoinColumn(name = "person_id"))
    public Set<Nationality> nationalities = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "person_flag", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "flag")
    public Set<PersonFlag> flags = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "identity_document", joinColumns = @JoinColumn(name = "person_id"))
    public Set<IdentityDocument> documents = new HashSet<>();

    @Version
    public long version;

    /** The name in Latin script, parts joined in the usual order. */
    public String fullName() {
        return nameOf(givenName, fatherName, grandfatherName, familyName);
    }

    /** The name in Arabic script, parts joined in the usual order. */
    public String fullNameAr() {
        return nameOf(givenNameAr, fatherNameAr, grandfatherNameAr, familyNameAr);
    }

    /** Recomputes {@link #nameKeys} after a change of names or aliases. */
    public void refreshNameKeys() {
        nameKeys = NameKeys.keyText(new NameKeys.Names(givenName, fatherName, grandfatherName, familyName, givenNameAr,
                fatherNameAr, grandfatherNameAr, familyNameAr, aliases));
    }

    /** Name parts joined by a space, the missing ones left out. */
    public static String nameOf(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                name.append(name.length() == 0 ? "" : " ").append(part);
            }
        }
        return name.toString();
    }

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
