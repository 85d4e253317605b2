package org.homeward.merge;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.homeward.people.DocumentType;
import org.homeward.people.IdentityDocument;
import org.homeward.people.Nationality;
import org.homeward.people.NationalityStatus;
import org.homeward.people.Person;
import org.homeward.people.PersonFlag;

/**
 * What a person record held at one moment, as plain values the merge record keeps (JSON): its
 * chosen fields and its lists. Lists are sets of text ("IRQ:VERIFIED") so that what a merge added
 * is a set difference, and undoing it removes exactly that.
 */
public record PersonValues(Map<MergeField, String> fields, Set<String> aliases, Set<String> nationalities,
        Set<String> flags, Set<Document> documents) {

    /** An identity document, whole (the entity compares documents by type and number only). */
    public record Document(DocumentType type, String number, String issuingCountry, LocalDate expiry) {

        IdentityDocument entity() {
            return new IdentityDocument(type, number, issuingCountry, expiry);
        }
    }

    public static PersonValues of(Person person) {
        Map<MergeField, String> fields = new EnumMap<>(MergeField.class);
        for (MergeField field : MergeField.values()) {
            fields.put(field, field.of(person));
        }
        return new PersonValues(fields, new TreeSet<>(person.aliases),
                person.nationalities.stream().map(n -> n.country + ":" + n.status).collect(Collectors.toCollection(TreeSet::new)),
                person.flags.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                person.documents.stream().map(d -> new Document(d.type, d.number, d.issuingCountry, d.expiry))
                        .collect(Collectors.toSet()));
    }

    /** Puts these lists on the person, replacing theirs (a tombstone coming back to life). */
    void restoreListsOf(Person person) {
        person.aliases.clear();
        person.aliases.addAll(aliases);
        person.nationalities.clear();
        nationalities.forEach(text -> person.nationalities.add(nationality(text)));
        person.flags.clear();
        flags.forEach(flag -> person.flags.add(PersonFlag.valueOf(flag)));
        person.documents.clear();
        documents.forEach(document -> person.documents.add(document.entity()));
    }

    /**
     * Undoes on {@code person} what turned {@code before} into {@code after}, keeping every change
     * made since: a field goes back only if it still holds the merged value, a list loses only
     * what the merge added and is still there, and gets back what the merge replaced.
     */
    static void undo(Person person, PersonValues before, PersonValues after) {
        for (MergeField field : MergeField.values()) {
            if (Objects.equals(field.of(person), after.fields().get(field))) {
                field.set(person, before.fields().get(field));
            }
        }
        PersonValues now = of(person);
        person.aliases.removeAll(added(before.aliases(), after.aliases()));
        for (String text : added(before.nationalities(), after.nationalities())) {
            if (now.nationalities().contains(text)) {
                person.nationalities.remove(nationality(text));
            }
        }
        for (String text : added(after.nationalities(), before.nationalities())) {
            Nationality replaced = nationality(text);
            if (person.nationalities.stream().noneMatch(n -> n.country.equals(replaced.country))) {
                person.nationalities.add(replaced);
            }
        }
        added(before.flags(), after.flags()).forEach(flag -> person.flags.remove(PersonFlag.valueOf(flag)));
        for (Document document : added(before.documents(), after.documents())) {
            if (now.documents().contains(document)) {
                person.documents.remove(document.entity());
            }
        }
    }

    private static <T> Set<T> added(Set<T> before, Set<T> after) {
        Set<T> added = new HashSet<>(after);
        added.removeAll(before);
        return added;
    }

    private static Nationality nationality(String text) {
        int colon = text.indexOf(':');
        return new Nationality(text.substring(0, colon), NationalityStatus.valueOf(text.substring(colon + 1)));
    }
}
