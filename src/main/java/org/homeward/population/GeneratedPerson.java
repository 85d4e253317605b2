package org.homeward.population;

import java.time.LocalDate;
import java.util.UUID;

import org.homeward.people.Category;
import org.homeward.people.DateOfBirthPrecision;
import org.homeward.people.NationalityStatus;
import org.homeward.people.PersonStatus;
import org.homeward.people.Sex;

/**
 * One synthetic person with their history: admitted to {@code admittedTo}, perhaps transferred
 * later to {@code transferredTo}. {@code status} and {@code facilityCode} follow from that history.
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
        PersonStatus status) {

    public String facilityCode() {
        return transferredTo != null ? transferredTo : admittedTo;
    }
}
