package org.homeward.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.homeward.reference.Countries;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;

/** What a person's record and a list's filters must be, and the input as people type it, trimmed and in upper-case codes. */
@ApplicationScoped
public class PersonValidation {

    private static final int MAX_AGE = 150;

    @Inject
    Validator validator;

    @Inject
    LocalizedText text;

    @Inject
    Caller caller;

    @Inject
    PersonAccess personAccess;

    /** A list's filters as people could mean them: ages of a human life, a nationality that is a code. */
    void checkFilter(PersonFilter filter) {
        FieldErrors errors = new FieldErrors();
        for (Map.Entry<String, Integer> age : java.util.Arrays.asList(Map.entry("ageFrom", orZero(filter.ageFrom())),
                Map.entry("ageTo", orZero(filter.ageTo())))) {
            if (age.getValue() < 0 || age.getValue() > MAX_AGE) {
                errors.add(text.error(age.getKey(), "person.filter.age", MAX_AGE));
            }
        }
        String nationality = upper(filter.nationality());
        if (nationality != null && !isNationality(nationality)) {
            errors.add(text.error("nationality", "person.filter.nationality"));
        }
        // a pending claim is a flag on the record: whoever may not see claims may not sort people by them
        if (filter.attention() == Attention.NATIONALITY_PENDING && !caller.maySeeNationalityClaims()) {
            errors.add(text.error("attention", "value.choice"));
        }
        errors.throwIfAny();
    }

    /** The attention filters this caller may use (the person list offers only these). */
    Attention[] attentionsOffered() {
        return java.util.Arrays.stream(Attention.values())
                .filter(a -> a != Attention.NATIONALITY_PENDING || caller.maySeeNationalityClaims())
                .toArray(Attention[]::new);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    void validate(PersonInput input, FieldErrors errors) {
        errors.addViolations(validator.validate(input));
        if (input.givenName() == null && input.givenNameAr() == null) {
            errors.add(text.error("givenName", "person.name.required"));
        }
        if (input.dateOfBirth() != null && input.dateOfBirthPrecision() == null) {
            errors.add(text.error("dateOfBirthPrecision", "person.dob.precision.required"));
        }
        List<PersonInput.NationalityInput> nationalities = orEmpty(input.nationalities());
        for (int i = 0; i < nationalities.size(); i++) {
            String country = nationalities.get(i).country();
            if (country != null && !isNationality(country)) {
                errors.add(text.error("nationalities[" + i + "].country", "person.country.unknown", country));
            }
        }
        if (nationalities.stream().map(PersonInput.NationalityInput::country).distinct().count() < nationalities.size()) {
            errors.add(text.error("nationalities", "person.nationality.duplicate"));
        }
        List<PersonInput.DocumentInput> documents = orEmpty(input.documents());
        for (int i = 0; i < documents.size(); i++) {
            String country = documents.get(i).issuingCountry();
            if (country != null && !Countries.isCountry(country)) {
                errors.add(text.error("documents[" + i + "].issuingCountry", "person.country.unknown", country));
            }
        }
        if (input.flags() != null && input.flags().stream().anyMatch(flag -> !personAccess.canSee(flag))) {
            errors.add(text.error("flags", "person.flag.restricted"));
        }
    }

    /**
     * Only those who may verify (admins; officers through a case's nationality check) set a
     * nationality VERIFIED or DISPUTED; everyone else records claims, and keeps the status of a
     * nationality already on the record.
     */
    void checkNationalityStatuses(PersonInput input, Person person, FieldErrors errors) {
        if (caller.mayVerifyNationalities()) {
            return;
        }
        Map<String, NationalityStatus> recorded = person == null ? Map.of()
                : person.nationalities.stream().collect(Collectors.toMap(n -> n.country, n -> n.status));
        List<PersonInput.NationalityInput> nationalities = orEmpty(input.nationalities());
        for (int i = 0; i < nationalities.size(); i++) {
            PersonInput.NationalityInput n = nationalities.get(i);
            // a nationality on record keeps its status; a new one is a claim
            NationalityStatus allowed = recorded.getOrDefault(n.country(), NationalityStatus.CLAIMED);
            if (n.status() != null && n.status() != allowed) {
                errors.add(text.error("nationalities[" + i + "].status", "person.nationality.status.claim-only"));
            }
        }
    }

    static boolean isNationality(String code) {
        return Countries.isCountry(code) || Countries.STATELESS.equals(code) || Countries.UNKNOWN.equals(code);
    }

    static PersonInput normalized(PersonInput in) {
        return new PersonInput(trim(in.givenName()), trim(in.fatherName()), trim(in.grandfatherName()),
                trim(in.familyName()), trim(in.givenNameAr()), trim(in.fatherNameAr()), trim(in.grandfatherNameAr()),
                trim(in.familyNameAr()),
                orEmpty(in.aliases()).stream().map(PersonValidation::trim).filter(Objects::nonNull).distinct().toList(),
                in.sex(), in.dateOfBirth(), in.dateOfBirthPrecision(), trim(in.placeOfBirth()),
                orEmpty(in.nationalities()).stream()
                        .map(n -> new PersonInput.NationalityInput(upper(n.country()), n.status())).toList(),
                orEmpty(in.documents()).stream().map(d -> new PersonInput.DocumentInput(d.type(), trim(d.number()),
                        upper(d.issuingCountry()), d.expiry())).toList(),
                in.category(), in.flags(),
                in.admission() == null ? null
                        : new PersonInput.Admission(upper(in.admission().facilityCode()), in.admission().date()),
                in.version());
    }

    static PersonFilter normalized(PersonFilter filter) {
        return new PersonFilter(upper(filter.nationality()), filter.facility(), filter.status(), filter.category(),
                filter.sex(), filter.ageFrom(), filter.ageTo(), filter.q(), filter.sort(), filter.attention());
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }
}
