package org.homeward.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The registration and edit form as typed. Nationalities and documents come as parallel lists
 * (one entry per row of the form); wrong values are shown back exactly as typed.
 */
public class PersonForm {

    /** Rows offered for nationalities and documents beyond those already recorded. */
    private static final int SPARE_ROWS = 2;

    @RestForm public String givenName;
    @RestForm public String fatherName;
    @RestForm public String grandfatherName;
    @RestForm public String familyName;
    @RestForm public String givenNameAr;
    @RestForm public String fatherNameAr;
    @RestForm public String grandfatherNameAr;
    @RestForm public String familyNameAr;
    /** One alias per line. */
    @RestForm public String aliases;
    @RestForm public String sex;
    @RestForm public String dobDay;
    @RestForm public String dobMonth;
    @RestForm public String dobYear;
    @RestForm public String dobEstimated;
    /** The date of birth as the API takes it, from a client that posts it so rather than in its boxes. */
    @RestForm public String dateOfBirth;
    @RestForm public String dateOfBirthPrecision;
    @RestForm public String placeOfBirth;
    @RestForm public String category;
    @RestForm public List<String> nationalityCountry = new ArrayList<>();
    @RestForm public List<String> nationalityStatus = new ArrayList<>();
    @RestForm public List<String> documentType = new ArrayList<>();
    @RestForm public List<String> documentNumber = new ArrayList<>();
    @RestForm public List<String> documentCountry = new ArrayList<>();
    @RestForm public List<String> documentExpiry = new ArrayList<>();
    @RestForm public List<String> flags = new ArrayList<>();
    @RestForm public String admissionFacility;
    @RestForm public String admissionDate;
    @RestForm public String version;
    /** "true" once the user has seen the possible duplicates and chosen to register anyway. */
    @RestForm public String notADuplicate;

    /** One row of the nationality part of the form, with its error if any. */
    public record NationalityRow(String country, String status, String countryError) {
    }

    public record DocumentRow(String type, String number, String country, String expiry, String numberError,
            String countryError) {
    }

    public static PersonForm of(PersonView person) {
        PersonForm form = new PersonForm();
        form.givenName = person.givenName();
        form.fatherName = person.fatherName();
        form.grandfatherName = person.grandfatherName();
        form.familyName = person.familyName();
        form.givenNameAr = person.givenNameAr();
        form.fatherNameAr = person.fatherNameAr();
        form.grandfatherNameAr = person.grandfatherNameAr();
        form.familyNameAr = person.familyNameAr();
        form.aliases = String.join("\n", person.aliases());
        form.sex = person.sex().name();
        BirthDateEntry born = BirthDateEntry.of(person.dateOfBirth(), person.dateOfBirthPrecision());
        form.dobDay = born.day();
        form.dobMonth = born.month();
        form.dobYear = born.year();
        form.dobEstimated = Boolean.toString(born.estimated());
        form.placeOfBirth = person.placeOfBirth();
        form.category = person.category().name();
        person.nationalities().forEach(n -> {
            form.nationalityCountry.add(n.country());
            form.nationalityStatus.add(n.status().name());
        });
        person.documents().forEach(d -> {
            form.documentType.add(d.type().name());
            form.documentNumber.add(d.number());
            form.documentCountry.add(d.issuingCountry());
            form.documentExpiry.add(d.expiry() == null ? "" : d.expiry().toString());
        });
        person.flags().forEach(flag -> form.flags.add(flag.name()));
        form.version = Long.toString(person.version());
        return form;
    }

    public List<NationalityRow> nationalityRows(Map<String, String> errors) {
        List<NationalityRow> rows = new ArrayList<>();
        int filled = 0;
        for (int i = 0; i < nationalityCountry.size(); i++) {
            if (!blank(nationalityCountry.get(i))) {
                rows.add(new NationalityRow(nationalityCountry.get(i), at(nationalityStatus, i),
                        errors.get("nationalities[" + filled + "].country")));
                filled++;
            }
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new NationalityRow("", "CLAIMED", null));
        }
        return rows;
    }

    public List<DocumentRow> documentRows(Map<String, String> errors) {
        List<DocumentRow> rows = new ArrayList<>();
        int filled = 0;
        for (int i = 0; i < documentNumber.size(); i++) {
            if (!blank(documentNumber.get(i)) || !blank(at(documentCountry, i))) {
                rows.add(new DocumentRow(at(documentType, i), documentNumber.get(i), at(documentCountry, i),
                        at(documentExpiry, i), errors.get("documents[" + filled + "].number"),
                        errors.get("documents[" + filled + "].issuingCountry")));
                filled++;
            }
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new DocumentRow("PASSPORT", "", "", "", null, null));
        }
        return rows;
    }

    /** The date of birth in its boxes, as typed (or as the API form of it was posted). */
    public BirthDateEntry birthDate() {
        return BirthDateEntry.shown(typedBirthDate(), dateOfBirth, dateOfBirthPrecision);
    }

    private BirthDateEntry typedBirthDate() {
        return BirthDateEntry.typed(dobDay, dobMonth, dobYear, dobEstimated);
    }

    public boolean flagged(PersonFlag flag) {
        return flags.contains(flag.name());
    }

    public PersonInput toInput(FieldErrors errors, LocalizedText text, boolean registering) {
        TypedValues values = new TypedValues(errors, text);
        List<PersonInput.NationalityInput> nationalities = new ArrayList<>();
        for (int i = 0; i < nationalityCountry.size(); i++) {
            if (!blank(nationalityCountry.get(i))) {
                nationalities.add(new PersonInput.NationalityInput(nationalityCountry.get(i),
                        values.choice(NationalityStatus.class, at(nationalityStatus, i), "nationalities")));
            }
        }
        List<PersonInput.DocumentInput> documents = new ArrayList<>();
        for (int i = 0; i < documentNumber.size(); i++) {
            if (!blank(documentNumber.get(i)) || !blank(at(documentCountry, i))) {
                documents.add(new PersonInput.DocumentInput(
                        values.choice(DocumentType.class, at(documentType, i), "documents"), documentNumber.get(i),
                        at(documentCountry, i), values.date(at(documentExpiry, i), "documents")));
            }
        }
        Set<PersonFlag> chosenFlags = EnumSet.noneOf(PersonFlag.class);
        flags.forEach(flag -> {
            PersonFlag parsed = values.choice(PersonFlag.class, flag, "flags");
            if (parsed != null) {
                chosenFlags.add(parsed);
            }
        });
        PersonInput.Admission admission = registering
                ? new PersonInput.Admission(admissionFacility, values.date(admissionDate, "admission.date"))
                : null;
        BirthDateEntry.Reading born = BirthDateEntry.posted(typedBirthDate(), dateOfBirth, dateOfBirthPrecision,
                "dateOfBirth", errors, text);
        return new PersonInput(givenName, fatherName, grandfatherName, familyName, givenNameAr, fatherNameAr,
                grandfatherNameAr, familyNameAr, aliases == null ? List.of() : List.of(aliases.split("\\R")),
                values.choice(Sex.class, sex, "sex"), born.date(), born.precision(), placeOfBirth,
                nationalities, documents, values.choice(Category.class, category, "category"), chosenFlags, admission,
                values.longValue(version, "version"));
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
