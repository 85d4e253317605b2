package org.homeward.households;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.people.Person;
import org.homeward.people.PersonFlag;
import org.homeward.people.PersonRepository;
import org.homeward.people.PersonService;
import org.homeward.web.PageOf;

/**
 * Children (under 18 by their recorded date of birth) held in a facility where no parent or
 * guardian of theirs is held. The unaccompanied / separated flag is suggested from the links and
 * placements, and set only when a person confirms it.
 */
@ApplicationScoped
public class ChildrenWithoutCarerService {

    private static final Set<PersonFlag> CHILD_FLAGS = Set.of(PersonFlag.UNACCOMPANIED_CHILD, PersonFlag.SEPARATED_CHILD);

    @Inject
    PersonService people;

    @Inject
    PersonRepository registry;

    @Inject
    RelationshipRepository relationships;

    @Inject
    FacilityService facilities;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Youngest first: the most vulnerable lead the list. Only children in the caller's scope. */
    public PageOf<ChildWithoutCarer> list(int page, int size) {
        LocalDate adultBorn = LocalDate.now(clock).minusYears(18);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("adultBorn", adultBorn);
        String where = people.visibleCondition(parameters) + " " + """
                 and p.current_facility_id is not null and p.date_of_birth > :adultBorn
                 and not exists (select 1 from relationship r join person carer on carer.id = r.person_id
                                  where r.relative_id = p.id and r.removed_at is null
                                    and r.type in ('MOTHER_OF', 'FATHER_OF', 'GUARDIAN_OF')
                                    and carer.current_facility_id = p.current_facility_id)""";
        long total = ((Number) bind(registry.getEntityManager()
                .createNativeQuery("select count(*) from person p where " + where), parameters)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(registry.getEntityManager().createNativeQuery("select p.id from person p where " + where
                + " order by p.date_of_birth desc, p.registration_number limit :limit offset :offset"), parameters)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        audit.record(AuditAction.SEARCH, "PERSON", null, Map.of("list", "children-without-carer", "page", page,
                "size", size, "total", total));
        Map<UUID, Person> children = new HashMap<>();
        if (!ids.isEmpty()) {
            registry.list("id in ?1", ids).forEach(child -> children.put(child.id, child));
        }
        Map<UUID, FacilityRef> refs = facilities.refs();
        List<ChildWithoutCarer> items = ids.stream().map(children::get)
                .map(child -> new ChildWithoutCarer(Relative.of(people.view(child, refs)),
                        adultRelativeWith(child, adultBorn) ? PersonFlag.SEPARATED_CHILD : PersonFlag.UNACCOMPANIED_CHILD,
                        child.flags.stream().filter(CHILD_FLAGS::contains).sorted().toList()))
                .toList();
        return new PageOf<>(items, page, size, total);
    }

    /** Another adult of the family (an older sibling, an aunt recorded as guardian elsewhere, ...) is held with the child. */
    private boolean adultRelativeWith(Person child, LocalDate adultBorn) {
        List<UUID> relatives = relationships.of(child.id).stream().map(link -> link.other(child.id)).toList();
        return !relatives.isEmpty() && registry.list("id in ?1", relatives).stream()
                .anyMatch(relative -> Objects.equals(relative.currentFacilityId, child.currentFacilityId)
                        && relative.dateOfBirth != null && !relative.dateOfBirth.isAfter(adultBorn));
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
