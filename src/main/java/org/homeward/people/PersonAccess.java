package org.homeward.people;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditLog;
import org.homeward.access.PersonScope;
import org.homeward.access.Caller;
import org.homeward.kernel.MergedRecord;

/**
 * The one door to a person for every feature: whether the caller may reach them (as {@link Caller}
 * decides), the scope as a condition for lists, the flags the caller may see. A person out of scope
 * is not found, and the attempt is audited.
 */
@ApplicationScoped
public class PersonAccess {

    private static final int MAX_MERGE_HOPS = 10;

    @Inject
    PersonRepository personRepository;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public boolean canSee(PersonFlag flag) {
        return !flag.restricted() || caller.maySeeRestrictedFlags();
    }

    private static boolean includedBy(PersonScope scope, Person person) {
        return scope.includes(person.currentFacilityId, person.nationalities.stream().map(n -> n.country).toList());
    }

    /** The people the caller may reach, as access decides. */
    PersonScope scope() {
        return caller.people();
    }

    /**
     * The caller's scope as an SQL condition on {@code person p}, for other features that list
     * records by the people in them (households): the scope stays part of the query.
     */
    public String visibleCondition(Map<String, Object> parameters) {
        return scope().where(parameters, null);
    }

    /**
     * Whether the caller may see a person, for features that show people beside the one asked for
     * (relatives, household members): those outside it are shown without a name.
     */
    public Predicate<Person> visibility() {
        PersonScope scope = scope();
        return person -> includedBy(scope, person);
    }

    /**
     * The records of these ids as they are, with no scope check, for a feature that decides itself
     * what of them to show: ids its own scoped query found (a page of a list), or a case's subjects,
     * whose ages the gates need even for those the caller may not see (who are then shown by
     * {@link #visibility} without a name).
     */
    public Map<UUID, Person> byIds(java.util.Collection<UUID> ids) {
        Map<UUID, Person> byId = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            personRepository.list("id in ?1", new java.util.ArrayList<>(ids)).forEach(person -> byId.put(person.id, person));
        }
        return byId;
    }

    /**
     * A person the caller may reach, when another record refers to them (the relative of a new
     * family link): empty when there is no such person or they are out of scope, and an
     * out-of-scope attempt is audited.
     */
    public Optional<Person> reachable(UUID id) {
        Person person = id == null ? null : personRepository.findById(id);
        // a merged record stands for its survivor (a chain, if the survivor was merged in turn)
        for (int hop = 0; person != null && person.mergedInto != null && hop < MAX_MERGE_HOPS; hop++) {
            person = personRepository.findById(person.mergedInto);
        }
        if (person != null && !includedBy(scope(), person)) {
            audit.refused(Person.AUDIT_TYPE, id);
            return Optional.empty();
        }
        return Optional.ofNullable(person);
    }

    /** {@link #reachable} by registration number, as people type it (HW-0000123, any case). */
    public Optional<Person> reachableByNumber(String registrationNumber) {
        String number = PersonValidation.upper(registrationNumber);
        return number == null ? Optional.empty()
                : personRepository.find("registrationNumber", number).firstResultOptional().flatMap(found -> reachable(found.id));
    }

    /**
     * The person, for a change: in scope, or not found. Used by every service that changes
     * something about a person (movements, later households and cases).
     */
    public Person forChange(UUID id) {
        return visible(id);
    }

    /** The person asked for, in scope, or not found; a merged record answers {@link MergedRecord}. */
    Person visible(UUID id) {
        Person person = reachable(id).orElseThrow(NotFoundException::new);
        if (!person.id.equals(id)) {
            throw new MergedRecord(id, person.id, person.registrationNumber);
        }
        return person;
    }
}
