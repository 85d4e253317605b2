package org.homeward.families;

import java.util.UUID;

import org.homeward.facilities.FacilityRef;
import org.homeward.people.Age;
import org.homeward.people.PersonStatus;
import org.homeward.people.PersonView;
import org.homeward.people.Sex;

/** What a family view shows of a relative the caller may see: who, how old, where and in what status. */
public record Relative(UUID id, String registrationNumber, String name, String nameAr, Sex sex, Integer age,
        Age ageRange, PersonStatus status, FacilityRef currentFacility) {

    static Relative of(PersonView person) {
        return new Relative(person.id(), person.registrationNumber(), person.fullName(), person.fullNameAr(),
                person.sex(), person.age(), person.ageRange(), person.status(), person.currentFacility());
    }

    /** Held somewhere else than {@code facility}: the family is split. */
    boolean placedElsewhereThan(FacilityRef facility) {
        UUID here = facility == null ? null : facility.id();
        UUID there = currentFacility == null ? null : currentFacility.id();
        return !java.util.Objects.equals(here, there);
    }
}
