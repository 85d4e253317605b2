package org.homeward.merge;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.homeward.people.Category;
import org.homeward.people.DateOfBirthPrecision;
import org.homeward.people.Person;
import org.homeward.people.Sex;

/**
 * The values of a person chosen one by one when two records are merged: each is taken whole from
 * one record or the other. A date of birth goes with its precision. Lists (aliases, nationalities,
 * documents, flags) are not chosen: both records' are kept.
 */
public enum MergeField {
    GIVEN_NAME(p -> p.givenName, (p, v) -> p.givenName = v),
    FATHER_NAME(p -> p.fatherName, (p, v) -> p.fatherName = v),
    GRANDFATHER_NAME(p -> p.grandfatherName, (p, v) -> p.grandfatherName = v),
    FAMILY_NAME(p -> p.familyName, (p, v) -> p.familyName = v),
    GIVEN_NAME_AR(p -> p.givenNameAr, (p, v) -> p.givenNameAr = v),
    FATHER_NAME_AR(p -> p.fatherNameAr, (p, v) -> p.fatherNameAr = v),
    GRANDFATHER_NAME_AR(p -> p.grandfatherNameAr, (p, v) -> p.grandfatherNameAr = v),
    FAMILY_NAME_AR(p -> p.familyNameAr, (p, v) -> p.familyNameAr = v),
    SEX(p -> p.sex.name(), (p, v) -> p.sex = Sex.valueOf(v)),
    DATE_OF_BIRTH(p -> p.dateOfBirth == null ? null : p.dateOfBirth + "/" + p.dateOfBirthPrecision, (p, v) -> {
        p.dateOfBirth = v == null ? null : LocalDate.parse(v.substring(0, v.indexOf('/')));
        p.dateOfBirthPrecision = v == null ? null : DateOfBirthPrecision.valueOf(v.substring(v.indexOf('/') + 1));
    }),
    PLACE_OF_BIRTH(p -> p.placeOfBirth, (p, v) -> p.placeOfBirth = v),
    CATEGORY(p -> p.category.name(), (p, v) -> p.category = Category.valueOf(v));

    private final Function<Person, String> reader;
    private final BiConsumer<Person, String> writer;

    MergeField(Function<Person, String> reader, BiConsumer<Person, String> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** The value as text, as the merge record keeps it (null when there is none). */
    public String of(Person person) {
        return reader.apply(person);
    }

    public void set(Person person, String value) {
        writer.accept(person, value);
    }
}
