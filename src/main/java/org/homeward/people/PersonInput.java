package org.homeward.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;
import org.homeward.kernel.NotBefore;

/**
 * What a user may set on a person (API body or page form). {@code admission} is required when
 * registering and ignored on update; {@code version} is the version the user edited.
 */
public record PersonInput(
        @Size(max = 100) @PlainText String givenName,
        @Size(max = 100) @PlainText String fatherName,
        @Size(max = 100) @PlainText String grandfatherName,
        @Size(max = 100) @PlainText String familyName,
        @Size(max = 100) @PlainText String givenNameAr,
        @Size(max = 100) @PlainText String fatherNameAr,
        @Size(max = 100) @PlainText String grandfatherNameAr,
        @Size(max = 100) @PlainText String familyNameAr,
        List<@Size(max = 200) @PlainText String> aliases,
        @NotNull Sex sex,
        @PastOrPresent @NotBefore(year = 1900) LocalDate dateOfBirth,
        DateOfBirthPrecision dateOfBirthPrecision,
        @Size(max = 200) @PlainText String placeOfBirth,
        List<@Valid NationalityInput> nationalities,
        List<@Valid DocumentInput> documents,
        @NotNull Category category,
        Set<PersonFlag> flags,
        @Valid Admission admission,
        Long version) {

    public record NationalityInput(@NotBlank String country, @NotNull NationalityStatus status) {
    }

    public record DocumentInput(@NotNull DocumentType type, @NotBlank @Size(max = 60) @PlainText String number,
            @NotBlank String issuingCountry, LocalDate expiry) {
    }

    /**
     * A child registered with their mother: where the child's own form leaves them out, the
     * mother's admission and nationalities, and the category of the mother.
     */
    public PersonInput childOf(PersonInput mother) {
        return new PersonInput(givenName, fatherName, grandfatherName, familyName, givenNameAr, fatherNameAr,
                grandfatherNameAr, familyNameAr, aliases, sex, dateOfBirth, dateOfBirthPrecision, placeOfBirth,
                nationalities == null || nationalities.isEmpty() ? mother.nationalities : nationalities, documents,
                category == null ? mother.category : category, flags,
                admission == null ? mother.admission : admission, version);
    }

    /**
     * Nothing but nationalities and documents: what a nationality claims import adds to a person
     * already registered ({@code PersonService.completeFrom}).
     */
    public static PersonInput completing(List<NationalityInput> nationalities, List<DocumentInput> documents) {
        return new PersonInput(null, null, null, null, null, null, null, null, null, null, null, null, null,
                nationalities, documents, null, null, null, null);
    }

    /** The first movement, recorded with the registration. */
    public record Admission(@NotBlank String facilityCode, @NotNull @PastOrPresent @NotBefore(year = 2000) LocalDate date) {
    }
}
