package org.homeward.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityType;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.people.Category;
import org.homeward.people.DocumentType;
import org.homeward.people.NationalityStatus;
import org.homeward.people.PersonInput;
import org.homeward.people.Sex;

/**
 * One row of a people import read as a registration with its admission: each cell through its
 * column's field, and every value that cannot be read named by field, so a row shows all its
 * errors at once. Nationalities read from a list are claims; a category left out follows the
 * facility (a camp's people are camp residents, a centre's are detainees).
 */
final class PersonRowReader {

    /** A row read: the registration it asks for, and what could not be read. */
    record Reading(PersonInput input, List<FieldError> errors) {
    }

    private final ColumnMapping mapping;
    private final Function<String, Optional<FacilityRef>> facilities;
    private final LocalizedText text;

    PersonRowReader(ColumnMapping mapping, Function<String, Optional<FacilityRef>> facilities, LocalizedText text) {
        this.mapping = mapping;
        this.facilities = facilities;
        this.text = text;
    }

    Reading read(Sheet.Row row) {
        Map<ImportField, List<String>> values = new EnumMap<>(ImportField.class);
        for (int column = 0; column < row.cells().size(); column++) {
            String cell = row.cell(column).strip();
            if (!cell.isEmpty()) {
                mapping.of(column).ifPresent(field -> values.computeIfAbsent(field, f -> new ArrayList<>()).add(cell));
            }
        }
        List<FieldError> errors = new ArrayList<>();
        String[] latin = new String[4];
        String[] arabic = new String[4];
        ImportField[] names = { ImportField.GIVEN_NAME, ImportField.FATHER_NAME, ImportField.GRANDFATHER_NAME,
                ImportField.FAMILY_NAME };
        for (int i = 0; i < names.length; i++) {
            for (String name : values.getOrDefault(names[i], List.of())) {
                if (CellValues.isArabic(name)) {
                    arabic[i] = name;
                } else {
                    latin[i] = name;
                }
            }
        }
        List<String> aliases = first(values, ImportField.ALIASES).map(a -> Arrays.stream(a.split("[;|،]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(null);

        Sex sex = first(values, ImportField.SEX).map(v -> CellValues.sex(v).orElseGet(() -> {
            errors.add(text.error(ImportField.SEX.apiName(), "import.value.sex", v));
            return null;
        })).orElse(null);

        CellValues.Born born = first(values, ImportField.DATE_OF_BIRTH).map(v -> CellValues.born(v).orElseGet(() -> {
            errors.add(text.error(ImportField.DATE_OF_BIRTH.apiName(), "import.value.date", v));
            return null;
        })).orElse(null);

        Set<String> countries = new LinkedHashSet<>();
        first(values, ImportField.NATIONALITY).ifPresent(v -> Arrays.stream(v.split("[;/,،|]")).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(name -> CellValues.country(name).ifPresentOrElse(countries::add,
                        () -> errors.add(text.error(ImportField.NATIONALITY.apiName(), "import.value.country", name)))));

        Optional<FacilityRef> facility = first(values, ImportField.FACILITY).flatMap(v -> {
            Optional<FacilityRef> found = facilities.apply(v);
            if (found.isEmpty()) {
                errors.add(text.error(ImportField.FACILITY.apiName(), "import.value.facility", v));
            }
            return found;
        });
        LocalDate admitted = first(values, ImportField.ADMISSION_DATE).map(v -> CellValues.date(v).orElseGet(() -> {
            errors.add(text.error(ImportField.ADMISSION_DATE.apiName(), "import.value.date", v));
            return null;
        })).orElse(null);

        Category category = first(values, ImportField.CATEGORY).map(v -> category(v).orElseGet(() -> {
            errors.add(text.error(ImportField.CATEGORY.apiName(), "import.value.category", v));
            return null;
        })).orElseGet(() -> facility.flatMap(f -> categoryOf(f.type())).orElse(null));

        List<PersonInput.DocumentInput> documents = first(values, ImportField.DOCUMENT_NUMBER).map(number -> {
            if (countries.isEmpty()) {
                errors.add(text.error(ImportField.DOCUMENT_NUMBER.apiName(), "import.value.document-country"));
                return List.<PersonInput.DocumentInput>of();
            }
            return List.of(new PersonInput.DocumentInput(DocumentType.PASSPORT, number, countries.iterator().next(), null));
        }).orElse(null);

        PersonInput input = new PersonInput(latin[0], latin[1], latin[2], latin[3], arabic[0], arabic[1], arabic[2],
                arabic[3], aliases, sex, born == null ? null : born.date(), born == null ? null : born.precision(),
                first(values, ImportField.PLACE_OF_BIRTH).orElse(null),
                countries.stream().map(c -> new PersonInput.NationalityInput(c, NationalityStatus.CLAIMED)).toList(),
                documents, category, null,
                new PersonInput.Admission(facility.map(FacilityRef::code).orElse(null), admitted), null);
        return new Reading(input, errors);
    }

    private static Optional<String> first(Map<ImportField, List<String>> values, ImportField field) {
        List<String> found = values.get(field);
        return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static Optional<Category> category(String value) {
        String word = ImportField.normalized(value);
        if (word.equals("detainee") || word.startsWith("detenu") || word.equals("محتجز") || word.equals("معتقل")) {
            return Optional.of(Category.DETAINEE);
        }
        if (word.equals("campresident") || word.startsWith("resident") || word.equals("مقيم") || word.equals("مقيمفيالمخيم")) {
            return Optional.of(Category.CAMP_RESIDENT);
        }
        return Arrays.stream(Category.values()).filter(c -> c.name().equalsIgnoreCase(value.strip())).findFirst();
    }

    private static Optional<Category> categoryOf(FacilityType type) {
        return switch (type) {
            case CAMP, CAMP_SECTION -> Optional.of(Category.CAMP_RESIDENT);
            case DETENTION_CENTRE, REHABILITATION_CENTRE -> Optional.of(Category.DETAINEE);
            case HOSPITAL -> Optional.empty();
        };
    }
}
