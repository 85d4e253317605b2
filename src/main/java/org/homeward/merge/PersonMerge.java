package org.homeward.merge;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.movements.MovementService;
import org.homeward.people.Nationality;
import org.homeward.people.NationalityStatus;
import org.homeward.people.Person;
import org.homeward.people.PersonViews;
import org.homeward.people.PersonView;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.RuleBroken;
import org.homeward.kernel.StaleEdit;

/**
 * Merges two records of one person into the one chosen to survive, and undoes it
 * (docs/adr/010-merging-records.md). One transaction each: both records are locked, the versions
 * the admin saw are checked, values are taken field by field, both records' lists are kept, the
 * rows that belong to the person follow ({@link AttachedRows}), and the other record becomes a
 * tombstone pointing to the survivor. The merge row keeps what each record was and which rows
 * moved, so that an unmerge restores both without undoing anything recorded since.
 */
@ApplicationScoped
public class PersonMerge {

    static final String AUDIT_TYPE = "MERGE";
    /** A tombstone has no name keys: no search finds it. */
    private static final String NO_KEYS = "-";

    /** What the merge row keeps, as JSON. */
    record Snapshot(List<MergeField> fromMerged, PersonValues survivorBefore, PersonValues survivorAfter,
            PersonValues mergedBefore, AttachedRows.Moved moved) {
    }

    /** The two records side by side, before a merge: their profiles and what would follow. */
    public record Comparison(PersonView first, PersonView second, Map<MergeField, String> firstValues,
            Map<MergeField, String> secondValues, List<MergeField> differing) {
    }

    @Inject
    EntityManager em;

    @Inject
    PersonViews personViews;

    @Inject
    MovementService movementService;

    @Inject
    FacilityService facilityService;

    @Inject
    AttachedRows attachedRows;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    LocalizedText text;

    @Inject
    ObjectMapper json;

    /** Two records to compare before merging; both must exist and neither be merged already. */
    public Comparison compare(UUID first, UUID second) {
        Person a = live(first, "first");
        Person b = live(second, "second");
        Map<UUID, FacilityRef> refs = facilityService.refs();
        PersonValues aState = PersonValues.of(a);
        PersonValues bState = PersonValues.of(b);
        List<MergeField> differing = java.util.Arrays.stream(MergeField.values())
                .filter(field -> !Objects.equals(aState.fields().get(field), bState.fields().get(field))).toList();
        audit.disclosed(AuditAction.VIEW, Person.AUDIT_TYPE, a.id, Map.of("comparedWith", b.id), List.of(a.id));
        audit.disclosed(AuditAction.VIEW, Person.AUDIT_TYPE, b.id, Map.of("comparedWith", a.id), List.of(b.id));
        return new Comparison(personViews.view(a, refs), personViews.view(b, refs), aState.fields(), bState.fields(), differing);
    }

    @Transactional
    public MergeView merge(MergeInput input) {
        if (input == null) {
            throw text.missingBody();
        }
        FieldErrors errors = new FieldErrors();
        if (input.survivorId() == null) {
            errors.add(text.error("survivorId", "merge.record.required"));
        }
        if (input.mergedId() == null) {
            errors.add(text.error("mergedId", "merge.record.required"));
        }
        if (input.survivorVersion() == null || input.mergedVersion() == null) {
            errors.add(text.error(input.survivorVersion() == null ? "survivorVersion" : "mergedVersion",
                    "version.required"));
        }
        if (input.survivorId() != null && input.survivorId().equals(input.mergedId())) {
            errors.add(text.error("mergedId", "merge.record.same"));
        }
        errors.throwIfAny();

        Map<UUID, Person> locked = lockInOrder(input.survivorId(), input.mergedId());
        Person survivor = locked.get(input.survivorId());
        Person merged = locked.get(input.mergedId());
        // a record merged away already is a tombstone: rows moved onto it would be lost to its survivor
        for (Person record : List.of(survivor, merged)) {
            if (record.mergedInto != null) {
                Person into = em.find(Person.class, record.mergedInto);
                throw new StaleEdit(Map.of("mergedId", record.id, "mergedInto", into.id,
                        "survivorRegistrationNumber", into.registrationNumber));
            }
        }
        Map<UUID, FacilityRef> refs = facilityService.refs();
        if (survivor.version != input.survivorVersion() || merged.version != input.mergedVersion()) {
            throw new StaleEdit(Map.of("survivor", personViews.view(survivor, refs), "merged", personViews.view(merged, refs)));
        }
        List<FieldError> conflicts = attachedRows.conflicts(survivor.id, merged.id).stream()
                .map(conflict -> text.error("mergedId", conflict.rule)).toList();
        if (!conflicts.isEmpty()) {
            throw new RuleBroken(conflicts);
        }

        PersonView survivorBefore = personViews.view(survivor, refs);
        PersonValues survivorState = PersonValues.of(survivor);
        PersonValues mergedState = PersonValues.of(merged);
        List<MergeField> fromMerged = input.fromMerged() == null ? List.of()
                : input.fromMerged().stream().filter(Objects::nonNull).distinct().sorted().toList();
        fromMerged.forEach(field -> field.set(survivor, field.of(merged)));
        keepBothLists(survivor, merged);

        // the tombstone: out of every list, count and search; its names stay for the record
        merged.nationalities.clear();
        merged.aliases.clear();
        merged.flags.clear();
        merged.documents.clear();
        merged.mergedInto = survivor.id;
        merged.currentFacilityId = null;
        merged.nameKeys = NO_KEYS;
        em.flush();

        String reason = text.get("merge.link.reason", merged.registrationNumber, survivor.registrationNumber);
        AttachedRows.Moved moved = attachedRows.moveOnto(survivor.id, merged.id, caller.username(), reason);
        movementService.settleFromHistory(survivor);
        survivor.refreshNameKeys();
        em.flush();

        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Snapshot snapshot = new Snapshot(fromMerged, survivorState, PersonValues.of(survivor), mergedState, moved);
        em.createNativeQuery("insert into person_merge (id, survivor_id, merged_id, pair_id, snapshot, merged_by,"
                + " merged_at) values (:id, :survivor, :merged, :pair, cast(:snapshot as jsonb), :by, :at)")
                .setParameter("id", id).setParameter("survivor", survivor.id).setParameter("merged", merged.id)
                .setParameter("pair", pairOf(survivor.id, merged.id)).setParameter("snapshot", write(snapshot))
                .setParameter("by", caller.username()).setParameter("at", now).executeUpdate();
        em.createNativeQuery("update duplicate_pair set decision = 'MERGED', decided_by = :by, decided_at = :at"
                + " where person_a = least(cast(:a as uuid), cast(:b as uuid))"
                + " and person_b = greatest(cast(:a as uuid), cast(:b as uuid)) and decision is null")
                .setParameter("by", caller.username()).setParameter("at", now).setParameter("a", survivor.id)
                .setParameter("b", merged.id).executeUpdate();

        audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, survivor.id,
                Map.of("before", survivorBefore, "after", personViews.view(survivor, refs), "merge", id));
        audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, merged.id,
                Map.of("mergedInto", survivor.id, "merge", id));
        MergeView view = view(id);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, view);
        return view;
    }

    /**
     * Undoes a merge: the tombstone lives again with its lists, the rows that moved go back, and
     * the survivor loses what the merge gave it — but keeps anything changed or recorded since.
     * The pair is then known not to be the same person.
     */
    @Transactional
    public MergeView unmerge(UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleBroken(text.error("reason", "merge.unmerge.reason"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select survivor_id, merged_id, cast(snapshot as text), unmerged_at"
                + " from person_merge where id = :id for update").setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        if (rows.get(0)[3] != null) {
            throw new RuleBroken(text.error("id", "merge.unmerge.done"));
        }
        UUID survivorId = (UUID) rows.get(0)[0];
        UUID mergedId = (UUID) rows.get(0)[1];
        Snapshot snapshot = read((String) rows.get(0)[2]);
        Map<UUID, Person> locked = lockInOrder(survivorId, mergedId);
        Person survivor = locked.get(survivorId);
        Person merged = locked.get(mergedId);
        if (survivor.mergedInto != null) {
            throw new RuleBroken(text.error("id", "merge.unmerge.later-merge"));
        }
        Map<UUID, FacilityRef> refs = facilityService.refs();
        PersonView survivorBefore = personViews.view(survivor, refs);

        try {
            attachedRows.moveBack(snapshot.moved(), survivorId, mergedId);
            em.flush();
        } catch (PersistenceException clash) {
            // a link or membership recorded since the merge now stands where the old one returns
            throw new RuleBroken(text.error("id", "merge.unmerge.clash"));
        }
        PersonValues.undo(survivor, snapshot.survivorBefore(), snapshot.survivorAfter());
        snapshot.mergedBefore().restoreListsOf(merged);
        merged.mergedInto = null;
        merged.refreshNameKeys();
        survivor.refreshNameKeys();
        movementService.settleFromHistory(merged);
        movementService.settleFromHistory(survivor);
        em.flush();

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("update person_merge set unmerged_by = :by, unmerged_at = :at, unmerge_reason = :reason"
                + " where id = :id").setParameter("by", caller.username()).setParameter("at", now)
                .setParameter("reason", reason.strip()).setParameter("id", id).executeUpdate();
        em.createNativeQuery("update duplicate_pair set decision = 'NOT_SAME', decided_by = :by, decided_at = :at"
                + " where person_a = least(cast(:a as uuid), cast(:b as uuid))"
                + " and person_b = greatest(cast(:a as uuid), cast(:b as uuid))")
                .setParameter("by", caller.username()).setParameter("at", now).setParameter("a", survivorId)
                .setParameter("b", mergedId).executeUpdate();

        audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, survivorId,
                Map.of("before", survivorBefore, "after", personViews.view(survivor, refs), "unmerge", id));
        audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, mergedId,
                Map.of("after", personViews.view(merged, refs), "unmerge", id));
        MergeView view = view(id);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("unmerged", true, "reason", reason.strip()));
        return view;
    }

    public MergeView get(UUID id) {
        MergeView view = view(id);
        audit.record(AuditAction.VIEW, AUDIT_TYPE, id, null);
        return view;
    }

    /** The latest merges, newest first, undone ones included (the duplicate queue lists them). */
    public List<MergeView> recent(int limit) {
        List<MergeView> views = views("true order by m.merged_at desc limit :limit", Map.of("limit", limit));
        if (!views.isEmpty()) {
            audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("merges", views.stream().map(MergeView::id).toList()));
        }
        return views;
    }

    /** Both lists kept on the survivor, and the other record's names as aliases (still found by search). */
    private static void keepBothLists(Person survivor, Person merged) {
        survivor.aliases.addAll(merged.aliases);
        for (String name : List.of(merged.fullName(), merged.fullNameAr())) {
            if (!name.isEmpty() && !name.equals(survivor.fullName()) && !name.equals(survivor.fullNameAr())) {
                survivor.aliases.add(name);
            }
        }
        for (Nationality theirs : merged.nationalities) {
            Nationality ours = survivor.nationalities.stream().filter(n -> n.country.equals(theirs.country))
                    .findFirst().orElse(null);
            if (ours == null || weight(theirs.status) > weight(ours.status)) {
                survivor.nationalities.remove(theirs);
                survivor.nationalities.add(new Nationality(theirs.country, theirs.status));
            }
        }
        survivor.flags.addAll(merged.flags);
        survivor.documents.addAll(merged.documents);
    }

    /** A verified nationality outweighs a disputed one, which outweighs a mere claim. */
    private static int weight(NationalityStatus status) {
        return switch (status) {
            case VERIFIED -> 2;
            case DISPUTED -> 1;
            case CLAIMED -> 0;
        };
    }

    /** Both records, locked in id order (two admins merging crosswise cannot deadlock); not merged already. */
    private Map<UUID, Person> lockInOrder(UUID first, UUID second) {
        Map<UUID, Person> locked = new LinkedHashMap<>();
        for (UUID id : List.of(first, second).stream().sorted(Comparator.naturalOrder()).toList()) {
            Person person = em.find(Person.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (person == null) {
                throw new RuleBroken(text.error(id.equals(first) ? "survivorId" : "mergedId", "merge.record.unknown"));
            }
            locked.put(id, person);
        }
        return locked;
    }

    /** A record that can take part in a merge: it exists and was not merged away. */
    private Person live(UUID id, String field) {
        Person person = id == null ? null : em.find(Person.class, id);
        if (person == null || person.mergedInto != null) {
            throw new RuleBroken(text.error(field, person == null ? "merge.record.unknown" : "merge.record.merged"));
        }
        return person;
    }

    private UUID pairOf(UUID a, UUID b) {
        @SuppressWarnings("unchecked")
        List<UUID> pair = em.createNativeQuery("select id from duplicate_pair where person_a = least(cast(:a as uuid),"
                + " cast(:b as uuid)) and person_b = greatest(cast(:a as uuid), cast(:b as uuid))")
                .setParameter("a", a).setParameter("b", b).getResultList();
        return pair.isEmpty() ? null : pair.get(0);
    }

    private MergeView view(UUID id) {
        List<MergeView> found = views("m.id = :id", Map.of("id", id));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** Merges as shown, in one query for the merges and one for the people in them. */
    private List<MergeView> views(String where, Map<String, Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("select m.id, m.survivor_id, m.merged_id,"
                + " cast(m.snapshot as text), m.merged_by, m.merged_at, m.unmerged_by, m.unmerged_at, m.unmerge_reason"
                + " from person_merge m where " + where), parameters).getResultList();
        List<UUID> ids = rows.stream().flatMap(row -> java.util.stream.Stream.of((UUID) row[1], (UUID) row[2])).toList();
        Map<UUID, Person> people = ids.isEmpty() ? Map.of()
                : em.createQuery("from Person p where p.id in :ids", Person.class).setParameter("ids", ids)
                        .getResultStream().collect(java.util.stream.Collectors.toMap(p -> p.id, p -> p));
        return rows.stream().map(row -> {
            AttachedRows.Moved moved = read((String) row[3]).moved();
            return new MergeView((UUID) row[0], side(people.get((UUID) row[1])), side(people.get((UUID) row[2])),
                    read((String) row[3]).fromMerged(), moved.movements().size(), moved.links(),
                    moved.memberships().size() + moved.membershipsEnded().size(), moved.caseSubjects().size(),
                    (String) row[4], NativeQueries.instant(row[5]), (String) row[6], NativeQueries.instant(row[7]),
                    (String) row[8]);
        }).toList();
    }

    private static MergeView.Side side(Person person) {
        return new MergeView.Side(person.id, person.registrationNumber, person.fullName(), person.fullNameAr());
    }

    private String write(Snapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Snapshot read(String text) {
        try {
            return json.readValue(text, Snapshot.class);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("A merge record cannot be read back", corrupt);
        }
    }
}
