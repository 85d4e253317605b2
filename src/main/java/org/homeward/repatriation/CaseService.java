package org.homeward.repatriation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.households.Relationship;
import org.homeward.households.RelationshipRepository;
import org.homeward.households.RelationshipService;
import org.homeward.households.RelationshipType;
import org.homeward.households.Relative;
import org.homeward.movements.MovementInput;
import org.homeward.movements.MovementService;
import org.homeward.movements.MovementType;
import org.homeward.people.Person;
import org.homeward.people.PersonRepository;
import org.homeward.people.PersonAccess;
import org.homeward.people.PersonService;
import org.homeward.reference.Countries;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.RuleBroken;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.ValidationFailed;

/**
 * Repatriation cases, from identification to handover. Owns the transactions and the rules: the
 * stages and their gates ({@link Transitions}, {@link Gates}), one open case per person and
 * country, the family unity guard, and completion, which moves every subject home in one
 * transaction. Every read is scoped by the caller ({@link Caller}) and every change audited.
 */
@ApplicationScoped
public class CaseService {

    /** The signed protocol's reference is kept on the case (V8: 200 characters). */
    private static final int PROTOCOL_LENGTH = 200;

    static final String AUDIT_TYPE = "CASE";
    private static final Set<RelationshipType> PARENTAL = Set.of(RelationshipType.MOTHER_OF, RelationshipType.FATHER_OF);

    @Inject
    EntityManager em;

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonService personService;

    @Inject
    PersonRepository registry;

    @Inject
    RelationshipRepository relationships;

    @Inject
    RelationshipService relatives;

    @Inject
    MovementService movements;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The filters of the case list. */
    public record Filter(String country, Stage stage, String officer, boolean overdue) {
    }

    public PageOf<CaseSummary> list(Filter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(caller.caseCondition(parameters));
        if (filter.country() != null && !filter.country().isBlank()) {
            if (!Countries.isCountry(filter.country().strip().toUpperCase(Locale.ROOT))) {
                throw new ValidationFailed(List.of(text.error("country", "case.filter.country")));
            }
            where.append(" and c.country = :country");
            parameters.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.stage() != null) {
            where.append(" and c.stage = :stage");
            parameters.put("stage", filter.stage().name());
        }
        if (filter.officer() != null && !filter.officer().isBlank()) {
            where.append(" and c.officer = :officer");
            parameters.put("officer", filter.officer().strip());
        }
        if (filter.overdue()) {
            where.append(" and c.stage_due < :today");
            parameters.put("today", today());
        }
        long total = ((Number) NativeQueries.bind(em.createNativeQuery("select count(*) from repatriation_case c where " + where),
                parameters).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = NativeQueries.bind(em.createNativeQuery("select c.id from repatriation_case c where " + where
                + " order by c.case_number desc limit :limit offset :offset"), parameters)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("filter", filter, "page", page, "total", total));
        return new PageOf<>(summaries(ids), page, size, total);
    }

    public CaseView get(UUID id) {
        RepatriationCase found = visible(id);
        CaseView view = view(found);
        // the people the page named: its subjects and the relatives shown beside them, not the hidden
        audit.disclosed(AuditAction.VIEW, AUDIT_TYPE, id, Map.of("subjects", subjectIds(id)), shownIn(view));
        return view;
    }

    /** Opens a case at IDENTIFIED. Every subject in the caller's scope and holding the country's nationality. */
    @Transactional
    public CaseView open(CaseInput input) {
        if (input == null) {
            throw text.missingBody();
        }
        String country = input.country() == null ? null : input.country().strip().toUpperCase(Locale.ROOT);
        FieldErrors errors = new FieldErrors().addViolations(validator.validate(input));
        if (country == null || !Countries.isCountry(country)) {
            errors.add(text.error("country", "case.country.unknown"));
        }
        List<UUID> subjectIds = input.subjectIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(input.subjectIds().stream().filter(Objects::nonNull).toList()));
        if (subjectIds.isEmpty()) {
            errors.add(text.error("subjectIds", "case.subjects.required"));
        }
        errors.throwIfAny();
        if (!caller.worksFor(country)) {
            throw broken("country", "case.country.out-of-scope");
        }
        List<Person> subjects = new ArrayList<>();
        for (int i = 0; i < subjectIds.size(); i++) {
            int index = i;
            Person person = personAccess.reachable(subjectIds.get(i))
                    .orElseThrow(() -> broken("subjectIds[" + index + "]", "case.subject.unknown"));
            if (person.nationalities.stream().noneMatch(nationality -> nationality.country.equals(country))) {
                throw broken("subjectIds[" + index + "]", "case.subject.nationality", person.registrationNumber);
            }
            if (openCaseOf(person.id, country)) {
                throw broken("subjectIds[" + index + "]", "case.subject.open", person.registrationNumber);
            }
            subjects.add(person);
        }
        RepatriationCase opened = new RepatriationCase();
        opened.id = UUID.randomUUID();
        opened.caseNumber = String.format("RC-%07d",
                ((Number) em.createNativeQuery("select nextval('repatriation_case_number_seq')").getSingleResult())
                        .longValue());
        opened.country = country;
        opened.stage = Stage.IDENTIFIED;
        opened.officer = caller.opensCasesAsTheirOfficer() || input.officer() == null
                || input.officer().isBlank() ? caller.username() : input.officer().strip();
        opened.stageDue = today().plusDays(Stage.DAYS_PER_STAGE);
        opened.openedBy = caller.username();
        opened.openedAt = now();
        opened.updatedAt = opened.openedAt;
        em.persist(opened);
        for (Person person : subjects) {
            CaseSubject subject = new CaseSubject();
            subject.caseId = opened.id;
            subject.personId = person.id;
            subject.country = country;
            subject.open = true;
            em.persist(subject);
        }
        addTransition(opened, null, Stage.IDENTIFIED, null);
        em.flush();
        CaseView view = view(opened);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, opened.id, Map.of("after", Map.of("country", country,
                "subjects", subjectIds, "officer", opened.officer, "separations", view.separations().size())));
        return view;
    }

    /**
     * Moves the case to another stage, if the move exists, its reason is given where one is
     * needed, and the gate of the stage reached is met (else 422 with every unmet condition). The
     * case is locked first: of two people moving it at once, the second sees the first's result.
     */
    @Transactional
    public CaseView transition(UUID id, TransitionInput input) {
        RepatriationCase found = visible(id);
        if (!caller.worksFor(found.country)) {
            throw new ForbiddenException();
        }
        if (input == null || input.to() == null) {
            throw new ValidationFailed(List.of(text.error("to", "jakarta.validation.constraints.NotNull.message")));
        }
        new FieldErrors().addViolations(validator.validate(input)).throwIfAny();
        em.lock(found, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found);
        requireCurrent(found, input.version());
        Stage from = found.stage;
        Stage to = input.to();
        var refusal = Transitions.refusal(from, found.heldFromStage, to);
        if (refusal.isPresent()) {
            if (from.closed() || to == from) {
                throw new StaleEdit(view(found));
            }
            throw broken("to", refusal.get());
        }
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        if (reason == null && Transitions.needsReason(from, to)) {
            throw broken("reason", "case.transition.reason");
        }
        if (Transitions.gated(from, to)) {
            List<Gates.Unmet> unmet = Gates.unmet(to, facts(found, read(found)));
            if (!unmet.isEmpty()) {
                throw new RuleBroken(described(unmet).stream().map(message -> new FieldError("to", message)).toList());
            }
        }
        found.heldFromStage = to == Stage.ON_HOLD ? from : null;
        found.stage = to;
        found.stageDue = to.closed() || to == Stage.ON_HOLD ? null : today().plusDays(Stage.DAYS_PER_STAGE);
        found.updatedAt = now();
        addTransition(found, from, to, reason);
        if (to.closed()) {
            closeSubjects(found);
        }
        if (to == Stage.COMPLETED) {
            for (UUID subject : subjectIds(found.id)) {
                movements.record(subject, new MovementInput(MovementType.REPATRIATION, null, found.handoverDate,
                        text.get("case.movement.note", found.caseNumber)));
            }
        }
        em.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("transition", Map.of("from", from, "to", to,
                "reason", reason == null ? "" : reason)));
        return view(found);
    }

    /** Records one checklist item; the nationality check also verifies the nationality on the person. */
    @Transactional
    public CaseView record(UUID id, CheckItem item, CheckInput input) {
        RepatriationCase found = visible(id);
        if (!caller.mayRecordCheck(item.caseworkerMayRecord(), found.country, subjectFacilities(found.id))) {
            throw new ForbiddenException();
        }
        if (input == null) {
            throw text.missingBody();
        }
        new FieldErrors().addViolations(validator.validate(input)).throwIfAny();
        em.lock(found, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found);
        requireCurrent(found, input.version());
        if (found.stage.closed()) {
            throw broken("item", "case.transition.closed");
        }
        boolean done = input.done() == null || input.done();
        UUID personId = item.perPerson() ? input.personId() : null;
        if (item.perPerson()) {
            // a child this case would separate, even one outside the caller's scope, is found by id
            boolean concerned = personId != null && (subjectIds(id).contains(personId)
                    || item == CheckItem.BEST_INTERESTS && read(found).separated().stream()
                            .anyMatch(separated -> separated.childId().equals(personId)));
            if (!concerned) {
                throw broken("personId", "case.check.person");
            }
            // a case worker records consent or clearance only for a person they care for
            if (!caller.mayRecordCheck(item.caseworkerMayRecord(), found.country, facilityOf(personId))) {
                throw new ForbiddenException();
            }
        }
        FieldErrors errors = new FieldErrors();
        if (done && item == CheckItem.TRAVEL_DOCUMENT && (blank(input.documentType()) || blank(input.documentNumber())
                || input.documentExpiry() == null)) {
            errors.add(text.error("documentNumber", "case.check.document"));
        }
        if (done && item == CheckItem.HANDOVER_DETAILS && (input.handoverDate() == null || blank(input.handoverPoint())
                || blank(input.receivingAuthority()))) {
            errors.add(text.error("handoverDate", "case.check.handover"));
        }
        if (done && item == CheckItem.HANDOVER_PROTOCOL && blank(input.detail())) {
            errors.add(text.error("detail", "case.check.protocol"));
        }
        if (item == CheckItem.HANDOVER_PROTOCOL && !blank(input.detail()) && input.detail().strip().length() > PROTOCOL_LENGTH) {
            errors.add(text.error("detail", "text.too-long", PROTOCOL_LENGTH));
        }
        errors.throwIfAny();

        Check recorded = find(checks(id), item, personId);
        Check check = recorded != null ? recorded : new Check();
        if (recorded == null) {
            check.id = UUID.randomUUID();
            check.caseId = id;
            check.item = item;
            check.personId = personId;
        }
        Map<String, Object> before = stored(check);
        check.done = done;
        check.detail = blank(input.detail()) ? null : input.detail().strip();
        check.documentType = done && item == CheckItem.TRAVEL_DOCUMENT ? input.documentType().strip() : null;
        check.documentNumber = done && item == CheckItem.TRAVEL_DOCUMENT ? input.documentNumber().strip() : null;
        check.documentExpiry = done && item == CheckItem.TRAVEL_DOCUMENT ? input.documentExpiry() : null;
        check.recordedBy = caller.username();
        check.recordedAt = now();
        if (recorded == null) {
            em.persist(check);
        }
        if (item == CheckItem.HANDOVER_DETAILS) {
            found.handoverDate = done ? input.handoverDate() : null;
            found.handoverPoint = done ? input.handoverPoint().strip() : null;
            found.receivingAuthority = done ? input.receivingAuthority().strip() : null;
        }
        if (item == CheckItem.HANDOVER_PROTOCOL) {
            found.handoverProtocol = done ? check.detail : null;
        }
        if (item == CheckItem.NATIONALITY_VERIFIED && done) {
            personService.verifyNationality(personId, found.country);
        }
        found.updatedAt = now();
        em.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("check", item, "person", String.valueOf(personId),
                "before", before, "after", stored(check)));
        return view(found);
    }

    @Transactional
    public CaseView note(UUID id, NoteInput input) {
        RepatriationCase found = visible(id);
        if (!caller.worksFor(found.country)) {
            throw new ForbiddenException();
        }
        if (input == null) {
            throw text.missingBody();
        }
        new FieldErrors().addViolations(validator.validate(input)).throwIfAny();
        CaseNote note = new CaseNote();
        note.id = UUID.randomUUID();
        note.caseId = id;
        note.text = input.text().strip();
        note.writtenBy = caller.username();
        note.writtenAt = now();
        em.persist(note);
        found.updatedAt = note.writtenAt;
        em.flush();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, Map.of("note", note.text));
        return view(found);
    }

    /** Cases per stage of the caller's countries, overdue cases, and nationals held with no open case. */
    public CaseDashboard dashboard() {
        Map<String, Object> parameters = new HashMap<>();
        String where = caller.caseCondition(parameters);
        Map<String, Map<Stage, Long>> perStage = new java.util.TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("select c.country, c.stage, count(*) from repatriation_case c"
                + " where " + where + " group by c.country, c.stage"), parameters).getResultList();
        for (Object[] row : rows) {
            perStage.computeIfAbsent((String) row[0], country -> new java.util.EnumMap<>(Stage.class))
                    .put(Stage.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        PageOf<CaseSummary> overdue = list(new Filter(null, null, null, true), 0, 50);

        Set<String> countries = caller.caseCountries();
        Map<String, Object> waiting = new HashMap<>();
        String nationals = countries == null ? "true"
                : countries.isEmpty() ? "false"
                        : "p.id in (select n.person_id from person_nationality n where n.country in (:countries))";
        if (countries != null && !countries.isEmpty()) {
            waiting.put("countries", countries);
        }
        String withoutCase = "select %s from person p where " + nationals
                + " and p.current_facility_id is not null"
                + " and not exists (select 1 from repatriation_subject s where s.person_id = p.id and s.open)";
        long peopleWithoutCase = ((Number) NativeQueries.bind(em.createNativeQuery(String.format(withoutCase, "count(*)")), waiting)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> first = NativeQueries.bind(em.createNativeQuery(String.format(withoutCase, "p.id")
                + " order by p.registration_number limit 20"), waiting).getResultList();
        Map<UUID, Relative> shown = relatives.visibleRelatives(first);
        audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("dashboard", true));
        return new CaseDashboard(perStage, overdue.items(), peopleWithoutCase,
                first.stream().map(shown::get).filter(Objects::nonNull).toList());
    }

    // ------------------------------------------------------------------ reading a case

    private RepatriationCase visible(UUID id) {
        RepatriationCase found = em.find(RepatriationCase.class, id);
        if (found == null) {
            throw new NotFoundException();
        }
        if (!caller.maySeeCase(found.country, subjectFacilities(id))) {
            audit.refused(AUDIT_TYPE, id);
            throw new NotFoundException();
        }
        return found;
    }

    /**
     * Everything a case's page and gates are made of, read once: its people (and which of them
     * the caller may see), their family links, the checklist, and the children it would separate.
     */
    private record CaseRecord(List<UUID> subjectIds, Map<UUID, Person> persons, Map<UUID, Relative> shown,
            Map<UUID, List<Relationship>> links, List<Check> checks, List<Separated> separated) {
    }

    /** A child the case would separate from a parent; {@code inCase}: the child goes, the parent stays. */
    private record Separated(UUID childId, boolean inCase) {
    }

    private CaseRecord read(RepatriationCase found) {
        List<UUID> subjectIds = subjectIds(found.id);
        Map<UUID, Person> persons = persons(subjectIds);
        Map<UUID, List<Relationship>> links = new HashMap<>();
        subjectIds.forEach(subject -> links.put(subject, relationships.of(subject)));
        List<Check> checks = checks(found.id);
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
        persons(staying).values().stream().filter(this::child).forEach(left -> children.putIfAbsent(left.id, false));
        List<Separated> separated = children.entrySet().stream()
                .map(entry -> new Separated(entry.getKey(), entry.getValue())).toList();
        List<UUID> everyone = new ArrayList<>(subjectIds);
        everyone.addAll(children.keySet());
        return new CaseRecord(subjectIds, persons, relatives.visibleRelatives(everyone), links, checks, separated);
    }

    private CaseView view(RepatriationCase found) {
        CaseRecord record = read(found);
        Map<UUID, Relative> shown = record.shown();
        List<CaseView.Subject> subjects = record.subjectIds().stream().map(personId -> new CaseView.Subject(
                shown.containsKey(personId) ? personId : null, shown.get(personId), !shown.containsKey(personId),
                shown.containsKey(personId) && child(record.persons().get(personId)))).toList();
        List<CaseView.Separation> separations = record.separated().stream()
                .map(s -> new CaseView.Separation(shown.containsKey(s.childId()) ? s.childId() : null,
                        label(s.childId(), shown), s.inCase(),
                        done(record.checks(), CheckItem.BEST_INTERESTS, s.childId())))
                .toList();
        // where the case's people are held, read from the people already loaded
        List<UUID> placements = record.persons().values().stream().map(p -> p.currentFacilityId)
                .filter(Objects::nonNull).toList();
        List<CaseView.CheckEntry> checklist = new ArrayList<>();
        for (CheckItem item : CheckItem.values()) {
            List<UUID> concerned = item == CheckItem.BEST_INTERESTS
                    ? record.separated().stream().map(Separated::childId).toList()
                    : item.perPerson() ? record.subjectIds() : java.util.Collections.singletonList(null);
            for (UUID personId : concerned) {
                Check recorded = find(record.checks(), item, personId);
                boolean hidden = personId != null && !shown.containsKey(personId);
                // of a person outside the caller's access, only whether the item is done (the gates need it)
                Check check = hidden ? null : recorded;
                boolean recordable = !hidden && caller.mayRecordCheck(item.caseworkerMayRecord(), found.country,
                        personId == null ? placements : placementOf(personId, record));
                checklist.add(new CaseView.CheckEntry(item, hidden ? null : personId,
                        label(personId, shown), recorded != null && recorded.done, check == null ? null : check.detail,
                        check == null ? null : check.documentType, check == null ? null : check.documentNumber,
                        check == null ? null : check.documentExpiry, check == null ? null : check.recordedBy,
                        check == null ? null : check.recordedAt, recordable));
            }
        }
        Stage next = found.stage == Stage.ON_HOLD ? found.heldFromStage : found.stage.next();
        List<String> unmet = next == null || found.stage.closed() ? List.of()
                : described(Gates.unmet(next, facts(found, record)));
        // free text about everyone in the case: for those who run it, or who see all its people
        boolean seesWholeCase = caller.worksFor(found.country) || subjects.stream().noneMatch(CaseView.Subject::hidden);
        return new CaseView(found.id, found.caseNumber, found.country, found.stage, found.heldFromStage, found.officer,
                found.stageDue, overdue(found), found.openedAt, found.updatedAt, subjects,
                new CaseView.Handover(found.handoverDate, found.handoverPoint, found.receivingAuthority,
                        found.handoverProtocol),
                checklist, found.stage.closed() ? null : next, unmet, separations, leftBehind(record),
                seesWholeCase ? timeline(found.id) : withoutReasons(timeline(found.id)),
                seesWholeCase ? notes(found.id) : List.of(), found.version);
    }

    /** Everything the gates look at. */
    private Gates.Facts facts(RepatriationCase found, CaseRecord record) {
        List<Gates.Subject> subjects = new ArrayList<>();
        for (UUID personId : record.subjectIds()) {
            Check document = find(record.checks(), CheckItem.TRAVEL_DOCUMENT, personId);
            boolean child = child(record.persons().get(personId));
            subjects.add(new Gates.Subject(personId, label(personId, record.shown()), child,
                    done(record.checks(), CheckItem.CONSENT, personId),
                    done(record.checks(), CheckItem.NATIONALITY_VERIFIED, personId),
                    done(record.checks(), CheckItem.MEDICAL_CLEARANCE, personId),
                    document != null && document.done ? document.documentExpiry : null,
                    !child || filiationProven(personId, record)));
        }
        List<Gates.Separation> separations = record.separated().stream()
                .map(s -> new Gates.Separation(s.childId(), label(s.childId(), record.shown()),
                        done(record.checks(), CheckItem.BEST_INTERESTS, s.childId())))
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
        Map<UUID, Relative> shown = relatives.visibleRelatives(relativeIds);
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

    private List<CaseSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, RepatriationCase> byId = new HashMap<>();
        em.createQuery("from RepatriationCase c where c.id in :ids", RepatriationCase.class).setParameter("ids", ids)
                .getResultList().forEach(c -> byId.put(c.id, c));
        Map<UUID, Long> counts = new HashMap<>();
        // people outside the caller's access are not counted: how many there are is not theirs to know
        Map<String, Object> parameters = new HashMap<>();
        String visible = caller.people().where(parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("select s.case_id, count(*) from repatriation_subject s"
                + " join person p on p.id = s.person_id where s.case_id in (:ids) and " + visible + " group by s.case_id"),
                parameters).setParameter("ids", ids).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return ids.stream().map(byId::get).map(c -> new CaseSummary(c.id, c.caseNumber, c.country, c.stage, c.officer,
                c.stageDue, overdue(c), counts.getOrDefault(c.id, 0L).intValue(), c.version)).toList();
    }

    // ------------------------------------------------------------------ small reads and writes

    private void addTransition(RepatriationCase found, Stage from, Stage to, String reason) {
        Transition transition = new Transition();
        transition.id = UUID.randomUUID();
        transition.caseId = found.id;
        transition.fromStage = from;
        transition.toStage = to;
        transition.reason = reason;
        transition.by = caller.username();
        transition.at = now();
        em.persist(transition);
    }

    private void closeSubjects(RepatriationCase found) {
        em.createQuery("update CaseSubject s set s.open = false where s.caseId = :case")
                .setParameter("case", found.id).executeUpdate();
    }

    private boolean openCaseOf(UUID personId, String country) {
        return em.createQuery("select count(s) from CaseSubject s where s.personId = :person and s.country = :country"
                + " and s.open = true", Long.class).setParameter("person", personId).setParameter("country", country)
                .getSingleResult() > 0;
    }

    List<UUID> subjectIds(UUID caseId) {
        return em.createQuery("select s.personId from CaseSubject s, Person p where p.id = s.personId"
                + " and s.caseId = :case order by p.registrationNumber", UUID.class)
                .setParameter("case", caseId).getResultList();
    }

    /** The people a case page names: its visible subjects and the relatives shown beside them. */
    private static List<UUID> shownIn(CaseView view) {
        List<UUID> shown = new ArrayList<>();
        view.subjects().stream().filter(subject -> !subject.hidden()).forEach(subject -> shown.add(subject.personId()));
        view.relativesNotInCase().stream().filter(left -> left.relative() != null)
                .forEach(left -> shown.add(left.relative().id()));
        return shown;
    }

    /**
     * Every change of a case names the version its author saw: a change made on a stale page (a
     * withdrawn consent marked done again) is refused with the case as it is now.
     */
    private void requireCurrent(RepatriationCase found, Long version) {
        if (version == null) {
            throw new ValidationFailed(List.of(text.error("version", "version.required")));
        }
        if (version != found.version) {
            throw new StaleEdit(view(found));
        }
    }

    /** Where one person of a case is held: a subject from those loaded, a child staying behind read on its own. */
    private List<UUID> placementOf(UUID personId, CaseRecord record) {
        Person subject = record.persons().get(personId);
        if (subject == null) {
            return facilityOf(personId);
        }
        return subject.currentFacilityId == null ? List.of() : List.of(subject.currentFacilityId);
    }

    private List<UUID> facilityOf(UUID personId) {
        return em.createQuery("select p.currentFacilityId from Person p where p.id = :id and p.currentFacilityId is not null",
                UUID.class).setParameter("id", personId).getResultList();
    }

    private List<UUID> subjectFacilities(UUID caseId) {
        return em.createQuery("select p.currentFacilityId from CaseSubject s, Person p where p.id = s.personId"
                + " and s.caseId = :case and p.currentFacilityId is not null", UUID.class)
                .setParameter("case", caseId).getResultList();
    }

    private Map<UUID, Person> persons(List<UUID> ids) {
        Map<UUID, Person> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            registry.list("id in ?1", ids).forEach(person -> byId.put(person.id, person));
        }
        return byId;
    }

    private List<Check> checks(UUID caseId) {
        return em.createQuery("from Check c where c.caseId = :case", Check.class).setParameter("case", caseId)
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

    private static Check find(List<Check> checks, CheckItem item, UUID personId) {
        return checks.stream().filter(c -> c.item == item && Objects.equals(c.personId, personId)).findFirst()
                .orElse(null);
    }

    private static boolean done(List<Check> checks, CheckItem item, UUID personId) {
        Check check = find(checks, item, personId);
        return check != null && check.done;
    }

    private boolean child(Person person) {
        return person != null && person.dateOfBirth != null && person.dateOfBirth.isAfter(today().minusYears(18));
    }

    private boolean overdue(RepatriationCase found) {
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

    private String describe(Gates.Unmet unmet) {
        return unmet.label() == null ? text.get(unmet.rule(), "") : text.get(unmet.rule(), unmet.label());
    }

    /**
     * The unmet conditions in words. Those about people outside the caller's access are told as one
     * line: which rule a hidden person misses would say what they are (a child, a document expiring).
     */
    private List<String> described(List<Gates.Unmet> unmet) {
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

    private static Map<String, Object> stored(Check check) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("done", check.done);
        stored.put("detail", check.detail);
        stored.put("documentType", check.documentType);
        stored.put("documentNumber", check.documentNumber);
        stored.put("documentExpiry", check.documentExpiry);
        return stored;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private RuleBroken broken(String field, String rule, Object... arguments) {
        return new RuleBroken(new FieldError(field, text.get(rule, arguments)));
    }
}
