package org.homeward.population;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.people.Category;
import org.homeward.people.DateOfBirthPrecision;
import org.homeward.people.NationalityStatus;
import org.homeward.people.PersonStatus;
import org.homeward.people.Sex;

/**
 * One synthetic person with their history: admitted to {@code admittedTo}, perhaps transferred
 * later to {@code transferredTo}. {@code status} and {@code facilityCode} follow from that history.
 * {@code household} is the family group they belong to (none for a man detained alone);
 * {@code householdReference} marks its reference person; {@code links} are the family links of
 * which this person is the subject ("this person is MOTHER_OF ...").
 */
public record GeneratedPerson(
        UUID id,
        String givenName,
        String fatherName,
        String familyName,
        String givenNameAr,
        String fatherNameAr,
        String familyNameAr,
        Sex sex,
        LocalDate dateOfBirth,
        DateOfBirthPrecision precision,
        Category category,
        String nationality,
        NationalityStatus nationalityStatus,
        String admittedTo,
        LocalDate admitted,
        String transferredTo,
        LocalDate transferred,
        PersonStatus status,
        UUID household,
        boolean householdReference,
        List<Link> links) {

    /** "This person is {@code type} {@code relative}", with the evidence behind it. */
    public record Link(String type, UUID relative, String evidence) {
    }

    GeneratedPerson inFamily(UUID householdId, boolean reference, List<Link> familyLinks) {
        return new GeneratedPerson(id, givenName, fatherName, familyName, givenNameAr, fatherNameAr, familyNameAr, sex,
                dateOfBirth, precision, category, nationality, nationalityStatus, admittedTo, admitted, transferredTo,
                transferred, status, householdId, reference, List.copyOf(familyLinks));
    }

    public String facilityCode() {
        return transferredTo != null ? transferredTo : admittedTo;
    }
}
