package org.homeward.imports;

import java.util.List;
import java.util.UUID;

import org.homeward.kernel.FieldError;
import org.homeward.people.PersonInput;

/**
 * One row of an import as previewed: the cells as read, what they ask for (a registration in
 * {@code reading}; a change to a registered person in {@code change}, with the nationalities and
 * documents of a nationalities import in {@code reading}), what is wrong with it, who it may
 * already be, and what the admin decided.
 */
public record ImportRow(int row, List<String> cells, PersonInput reading, PersonChange change, List<FieldError> errors,
        List<Match> duplicates, Decision decision, UUID personId) {

    /**
     * What a row does at commit. Undecided, a valid row with no possible duplicate is a new person;
     * in an import of changes, NEW is "make the change".
     */
    public enum Decision {
        NEW,
        UPDATE,
        SKIP
    }

    /**
     * Someone this row may be: a person already registered (id, number, name) or an earlier row of
     * the same file ({@code row}). {@code percent}: how alike, for people to weigh.
     */
    public record Match(UUID personId, String registrationNumber, String name, Integer row, long percent) {
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** What the commit will do with the row, the admin's choice or the default. */
    public Decision effectiveDecision() {
        if (decision != null) {
            return decision;
        }
        return valid() && duplicates.isEmpty() ? Decision.NEW : null;
    }

    /** The row's names as read, Latin then Arabic script, for people to recognise the row. */
    public String name() {
        if (reading == null) {
            return "";
        }
        return java.util.stream.Stream.of(reading.givenName(), reading.fatherName(), reading.familyName(), reading.givenNameAr(),
                reading.fatherNameAr(), reading.familyNameAr()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The date of birth as far as it is known: a year alone, a month, or the day. */
    public String born() {
        if (reading == null || reading.dateOfBirth() == null) {
            return "";
        }
        java.time.LocalDate date = reading.dateOfBirth();
        return switch (reading.dateOfBirthPrecision() == null ? org.homeward.people.DateOfBirthPrecision.EXACT
                : reading.dateOfBirthPrecision()) {
            case YEAR, ESTIMATED -> String.valueOf(date.getYear());
            case MONTH -> String.format("%02d/%d", date.getMonthValue(), date.getYear());
            case EXACT -> date.toString();
        };
    }

    /** The nationalities read, as codes. */
    public String countries() {
        return reading == null || reading.nationalities() == null ? ""
                : String.join(", ", reading.nationalities().stream().map(PersonInput.NationalityInput::country).toList());
    }

    /**
     * The same row as the caller may see it now ({@code shown}: the people they may see, by id): its
     * registered matches and the people its change is about named; a person they can no longer see
     * is left out, name, number and all, and the row's verdicts about them are replaced by
     * {@code outOfReach} (field, number as the file has it), the answer an unknown number gets.
     */
    ImportRow named(java.util.Map<UUID, Match> shown, java.util.function.BiFunction<String, String, FieldError> outOfReach) {
        List<Match> visible = duplicates.stream().filter(m -> m.personId() == null || shown.containsKey(m.personId()))
                .map(m -> m.personId() == null ? m : shown.get(m.personId())).toList();
        if (change == null) {
            return new ImportRow(row, cells, reading, null, errors, visible, decision, personId);
        }
        PersonChange.Link link = change.link();
        UUID relative = link == null ? null : link.relativeId();
        boolean personGone = change.personId() != null && !shown.containsKey(change.personId());
        boolean relativeGone = relative != null && !shown.containsKey(relative);
        List<FieldError> seen = errors;
        if (personGone || relativeGone) {
            seen = List.of(personGone ? outOfReach.apply(ImportField.REGISTRATION_NUMBER.apiName(), change.registrationNumber())
                    : outOfReach.apply(ImportField.RELATIVE_NUMBER.apiName(), link.relativeNumber()));
        }
        PersonChange named = new PersonChange(change.registrationNumber(), personGone ? null : change.personId(),
                nameOf(shown, change.personId()), change.movement(), link == null ? null
                        : new PersonChange.Link(link.relation(), link.relativeNumber(), link.relatedRow(),
                                relativeGone ? null : relative, nameOf(shown, relative), link.evidence()));
        return new ImportRow(row, cells, reading, named, seen, visible, decision, personId);
    }

    private static String nameOf(java.util.Map<UUID, Match> shown, UUID id) {
        Match match = id == null ? null : shown.get(id);
        return match == null ? null : match.name();
    }

    /** The people the row's change is about, as stored (for them to be named when shown). */
    List<UUID> changed() {
        List<UUID> ids = new java.util.ArrayList<>();
        if (change != null && change.personId() != null) {
            ids.add(change.personId());
        }
        if (change != null && change.link() != null && change.link().relativeId() != null) {
            ids.add(change.link().relativeId());
        }
        return ids;
    }

    /** The possible duplicates already registered (not the earlier rows of the file). */
    public List<Match> registered() {
        return duplicates.stream().filter(m -> m.personId() != null).toList();
    }
}
