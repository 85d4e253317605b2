package org.homeward.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityType;
import org.homeward.families.Evidence;
import org.homeward.families.LinkChoice;
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
 * facility (a camp's people are camp residents, a centre's are detainees). A row may name its
 * person's family link to the person of another row of the file.
 */
final class PersonRowReader {

    private final ColumnMapping mapping;
    private final Function<String, Optional<FacilityRef>> facilities;
    private final LocalizedText text;

    PersonRowReader(ColumnMapping mapping, Function<String, Optional<FacilityRef>> facilities, LocalizedText text) {
        this.mapping = mapping;
        this.facilities = facilities;
        this.text = text;
    }

    RowReading read(Sheet.Row row) {
        RowValues values = new RowValues(row, mapping);
        List<FieldError> errors = new ArrayList<>();
        String[] latin = new String[4];
        String[] arabic = new String[4];
        ImportField[] names = { ImportField.GIVEN_NAME, ImportField.FATHER_NAME, ImportField.GRANDFATHER_NAME,
                ImportField.FAMILY_NAME };
        for (int i = 0; i < names.length; i++) {
            for (String name : values.all(names[i])) {
                if (CellValues.isArabic(name)) {
                    arabic[i] = name;
                } else {
                    latin[i] = name;
                }
            }
        }
        List<String> aliases = values.first(ImportField.ALIASES).map(a -> Arrays.stream(a.split("[;|،]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(null);

        Sex sex = values.first(ImportField.SEX).map(v -> CellValues.sex(v).orElseGet(() -> {
            errors.add(text.error(ImportField.SEX.apiName(), "import.value.sex", v));
            return null;
        })).orElse(null);

        CellValues.Born born = values.first(ImportField.DATE_OF_BIRTH).map(v -> CellValues.born(v).orElseGet(() -> {
            errors.add(text.error(ImportField.DATE_OF_BIRTH.apiName(), "import.value.date", v));
            return null;
        })).orElse(null);

        Set<String> countries = new LinkedHashSet<>();
        values.first(ImportField.NATIONALITY).ifPresent(v -> CellValues.countries(v, countries::add,
                name -> errors.add(text.error(ImportField.NATIONALITY.apiName(), "import.value.country", name))));

        Optional<FacilityRef> facility = values.first(ImportField.FACILITY).flatMap(v -> {
            Optional<FacilityRef> found = facilities.apply(v);
            if (found.isEmpty()) {
                errors.add(text.error(ImportField.FACILITY.apiName(), "import.value.facility", v));
            }
            return found;
        });
        LocalDate admitted = values.first(ImportField.ADMISSION_DATE).map(v -> CellValues.date(v).orElseGet(() -> {
            errors.add(text.error(ImportField.ADMISSION_DATE.apiName(), "import.value.date", v));
            return null;
        })).orElse(null);

        Category category = values.first(ImportField.CATEGORY).map(v -> category(v).orElseGet(() -> {
            errors.add(text.error(ImportField.CATEGORY.apiName(), "import.value.category", v));
            return null;
        })).orElseGet(() -> facility.flatMap(f -> categoryOf(f.type())).orElse(null));

        List<PersonInput.DocumentInput> documents = values.first(ImportField.DOCUMENT_NUMBER).map(number -> {
            if (countries.isEmpty()) {
                errors.add(text.error(ImportField.DOCUMENT_NUMBER.apiName(), "import.value.document-country"));
                return List.<PersonInput.DocumentInput>of();
            }
            return List.of(new PersonInput.DocumentInput(DocumentType.PASSPORT, number, countries.iterator().next(), null));
        }).orElse(null);

        PersonInput input = new PersonInput(latin[0], latin[1], latin[2], latin[3], arabic[0], arabic[1], arabic[2],
                arabic[3], aliases, sex, born == null ? null : born.date(), born == null ? null : born.precision(),
                values.first(ImportField.PLACE_OF_BIRTH).orElse(null),
                countries.stream().map(c -> new PersonInput.NationalityInput(c, NationalityStatus.CLAIMED)).toList(),
                documents, category, null,
                new PersonInput.Admission(facility.map(FacilityRef::code).orElse(null), admitted), null);
        return new RowReading(input, family(values, errors), errors);
    }

    /**
     * "This person is the child of the person of row 3": a family link to someone the same file
     * registers, both columns or neither. Whether row 3 is there is the checks' question.
     */
    private PersonChange family(RowValues values, List<FieldError> errors) {
        if (values.first(ImportField.RELATIONSHIP).isEmpty() && values.first(ImportField.RELATED_ROW).isEmpty()) {
            return null;
        }
        LinkChoice choice = values.read(ImportField.RELATIONSHIP, CellWords::relation, "import.value.relation", errors, text);
        Integer related = values.read(ImportField.RELATED_ROW, CellValues::rowNumber, "import.value.row", errors, text);
        return new PersonChange(null, null, null, null,
                new PersonChange.Link(choice, null, related, null, null, Evidence.DECLARED));
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
