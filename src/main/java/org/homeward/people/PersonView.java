package org.homeward.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.facilities.FacilityRef;

/**
 * A person as the API and pages show them. {@code age} is the best single figure, {@code ageRange}
 * what the known part of the date of birth allows; restricted flags appear only for the roles
 * allowed to see them.
 */
public record PersonView(
        UUID id,
        String registrationNumber,
        String givenName,
        String fatherName,
        String grandfatherName,
        String familyName,
        String givenNameAr,
        String fatherNameAr,
        String grandfatherNameAr,
        String familyNameAr,
        List<String> aliases,
        Sex sex,
        LocalDate dateOfBirth,
        DateOfBirthPrecision dateOfBirthPrecision,
        Integer age,
        Age ageRange,
        boolean turns18Soon,
        String placeOfBirth,
        List<NationalityView> nationalities,
        List<DocumentView> documents,
        Category category,
        PersonStatus status,
        FacilityRef currentFacility,
        List<PersonFlag> flags,
        long version,
        java.time.Instant anonymizedAt) {

    /** The same view with other nationalities (those waiting for confirmation added). */
    PersonView withNationalities(List<NationalityView> all) {
        return new PersonView(id, registrationNumber, givenName, fatherName, grandfatherName, familyName, givenNameAr,
                fatherNameAr, grandfatherNameAr, familyNameAr, aliases, sex, dateOfBirth, dateOfBirthPrecision, age,
                ageRange, turns18Soon, placeOfBirth, List.copyOf(all), documents, category, status, currentFacility,
                flags, version, anonymizedAt);
    }

    /**
     * A nationality; {@code pendingConfirmation} when a case worker added it to a registered person
     * and no second person has confirmed it yet ({@code claimedBy} then says who added it): until
     * then it opens the file to no country's officers. {@code confirmable}: the caller may confirm it.
     */
    public record NationalityView(String country, NationalityStatus status, boolean pendingConfirmation,
            String claimedBy, boolean confirmable) {
    }

    public record DocumentView(DocumentType type, String number, String issuingCountry, LocalDate expiry) {
    }

    /** The day the record was anonymized (UTC), or null. */
    public String anonymizedOn() {
        return anonymizedAt == null ? null : anonymizedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The date of birth as far as it is known: 2014, 2014-03 or 2014-03-07. */
    public String dateOfBirthKnown() {
        return dateOfBirth == null ? null : BirthDateEntry.of(dateOfBirth, dateOfBirthPrecision).known();
    }

    /** The name in Latin script, parts joined in the usual order. */
    public String fullName() {
        return Person.nameOf(givenName, fatherName, grandfatherName, familyName);
    }

    /** Up to two letters that stand in for a photo where none is kept (a picker's match). */
    public String initials() {
        StringBuilder letters = new StringBuilder();
        for (String name : new String[] { givenName != null ? givenName : givenNameAr, familyName != null ? familyName : familyNameAr }) {
            if (name != null && !name.isBlank()) {
                letters.appendCodePoint(name.strip().codePointAt(0));
            }
        }
        return letters.toString().toUpperCase(java.util.Locale.ROOT);
    }

    public String fullNameAr() {
        return Person.nameOf(givenNameAr, fatherNameAr, grandfatherNameAr, familyNameAr);
    }
}
