package org.homeward.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.homeward.facilities.FacilityRef;
import org.homeward.families.Evidence;
import org.homeward.families.LinkChoice;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.movements.MovementInput;
import org.homeward.movements.MovementType;
import org.homeward.people.DocumentType;
import org.homeward.people.NationalityStatus;
import org.homeward.people.PersonInput;

/**
 * One row of an import of changes read: the registration number of the person it is about, and
 * the movement, the nationality claim with its document, or the family link it asks for. Every
 * value that cannot be read, or that is missing, is named by field, so a row shows all its errors
 * at once. Whether the person exists and may be changed is the checks' question, not the reader's.
 */
final class ChangeRowReader {

    private final ImportKind kind;
    private final ColumnMapping mapping;
    private final Function<String, Optional<FacilityRef>> facilities;
    private final LocalizedText text;

    ChangeRowReader(ImportKind kind, ColumnMapping mapping, Function<String, Optional<FacilityRef>> facilities,
            LocalizedText text) {
        this.kind = kind;
        this.mapping = mapping;
        this.facilities = facilities;
        this.text = text;
    }

    RowReading read(Sheet.Row row) {
        RowValues values = new RowValues(row, mapping);
        List<FieldError> errors = new ArrayList<>();
        String number = values.required(ImportField.REGISTRATION_NUMBER, errors, text);
        return switch (kind) {
            case MOVEMENTS -> new RowReading(null, new PersonChange(number, null, null, movement(values, errors), null), errors);
            case NATIONALITIES -> new RowReading(nationalities(values, errors), new PersonChange(number, null, null, null, null),
                    errors);
            case FAMILY_LINKS -> new RowReading(null, new PersonChange(number, null, null, null, link(values, errors)), errors);
            case PERSONS -> throw new IllegalArgumentException("people are read by PersonRowReader");
        };
    }

    private MovementInput movement(RowValues values, List<FieldError> errors) {
        MovementType type = values.read(ImportField.MOVEMENT_TYPE, CellWords::movement, "import.value.movement", errors, text);
        String destination = values.first(ImportField.DESTINATION).map(v -> facilities.apply(v).map(FacilityRef::code)
                .orElseGet(() -> {
                    errors.add(text.error(ImportField.DESTINATION.apiName(), "import.value.facility", v));
                    return null;
                })).orElse(null);
        LocalDate date = values.read(ImportField.MOVEMENT_DATE, CellValues::date, "import.value.movement-date", errors, text);
        return new MovementInput(type, destination, date, values.first(ImportField.NOTE).orElse(null));
    }

    /** The claims and the document of a row, as the part of a registration that completes the person. */
    private PersonInput nationalities(RowValues values, List<FieldError> errors) {
        List<String> countries = new ArrayList<>();
        String listed = values.required(ImportField.NATIONALITY, errors, text);
        if (listed != null) {
            CellValues.countries(listed, countries::add,
                    name -> errors.add(text.error(ImportField.NATIONALITY.apiName(), "import.value.country", name)));
        }
        DocumentType type = values.first(ImportField.DOCUMENT_TYPE).map(v -> CellWords.document(v).orElseGet(() -> {
            errors.add(text.error(ImportField.DOCUMENT_TYPE.apiName(), "import.value.document-type", v));
            return null;
        })).orElse(DocumentType.PASSPORT);
        List<PersonInput.DocumentInput> documents = values.first(ImportField.DOCUMENT_NUMBER)
                .filter(number -> !countries.isEmpty() && type != null)
                .map(number -> List.of(new PersonInput.DocumentInput(type, number, countries.get(0), null))).orElse(List.of());
        return PersonInput.completing(countries.stream()
                .map(c -> new PersonInput.NationalityInput(c, NationalityStatus.CLAIMED)).toList(), documents);
    }

    private PersonChange.Link link(RowValues values, List<FieldError> errors) {
        LinkChoice relation = values.read(ImportField.RELATIONSHIP, CellWords::relation, "import.value.relation", errors, text);
        String relative = values.required(ImportField.RELATIVE_NUMBER, errors, text);
        Evidence evidence = values.first(ImportField.EVIDENCE).map(v -> CellWords.evidence(v).orElseGet(() -> {
            errors.add(text.error(ImportField.EVIDENCE.apiName(), "import.value.evidence", v));
            return null;
        })).orElse(Evidence.DECLARED);
        return new PersonChange.Link(relation, relative, null, null, null, evidence);
    }
}
