package org.homeward.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.families.RelationshipService;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.ValidationFailed;
import org.homeward.movements.MovementInput;
import org.homeward.movements.MovementRules;
import org.homeward.movements.MovementService;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;

/**
 * Every row of an import of changes judged as the change would be, without changing anyone: the
 * person found by registration number within the caller's reach (one message for "no such
 * number" and "not yours to see", which tells nothing of who exists), then the registry's own
 * rules: a person's movements in the order of the file, each from where the one before leaves
 * them (movements.MovementService); a family link as the family form would judge it
 * (families.RelationshipService), and not twice in one file.
 */
@ApplicationScoped
class ChangeChecks {

    @Inject
    FacilityLookup facilities;

    @Inject
    PersonAccess personAccess;

    @Inject
    MovementService movementService;

    @Inject
    RelationshipService relationshipService;

    @Inject
    LocalizedText text;

    List<ImportRow> checked(ImportKind kind, Sheet sheet, ColumnMapping mapping, ImportProgress.Reporter progress) {
        ChangeRowReader reader = new ChangeRowReader(kind, mapping, facilities.byCodeOrName(), text);
        Map<String, Optional<Person>> people = new HashMap<>();
        Map<UUID, MovementRules.Standing> standings = new HashMap<>();
        Set<String> links = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>(sheet.rows().size());
        for (Sheet.Row row : sheet.rows()) {
            RowReading reading = reader.read(row);
            Map<String, FieldError> errors = new LinkedHashMap<>();
            reading.errors().forEach(e -> errors.putIfAbsent(e.field(), e));
            PersonChange change = reading.change();
            Person person = found(people, change.registrationNumber(), ImportField.REGISTRATION_NUMBER, errors);
            PersonChange.Link link = change.link();
            Person relative = link == null ? null : found(people, link.relativeNumber(), ImportField.RELATIVE_NUMBER, errors);
            if (person != null && errors.isEmpty()) {
                switch (kind) {
                    case MOVEMENTS -> moved(person, change.movement(), standings, errors);
                    case FAMILY_LINKS -> linked(person, link, relative, links, errors);
                    case NATIONALITIES, PERSONS -> {
                        // a claim is judged by the registry's rules of an update, at commit; its countries were read
                    }
                }
            }
            PersonChange found = new PersonChange(change.registrationNumber(), person == null ? null : person.id, null,
                    change.movement(), link == null ? null : new PersonChange.Link(link.relation(), link.relativeNumber(),
                            null, relative == null ? null : relative.id, null, link.evidence()));
            rows.add(new ImportRow(row.number(), row.cells(), reading.person(), found, List.copyOf(errors.values()),
                    List.of(), null, null));
            progress.at(ImportProgress.Stage.CHECKING, rows.size(), sheet.rows().size());
        }
        return rows;
    }

    /** The person a number names, if the caller may reach them; asked once per number in a file. */
    private Person found(Map<String, Optional<Person>> people, String number, ImportField field,
            Map<String, FieldError> errors) {
        if (number == null) {
            return null;
        }
        Optional<Person> person = people.computeIfAbsent(number.strip().toUpperCase(java.util.Locale.ROOT),
                personAccess::reachableByNumber);
        if (person.isEmpty()) {
            errors.putIfAbsent(field.apiName(), text.error(field.apiName(), "import.value.person", number));
        }
        return person.orElse(null);
    }

    private void moved(Person person, MovementInput movement, Map<UUID, MovementRules.Standing> standings,
            Map<String, FieldError> errors) {
        MovementRules.Standing standing = standings.computeIfAbsent(person.id, id -> movementService.standingOf(person));
        try {
            standings.put(person.id, movementService.standingAfter(standing, movement));
        } catch (ValidationFailed refused) {
            refused.errors().forEach(e -> add(ImportKind.MOVEMENTS, e, errors));
        }
    }

    private void linked(Person person, PersonChange.Link link, Person relative, Set<String> links,
            Map<String, FieldError> errors) {
        if (!links.add(person.id + " " + link.relation() + " " + relative.id)) {
            errors.put(ImportField.RELATIONSHIP.apiName(),
                    text.error(ImportField.RELATIONSHIP.apiName(), "import.value.link-twice"));
            return;
        }
        relationshipService.refusal(person, link.relation(), relative).ifPresent(e -> add(ImportKind.FAMILY_LINKS, e, errors));
    }

    private static void add(ImportKind kind, FieldError error, Map<String, FieldError> errors) {
        String field = importField(kind, error.field());
        errors.putIfAbsent(field, new FieldError(field, error.message()));
    }

    /** A field of the change as the registry's services name it, as the import names it. */
    static String importField(ImportKind kind, String field) {
        return switch (kind) {
            case MOVEMENTS -> "type".equals(field) ? ImportField.MOVEMENT_TYPE.apiName() : field;
            case FAMILY_LINKS -> switch (field) {
                case "type", "relation" -> ImportField.RELATIONSHIP.apiName();
                case "evidence" -> ImportField.EVIDENCE.apiName();
                default -> ImportField.RELATIVE_NUMBER.apiName();
            };
            case NATIONALITIES, PERSONS -> RowChecks.importField(field);
        };
    }
}
