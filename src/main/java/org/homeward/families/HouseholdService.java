package org.homeward.families;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.RuleBroken;
import org.homeward.kernel.StaleEdit;

/**
 * Households: family groups with a reference person. A person belongs to one household at a time;
 * joining another closes the old membership, which stays on record. A household is visible to
 * whoever may see one of its current members; the members they may not see are shown without a
 * name. Every change is audited with the members before and after.
 */
@ApplicationScoped
public class HouseholdService {

    static final String AUDIT_TYPE = "HOUSEHOLD";

    @Inject
    HouseholdRepository householdRepository;

    @Inject
    PersonAccess personAccess;

    @Inject
    RelationshipService relationshipService;

    @Inject
    Caller caller;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    /**
     * A household is split when its current members are held in more than one facility. Whether
     * the caller may see each member does not matter: that a member is elsewhere is what a case
     * worker needs to know; who, and where, they learn only from members in their scope.
     */
    private static final String SPLIT = "(select count(distinct p.current_facility_id) from household_membership m"
            + " join person p on p.id = m.person_id where m.household_id = h.id and m.left_at is null) > 1";

    /** Households with at least one current member in the caller's scope (only split ones if asked), newest first. */
    public PageOf<HouseholdSummary> list(boolean split, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String visible = listed(split, parameters);
        long total = ((Number) NativeQueries.bind(householdRepository.getEntityManager()
                .createNativeQuery("select count(*) from household h where " + visible), parameters)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = NativeQueries.bind(householdRepository.getEntityManager().createNativeQuery("select h.id from household h where "
                + visible + " order by h.household_number desc limit :limit offset :offset"), parameters)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        Map<UUID, Household> byId = new HashMap<>();
        (ids.isEmpty() ? List.<Household>of() : householdRepository.list("id in ?1", ids)).forEach(household -> byId.put(household.id, household));
        Map<UUID, List<HouseholdMembership>> members = new HashMap<>();
        householdRepository.currentMemberships(ids)
                .forEach(m -> members.computeIfAbsent(m.householdId, id -> new ArrayList<>()).add(m));
        List<UUID> references = byId.values().stream().map(h -> h.referencePersonId).filter(Objects::nonNull).toList();
        List<UUID> memberIds = members.values().stream().flatMap(List::stream).map(m -> m.personId).toList();
        Map<UUID, Relative> shown = relationshipService.visibleRelatives(
                java.util.stream.Stream.concat(references.stream(), memberIds.stream()).distinct().toList());
        audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("page", page, "size", size, "total", total));
        List<HouseholdSummary> items = ids.stream().map(byId::get)
                .map(h -> new HouseholdSummary(h.id, h.householdNumber,
                        h.referencePersonId == null ? null : shown.get(h.referencePersonId),
                        // members outside the caller's access are not counted
                        (int) members.getOrDefault(h.id, List.of()).stream().filter(m -> shown.containsKey(m.personId)).count()))
                .toList();
        return new PageOf<>(items, page, size, total);
    }

    /** How many households {@link #list} would show: a count on a home that opens the list. */
    public long count(boolean split) {
        Map<String, Object> parameters = new HashMap<>();
        return ((Number) NativeQueries.bind(householdRepository.getEntityManager()
                .createNativeQuery("select count(*) from household h where " + listed(split, parameters)), parameters)
                .getSingleResult()).longValue();
    }

    private String listed(boolean split, Map<String, Object> parameters) {
        if (split && !caller.mayTraceSplitFamilies()) {
            throw new ForbiddenException();
        }
        String visible = caller.people().everyone() ? "true"
                : "exists (select 1 from household_membership m join person p on p.id = m.person_id"
                        + " where m.household_id = h.id and m.left_at is null and "
                        + personAccess.visibleCondition(parameters) + ")";
        return split ? visible + " and " + SPLIT : visible;
    }

    public HouseholdView get(UUID id) {
        Household household = visible(id);
        HouseholdView view = view(household);
        audit.record(AuditAction.VIEW, AUDIT_TYPE, id, Map.of("shown", shownIds(view)));
        return view;
    }

    /** The household a person belongs to now, if any, for their page (no audit: the page audits). */
    public java.util.Optional<Household> of(UUID personId) {
        return householdRepository.currentMembership(personId).map(m -> householdRepository.findById(m.householdId));
    }

    @Transactional
    public HouseholdView create(HouseholdInput input) {
        if (input == null) {
            throw text.missingBody();
        }
        List<UUID> memberIds = input.memberIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(input.memberIds().stream().filter(Objects::nonNull).toList()));
        if (memberIds.isEmpty()) {
            throw broken("memberIds", "household.members.required");
        }
        List<Person> members = new ArrayList<>();
        for (int i = 0; i < memberIds.size(); i++) {
            int index = i;
            members.add(personAccess.reachable(memberIds.get(i))
                    .orElseThrow(() -> broken("memberIds[" + index + "]", "household.person.unknown")));
        }
        UUID reference = input.referencePersonId() == null ? memberIds.get(0) : input.referencePersonId();
        if (!memberIds.contains(reference)) {
            throw broken("referencePersonId", "household.reference.member");
        }
        Household household = new Household();
        household.id = UUID.randomUUID();
        household.householdNumber = householdRepository.nextHouseholdNumber();
        household.referencePersonId = reference;
        household.createdBy = caller.username();
        household.createdAt = now();
        householdRepository.persist(household);
        members.forEach(person -> join(household, person));
        householdRepository.flush();
        HouseholdView created = view(household);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, household.id, Map.of("after", stored(household)));
        return created;
    }

    /** A person in scope joins the household, leaving the one they were in. */
    @Transactional
    public HouseholdView addMember(UUID id, MemberInput input) {
        Household household = visible(id);
        if (input == null || input.personId() == null) {
            throw broken("personId", "household.person.unknown");
        }
        Person person = personAccess.reachable(input.personId())
                .orElseThrow(() -> broken("personId", "household.person.unknown"));
        if (householdRepository.currentMembership(person.id).map(m -> m.householdId.equals(id)).orElse(false)) {
            throw broken("personId", "household.member.already");
        }
        Map<String, Object> before = stored(household);
        join(household, person);
        householdRepository.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("before", before, "after", stored(household)));
        return view(household);
    }

    /** A person in scope leaves the household; if they were its reference person, it has none until one is chosen. */
    @Transactional
    public HouseholdView removeMember(UUID id, UUID personId) {
        Household household = visible(id);
        Person person = personAccess.reachable(personId).orElseThrow(NotFoundException::new);
        HouseholdMembership membership = householdRepository.currentMembership(person.id)
                .filter(m -> m.householdId.equals(id)).orElseThrow(NotFoundException::new);
        Map<String, Object> before = stored(household);
        leave(membership);
        if (person.id.equals(household.referencePersonId)) {
            household.referencePersonId = null;
        }
        householdRepository.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("before", before, "after", stored(household)));
        return view(household);
    }

    /** Chooses another reference person among the members; refuses an edit of a stale version. */
    @Transactional
    public HouseholdView update(UUID id, HouseholdInput input) {
        Household household = visible(id);
        if (input == null) {
            throw text.missingBody();
        }
        if (input.version() == null) {
            throw new org.homeward.kernel.ValidationFailed(List.of(text.error("version", "version.required")));
        }
        if (input.version() != household.version) {
            throw new StaleEdit(view(household));
        }
        UUID reference = input.referencePersonId();
        boolean member = reference != null && householdRepository.currentMembership(reference)
                .map(m -> m.householdId.equals(id)).orElse(false);
        if (!member || personAccess.reachable(reference).isEmpty()) {
            throw broken("referencePersonId", "household.reference.member");
        }
        Map<String, Object> before = stored(household);
        household.referencePersonId = reference;
        householdRepository.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("before", before, "after", stored(household)));
        return view(household);
    }

    /** Used by the family registration, inside its transaction. */
    Household createFor(Person reference, List<Person> members) {
        return householdRepository.findById(create(new HouseholdInput(reference.id,
                members.stream().map(person -> person.id).toList(), null)).id());
    }

    private void join(Household household, Person person) {
        householdRepository.currentMembership(person.id).ifPresent(this::leave);
        // the closed membership must reach the database before the new one meets the unique index
        householdRepository.flush();
        HouseholdMembership membership = new HouseholdMembership();
        membership.id = UUID.randomUUID();
        membership.householdId = household.id;
        membership.personId = person.id;
        membership.joinedAt = now();
        membership.joinedBy = caller.username();
        householdRepository.add(membership);
    }

    private void leave(HouseholdMembership membership) {
        membership.leftAt = now();
        membership.leftBy = caller.username();
    }

    /** A household the caller may see (an admin sees all), or not found. */
    private Household visible(UUID id) {
        Household household = householdRepository.findById(id);
        if (household == null) {
            throw new NotFoundException();
        }
        if (!caller.people().everyone()) {
            List<UUID> current = householdRepository.currentMemberships(List.of(id)).stream().map(m -> m.personId).toList();
            if (relationshipService.visibleRelatives(current).isEmpty()) {
                audit.refused(AUDIT_TYPE, id);
                throw new NotFoundException();
            }
        }
        return household;
    }

    HouseholdView view(Household household) {
        List<HouseholdMembership> memberships = householdRepository.memberships(household.id);
        Map<UUID, Relative> shown = relationshipService.visibleRelatives(
                memberships.stream().map(m -> m.personId).distinct().toList());
        List<HouseholdView.Member> current = new ArrayList<>();
        List<HouseholdView.Member> former = new ArrayList<>();
        for (HouseholdMembership m : memberships) {
            Relative person = shown.get(m.personId);
            if (m.leftAt == null) {
                // a member outside the caller's access: that they belong, not when or in what role
                current.add(new HouseholdView.Member(person, person == null,
                        person != null && m.personId.equals(household.referencePersonId),
                        person == null ? null : m.joinedAt, null));
            } else if (person != null) {
                // past members outside the caller's scope are not worth a line: nothing to act on
                former.add(new HouseholdView.Member(person, false, false, m.joinedAt, m.leftAt));
            }
        }
        UUID reference = household.referencePersonId != null && shown.containsKey(household.referencePersonId)
                ? household.referencePersonId : null;
        return new HouseholdView(household.id, household.householdNumber, reference, current, former,
                household.version);
    }

    private Map<String, Object> stored(Household household) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("householdNumber", household.householdNumber);
        stored.put("referencePersonId", household.referencePersonId);
        stored.put("members", householdRepository.currentMemberships(List.of(household.id)).stream()
                .map(m -> m.personId).sorted().toList());
        return stored;
    }

    private static List<UUID> shownIds(HouseholdView view) {
        Set<UUID> ids = new java.util.TreeSet<>();
        view.members().stream().filter(m -> !m.hidden()).forEach(m -> ids.add(m.person().id()));
        view.formerMembers().forEach(m -> ids.add(m.person().id()));
        return List.copyOf(ids);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private RuleBroken broken(String field, String rule) {
        return new RuleBroken(new FieldError(field, text.get(rule)));
    }
}
