package org.homeward.repatriation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.homeward.families.Relationship;
import org.homeward.families.RelationshipService;
import org.homeward.families.RelationshipType;
import org.homeward.families.Relative;
import org.homeward.people.Age;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.access.Caller;
import org.homeward.kernel.LocalizedText;

/**
 * A case as it is read: its people (and which of them the caller may see), their family links, the
 * checklist, the children it would separate, the gates still unmet, its timeline and notes. One
 * read serves the page, the API and the gates.
 */
@ApplicationScoped
public class CaseFile {

    private static final Set<RelationshipType> PARENTAL = Set.of(RelationshipType.MOTHER_OF, RelationshipType.FATHER_OF);

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    LocalizedText text;

    @Inject
    PersonAccess personAccess;

    @Inject
    RelationshipService relationshipService;

    @Inject
    Clock clock;

    @Inject
    CheckFiles checkFiles;

    /**
     * Everything a case's page and gates are made of, read once: its people (and which of them
     * the caller may see), their family links, the checklist, and the children it would separate.
     */
    record CaseRecord(List<UUID> subjectIds, Map<UUID, Person> persons, Map<UUID, Relative> shown,
            Map<UUID, List<Relationship>> links, List<RecordedCheck> checks, List<Separated> separated) {
    }

    /** A child the case would separate from a parent; {@code inCase}: the child goes, the parent stays. */
    record Separated(UUID childId, boolean inCase) {
    }

    CaseRecord read(RepatriationCase found) {
        List<UUID> subjectIds = subjectIds(found.id);
        Map<UUID, Person> persons = personAccess.byIds(subjectIds);
        Map<UUID, List<Relationship>> links = new HashMap<>();
        subjectIds.forEach(subject -> links.put(subject, relationshipService.linksOf(subject)));
        List<RecordedCheck> checks = checks(found.id);
        // a child in the case whose parent is not, and a child (under 18) staying behind whose parent goes
        Map<UUID, Boolean> children = new java.util.LinkedHashMap<>();
        List<UUID> staying = new ArrayList<>();
        for (UUID subject : subjectIds) {
            for (Relationship link : links.get(subject)) {
                if (!PARENTAL.contains(link.type)) {
                    continue;
                }
                if (link.relativeId.equals(subject) && child(persons.get(subject))
                        && !subjectIds.contains(link.personId)) {
                    children.put(subject, true);
                } else if (link.personId.equals(subject) && !subjectIds.contains(link.relativeId)) {
                    staying.add(link.relativeId);
                }
            }
        }
        personAccess.byIds(staying).values().stream().filter(this::child).forEach(left -> children.putIfAbsent(left.id, false));
        List<Separated> separated = children.entrySet().stream()
                .map(entry -> new Separated(entry.getKey(), entry.getValue())).toList();
        List<UUID> everyone = new ArrayList<>(subjectIds);
        everyone.addAll(children.keySet());
        return new CaseRecord(subjectIds, persons, relationshipService.visibleRelatives(everyone), links, checks, separated);
    }

    CaseView view(RepatriationCase found) {
        CaseRecord record = read(found);
        Map<UUID, Relative> shown = record.shown();
        List<CaseView.Subject> subjects = record.subjectIds().stream().map(personId -> new CaseView.Subject(
                shown.containsKey(personId) ? personId : null, shown.get(personId), !shown.containsKey(personId),
                shown.containsKey(personId) && child(record.persons().get(personId)))).toList();
        List<CaseView.Separation> separations = record.separated().stream()
                .map(s -> new CaseView.Separation(shown.containsKey(s.childId()) ? s.childId() : null,
                        label(s.childId(), shown), s.inCase(),
                        RecordedCheck.done(record.checks(), CheckItem.BEST_INTERESTS, s.childId())))
                .toList();
        // where the case's people are held, read from the people already loaded
        List<UUID> placements = record.persons().values().stream().map(p -> p.currentFacilityId)
                .filter(Objects::nonNull).toList();
        // free text about everyone in the case: for those who run it, or who see all its people
        boolean seesWholeCase = caller.worksFor(found.country) || subjects.stream().noneMatch(CaseView.Subject::hidden);
        List<CheckFile> files = checkFiles.of(found.id).stream()
                .filter(file -> !file.removed() || caller.mayRestoreFiles()).toList();
        List<CaseView.CheckEntry> checklist = new ArrayList<>();
        for (CheckItem item : CheckItem.values()) {
            List<UUID> concerned = item == CheckItem.BEST_INTERESTS
                    ? record.separated().stream().map(Separated::childId).toList()
                    : item.perPerson() ? record.subjectIds() : java.util.Collections.singletonList(null);
            for (UUID personId : concerned) {
                RecordedCheck recorded = RecordedCheck.find(record.checks(), item, personId);
                boolean hidden = personId != null && !shown.containsKey(personId);
                // of a person outside the caller's access, only whether the item is done (the gates need it)
                RecordedCheck check = hidden ? null : recorded;
                boolean recordable = !hidden && caller.mayRecordCheck(item.caseworkerMayRecord(), found.country,
                        personId == null ? placements : placementOf(personId, record));
                checklist.add(new CaseView.CheckEntry(item, hidden ? null : personId,
                        label(personId, shown), name(personId, shown), recorded != null && recorded.done, check == null ? null : check.detail,
                        check == null ? null : check.documentType, check == null ? null : check.documentNumber,
                        check == null ? null : check.documentExpiry, check == null ? null : check.recordedBy,
                        check == null ? null : check.recordedAt, recordable,
                        shownEvidence(files, item, personId, hidden ? false : personId != null || seesWholeCase)));
            }
        }
        Stage next = found.stage == Stage.ON_HOLD ? found.heldFromStage : found.stage.next();
        List<String> unmet = next == null || found.stage.closed() ? List.of()
                : described(Gates.unmet(next, facts(found, record)));
        return new CaseView(found.id, found.caseNumber, found.country, found.stage, found.heldFromStage, found.officer,
                found.stageDue, overdue(found), found.openedAt, found.updatedAt, subjects,
                new CaseView.Handover(found.handoverDate, found.handoverPoint, found.receivingAuthority,
                        found.handoverProtocol),
                checklist, found.stage.closed() ? null : next, unmet, separations, leftBehind(record),
                seesWholeCase ? timeline(found.id) : withoutReasons(timeline(found.id)),
                seesWholeCase ? notes(found.id) : List.of(), found.version);
    }

    /** The files proving one entry, when the caller is shown the entry's person (for the whole case: all of them). */
    private static List<CheckFile> shownEvidence(List<CheckFile> files, CheckItem item, UUID personId, boolean shown) {
        return shown && item.takesFiles() ? files.stream().filter(file -> file.of(item, personId)).toList() : List.of();
    }

    /** Everything the gates look at. */
    Gates.Facts facts(RepatriationCase found, CaseRecord record) {
        List<Gates.Subject> subjects = new ArrayList<>();
        for (UUID personId : record.subjectIds()) {
            RecordedCheck document = RecordedCheck.find(record.checks(), CheckItem.TRAVEL_DOCUMENT, personId);
            boolean child = child(record.persons().get(personId));
            subjects.add(new Gates.Subject(personId, label(personId, record.shown()), child,
                    RecordedCheck.done(record.checks(), CheckItem.CONSENT, personId),
                    RecordedCheck.done(record.checks(), CheckItem.NATIONALITY_VERIFIED, personId),
                    RecordedCheck.done(record.checks(), CheckItem.MEDICAL_CLEARANCE, personId),
                    document != null && document.done ? document.documentExpiry : null,
                    !child || filiationProven(personId, record)));
        }
        List<Gates.Separation> separations = record.separated().stream()
                .map(s -> new Gates.Separation(s.childId(), label(s.childId(), record.shown()),
                        RecordedCheck.done(record.checks(), CheckItem.BEST_INTERESTS, s.childId())))
                .toList();
        return new Gates.Facts(subjects, separations, found.handoverDate, found.handoverDetailsComplete(),
                found.handoverProtocol != null, today());
    }

    /** A documented or DNA-confirmed link from another subject of the case, as mother or father. */
    private static boolean filiationProven(UUID child, CaseRecord record) {
        return record.links().get(child).stream().anyMatch(link -> PARENTAL.contains(link.type)
                && link.relativeId.equals(child) && record.subjectIds().contains(link.personId)
                && link.evidence.proves());
    }

    /** The relatives of the subjects who are not in the case, where they are (if the caller may know). */
    private List<CaseView.RelativeLeftBehind> leftBehind(CaseRecord record) {
        List<CaseView.RelativeLeftBehind> left = new ArrayList<>();
        Map<UUID, List<Relationship>> outside = new HashMap<>();
        List<UUID> relativeIds = new ArrayList<>();
        for (UUID subject : record.subjectIds()) {
            List<Relationship> links = record.links().get(subject).stream()
                    .filter(link -> !record.subjectIds().contains(link.other(subject))).toList();
            outside.put(subject, links);
            links.forEach(link -> relativeIds.add(link.other(subject)));
        }
        Map<UUID, Relative> shown = relationshipService.visibleRelatives(relativeIds);
        for (UUID subject : record.subjectIds()) {
            if (record.shown().containsKey(subject)) {
                for (Relationship link : outside.get(subject)) {
                    left.add(new CaseView.RelativeLeftBehind(record.shown().get(subject).registrationNumber(),
                            link.kinSeenFrom(subject), shown.get(link.other(subject))));
                }
            }
        }
        return left;
    }

    List<UUID> subjectIds(UUID caseId) {
        return em.createQuery("select s.personId from CaseSubject s, Person p where p.id = s.personId"
                + " and s.caseId = :case order by p.registrationNumber", UUID.class)
                .setParameter("case", caseId).getResultList();
    }

    /** The people a case page names: its visible subjects and the relatives shown beside them. */
    static List<UUID> shownIn(CaseView view) {
        List<UUID> shown = new ArrayList<>();
        view.subjects().stream().filter(subject -> !subject.hidden()).forEach(subject -> shown.add(subject.personId()));
        view.relativesNotInCase().stream().filter(left -> left.relative() != null)
                .forEach(left -> shown.add(left.relative().id()));
        return shown;
    }

    /** Where one person of a case is held: a subject from those loaded, a child staying behind read on its own. */
    private List<UUID> placementOf(UUID personId, CaseRecord record) {
        Person subject = record.persons().get(personId);
        if (subject == null) {
            return facilityOf(personId);
        }
        return subject.currentFacilityId == null ? List.of() : List.of(subject.currentFacilityId);
    }

    List<UUID> facilityOf(UUID personId) {
        return em.createQuery("select p.currentFacilityId from Person p where p.id = :id and p.currentFacilityId is not null",
                UUID.class).setParameter("id", personId).getResultList();
    }

    List<UUID> subjectFacilities(UUID caseId) {
        return em.createQuery("select p.currentFacilityId from CaseSubject s, Person p where p.id = s.personId"
                + " and s.caseId = :case and p.currentFacilityId is not null", UUID.class)
                .setParameter("case", caseId).getResultList();
    }

    List<RecordedCheck> checks(UUID caseId) {
        return em.createQuery("from RecordedCheck c where c.caseId = :case", RecordedCheck.class).setParameter("case", caseId)
                .getResultList();
    }

    private List<CaseView.TransitionView> timeline(UUID caseId) {
        return em.createQuery("from Transition t where t.caseId = :case order by t.at, t.id", Transition.class)
                .setParameter("case", caseId).getResultList().stream()
                .map(t -> new CaseView.TransitionView(t.fromStage, t.toStage, t.reason, t.by, t.at)).toList();
    }

    private List<CaseView.NoteView> notes(UUID caseId) {
        return em.createQuery("from CaseNote n where n.caseId = :case order by n.writtenAt", CaseNote.class)
                .setParameter("case", caseId).getResultList().stream()
                .map(n -> new CaseView.NoteView(n.text, n.writtenBy, n.writtenAt)).toList();
    }

    private boolean child(Person person) {
        return person != null && person.dateOfBirth != null
                && Age.of(person.dateOfBirth, person.dateOfBirthPrecision, today()).isChild();
    }

    boolean overdue(RepatriationCase found) {
        return found.stageDue != null && found.stageDue.isBefore(today());
    }

    /** A person as the checklist and the gates name them: the registration number, if the caller may see them. */
    private String label(UUID personId, Map<UUID, Relative> shown) {
        if (personId == null) {
            return null;
        }
        Relative relative = shown.get(personId);
        return relative == null ? text.get("case.person.hidden") : relative.registrationNumber();
    }

    /** A person's name as the checklist groups by it; none for the whole case or someone the caller may not see. */
    private static String name(UUID personId, Map<UUID, Relative> shown) {
        Relative relative = personId == null ? null : shown.get(personId);
        return relative == null ? null : relative.name();
    }

    private String describe(Gates.Unmet unmet) {
        return unmet.label() == null ? text.get(unmet.rule(), "") : text.get(unmet.rule(), unmet.label());
    }

    /**
     * The unmet conditions in words. Those about people outside the caller's access are told as one
     * line: which rule a hidden person misses would say what they are (a child, a document expiring).
     */
    List<String> described(List<Gates.Unmet> unmet) {
        String hidden = text.get("case.person.hidden");
        List<String> lines = new ArrayList<>(unmet.stream().filter(u -> !hidden.equals(u.label())).map(this::describe)
                .distinct().toList());
        if (unmet.stream().anyMatch(u -> hidden.equals(u.label()))) {
            lines.add(text.get("case.gate.hidden"));
        }
        return lines;
    }

    private static List<CaseView.TransitionView> withoutReasons(List<CaseView.TransitionView> timeline) {
        return timeline.stream().map(CaseView.TransitionView::withoutReason).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
