package org.homeward.families;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.people.Person;
import org.homeward.people.PersonFlag;
import org.homeward.people.PersonAccess;
import org.homeward.people.PersonViews;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.PageOf;

/**
 * Children (under 18 by their recorded date of birth) held in a facility where no parent or
 * guardian of theirs is held. The unaccompanied / separated flag is suggested from the links and
 * placements, and set only when a person confirms it.
 */
@ApplicationScoped
public class ChildrenWithoutCarerService {

    private static final Set<PersonFlag> CHILD_FLAGS = Set.of(PersonFlag.UNACCOMPANIED_CHILD, PersonFlag.SEPARATED_CHILD);

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonViews personViews;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    FacilityService facilityService;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** How many children {@link #list} holds: a count on a home that opens the list. */
    public long count() {
        Map<String, Object> parameters = new HashMap<>();
        return ((Number) NativeQueries.bind(em.createNativeQuery("select count(*) from person p where " + where(parameters)),
                parameters).getSingleResult()).longValue();
    }

    private String where(Map<String, Object> parameters) {
        parameters.put("today", LocalDate.now(clock));
        // judged from what the caller sees: a carer outside their access neither removes a child from
        // the list nor tells, by doing so, that someone is held beside them
        String visible = personAccess.visibleCondition(parameters);
        return visible + " " + """
                 and p.current_facility_id is not null and is_child(p.date_of_birth, p.date_of_birth_precision, :today)
                 and not exists (select 1 from relationship r join person carer on carer.id = r.person_id
                                  where r.relative_id = p.id and r.removed_at is null
                                    and r.type in ('MOTHER_OF', 'FATHER_OF', 'GUARDIAN_OF')
                                    and carer.current_facility_id = p.current_facility_id
                                    and exists (select 1 from person p where p.id = carer.id and""" + " " + visible + "))";
    }

    /** Youngest first: the most vulnerable lead the list. Only children in the caller's scope. */
    public PageOf<ChildWithoutCarer> list(int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(parameters);
        String visible = personAccess.visibleCondition(parameters);
        long total = ((Number) NativeQueries.bind(em
                .createNativeQuery("select count(*) from person p where " + where), parameters)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = NativeQueries.bind(em.createNativeQuery("select p.id from person p where " + where
                + " order by p.date_of_birth desc, p.registration_number limit :limit offset :offset"), parameters)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        audit.record(AuditAction.SEARCH, "PERSON", null, Map.of("list", "children-without-carer", "page", page,
                "size", size, "total", total));
        Map<UUID, Person> children = personAccess.byIds(ids);
        Map<UUID, FacilityRef> refs = facilityService.refs();
        Set<UUID> withAdult = withAdultRelative(ids, visible, parameters);
        List<ChildWithoutCarer> items = ids.stream().map(children::get)
                .map(child -> new ChildWithoutCarer(Relative.of(personViews.view(child, refs)),
                        withAdult.contains(child.id) ? PersonFlag.SEPARATED_CHILD : PersonFlag.UNACCOMPANIED_CHILD,
                        child.flags.stream().filter(CHILD_FLAGS::contains).sorted().toList()))
                .toList();
        return new PageOf<>(items, page, size, total);
    }

    /**
     * Those of {@code children} with another adult of their family (an older sibling, an aunt
     * recorded as guardian elsewhere, ...) held with them: one query for the whole page.
     */
    private Set<UUID> withAdultRelative(List<UUID> children, String visible,
            Map<String, Object> parameters) {
        if (children.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> bound = new HashMap<>(parameters);
        bound.put("children", children);
        @SuppressWarnings("unchecked")
        List<UUID> found = NativeQueries.bind(em.createNativeQuery("""
                select c.id from person c
                 where c.id in (:children)
                   and exists (select 1 from relationship r
                                 join person a on a.id = case when r.person_id = c.id then r.relative_id
                                                              else r.person_id end
                                where (r.person_id = c.id or r.relative_id = c.id) and r.removed_at is null
                                  and a.current_facility_id = c.current_facility_id
                                  and not is_child(a.date_of_birth, a.date_of_birth_precision, :today)
                                  and exists (select 1 from person p where p.id = a.id and""" + " " + visible + "))"),
                bound).getResultList();
        return Set.copyOf(found);
    }
}
