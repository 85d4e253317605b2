package org.homeward.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.ValidationFailed;
import org.homeward.movements.MovementService;
import org.homeward.people.RegistryMatching;
import org.homeward.people.NameKeys;
import org.homeward.people.PersonInput;
import org.homeward.people.PersonService;

/**
 * Every row of a people import judged as its registration would be, without registering anyone:
 * the registry's own rules (people.PersonService, movements.MovementService) name what is wrong,
 * in the user's language, under the import's field names; then who each row may already be, in
 * the registry (people.RegistryMatching, in the caller's scope) and among the earlier rows of the file.
 */
@ApplicationScoped
class RowChecks {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RowChecks.class);

    @Inject
    FacilityLookup facilities;

    @Inject
    PersonService personService;

    @Inject
    MovementService movementService;

    @Inject
    RegistryMatching registryMatching;

    @Inject
    LocalizedText text;

    List<ImportRow> checked(Sheet sheet, ColumnMapping mapping, ImportProgress.Reporter progress) {
        PersonRowReader reader = new PersonRowReader(mapping, facilities.byCodeOrName(), text);
        int total = sheet.rows().size();
        long started = System.nanoTime();
        List<RowReading> readings = new ArrayList<>(total);
        List<List<FieldError>> errors = new ArrayList<>(total);
        for (Sheet.Row row : sheet.rows()) {
            RowReading reading = reader.read(row);
            readings.add(reading);
            errors.add(errors(reading));
            progress.at(ImportProgress.Stage.CHECKING, readings.size(), total);
        }
        long checked = System.nanoTime();
        progress.at(ImportProgress.Stage.MATCHING, 0, total);
        List<List<RegistryMatching.Likely>> registered = registryMatching.likelyOfEach(readings.stream()
                .map(r -> named(r.person()) ? r.person() : null).toList());
        progress.at(ImportProgress.Stage.MATCHING, total, total);
        LOG.infof("%d rows checked in %d ms, matched against the registry in %d ms", total,
                (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        Set<Integer> numbers = new java.util.HashSet<>();
        sheet.rows().forEach(row -> numbers.add(row.number()));
        Map<String, List<Integer>> earlierRows = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            PersonInput input = readings.get(i).person();
            List<ImportRow.Match> matches = new ArrayList<>();
            // the person is kept by id alone: who they are is read when shown, as the caller may see them then
            registered.get(i).forEach(c -> matches.add(new ImportRow.Match(c.id(), null, null, null, c.percent())));
            String key = sameNameKey(input);
            if (key != null) {
                List<Integer> before = earlierRows.computeIfAbsent(key, k -> new ArrayList<>());
                for (int earlier : before) {
                    if (bornAlike(readings.get(earlier).person(), input)) {
                        matches.add(new ImportRow.Match(null, null, null, sheet.rows().get(earlier).number(), 100));
                    }
                }
                before.add(i);
            }
            int number = sheet.rows().get(i).number();
            rows.add(new ImportRow(number, sheet.rows().get(i).cells(), input, readings.get(i).change(),
                    relatedRowChecked(number, readings.get(i).change(), numbers, errors.get(i)), matches, null, null));
        }
        return rows;
    }

    /** A family link to another row of the file: that row must be there, and another row than this one. */
    private List<FieldError> relatedRowChecked(int number, PersonChange change, Set<Integer> numbers, List<FieldError> errors) {
        Integer related = change == null ? null : change.link().relatedRow();
        if (related == null || numbers.contains(related) && related != number) {
            return errors;
        }
        List<FieldError> more = new ArrayList<>(errors);
        more.add(text.error(ImportField.RELATED_ROW.apiName(), related == number ? "import.value.row-self" : "import.value.row-unknown",
                related));
        return List.copyOf(more);
    }

    /** What could not be read, then what the registry's rules refuse; one message per field. */
    private List<FieldError> errors(RowReading reading) {
        Map<String, FieldError> byField = new java.util.LinkedHashMap<>();
        reading.errors().forEach(e -> byField.putIfAbsent(e.field(), e));
        PersonInput input = reading.person();
        try {
            personService.checkRegistration(input);
        } catch (ValidationFailed refused) {
            refused.errors().forEach(e -> byField.putIfAbsent(importField(e.field()), new FieldError(importField(e.field()), e.message())));
        }
        PersonInput.Admission admission = input.admission();
        if (admission.facilityCode() != null && admission.date() != null) {
            movementService.admissionRefusal(admission.facilityCode(), admission.date())
                    .ifPresent(e -> byField.putIfAbsent(importField(e.field()), new FieldError(importField(e.field()), e.message())));
        }
        return List.copyOf(byField.values());
    }

    /** A field of the registration (givenNameAr, admission.date, nationalities[0].country) as the import names it. */
    static String importField(String registrationField) {
        String field = registrationField.replaceAll("\\[\\d+]", "");
        if (field.startsWith("admission.date") || field.equals("date")) {
            return ImportField.ADMISSION_DATE.apiName();
        }
        if (field.startsWith("admission") || field.equals("toFacilityCode")) {
            return ImportField.FACILITY.apiName();
        }
        if (field.startsWith("nationalities")) {
            return ImportField.NATIONALITY.apiName();
        }
        if (field.startsWith("documents")) {
            return ImportField.DOCUMENT_NUMBER.apiName();
        }
        if (field.startsWith("dateOfBirth")) {
            return ImportField.DATE_OF_BIRTH.apiName();
        }
        return field.endsWith("Ar") ? field.substring(0, field.length() - 2) : field;
    }

    private static boolean named(PersonInput input) {
        return input.givenName() != null || input.givenNameAr() != null;
    }

    /** The keys of every name of the row, in either script, with the sex: two rows alike in all of them may be one person. */
    private static String sameNameKey(PersonInput input) {
        if (!named(input)) {
            return null;
        }
        Set<String> keys = new TreeSet<>();
        Stream.of(input.givenName(), input.fatherName(), input.familyName(), input.givenNameAr(), input.fatherNameAr(),
                input.familyNameAr()).filter(Objects::nonNull).forEach(name -> keys.addAll(NameKeys.keys(name)));
        return keys.isEmpty() ? null : String.join(" ", keys) + "|" + input.sex();
    }

    /** Born within a year of each other, or either date unknown. */
    private static boolean bornAlike(PersonInput a, PersonInput b) {
        return a.dateOfBirth() == null || b.dateOfBirth() == null
                || Math.abs(a.dateOfBirth().getYear() - b.dateOfBirth().getYear()) <= 1;
    }
}
