package org.homeward.repatriation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.ForbiddenException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.movements.MovementInput;
import org.homeward.movements.MovementService;
import org.homeward.movements.MovementType;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.people.PersonService;
import org.homeward.reference.Countries;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.RuleBroken;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.ValidationFailed;

/**
 * Changing repatriation cases, from identification to handover: the stages and their gates
 * ({@link Transitions}, {@link Gates}), one open case per person and country, the family unity
 * guard, the checklist, notes, and completion, which moves every subject home in one transaction.
 * Every change is of a case in the caller's scope ({@link Caller}) and audited.
 */
@ApplicationScoped
public class CaseService {

    static final String AUDIT_TYPE = "CASE";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    LocalizedText text;

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonService personService;

    @Inject
    MovementService movementService;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    CaseFile caseFile;

    @Inject
    CaseQueries caseQueries;

    @Inject
    Clock clock;

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
        CaseView view = caseFile.view(opened);
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
        RepatriationCase found = caseQueries.visible(id);
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
                throw new StaleEdit(caseFile.view(found));
            }
            throw broken("to", refusal.get());
        }
        String reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        if (reason == null && Transitions.needsReason(from, to)) {
            throw broken("reason", "case.transition.reason");
        }
        if (Transitions.gated(from, to)) {
            List<Gates.Unmet> unmet = Gates.unmet(to, caseFile.facts(found, caseFile.read(found)));
            if (!unmet.isEmpty()) {
                throw new RuleBroken(caseFile.described(unmet).stream().map(message -> new FieldError("to", message)).toList());
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
            for (UUID subject : caseFile.subjectIds(found.id)) {
                movementService.record(subject, new MovementInput(MovementType.REPATRIATION, null, found.handoverDate,
                        text.get("case.movement.note", found.caseNumber)));
            }
        }
        em.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("transition", Map.of("from", from, "to", to,
                "reason", reason == null ? "" : reason)));
        return caseFile.view(found);
    }

    /** Records one checklist item; the nationality check also verifies the nationality on the person. */
    @Transactional
    public CaseView record(UUID id, CheckItem item, CheckInput input) {
        RepatriationCase found = caseQueries.visible(id);
        if (!caller.mayRecordCheck(item.caseworkerMayRecord(), found.country, caseFile.subjectFacilities(found.id))) {
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
        requireRecorder(found, item, personId);
        CheckFields.require(item, input, done, text);

        RecordedCheck recorded = RecordedCheck.find(caseFile.checks(id), item, personId);
        RecordedCheck check = recorded != null ? recorded : new RecordedCheck();
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
        return caseFile.view(found);
    }

    /**
     * Refuses an entry the caller may not record: a person the item does not concern (422), or,
     * for a case worker, a person they do not care for (403). The case itself is checked first.
     */
    void requireRecorder(RepatriationCase found, CheckItem item, UUID personId) {
        if (!caller.mayRecordCheck(item.caseworkerMayRecord(), found.country, caseFile.subjectFacilities(found.id))) {
            throw new ForbiddenException();
        }
        if (item.perPerson()) {
            // a child this case would separate, even one outside the caller's scope, is found by id
            boolean concerned = personId != null && (caseFile.subjectIds(found.id).contains(personId)
                    || item == CheckItem.BEST_INTERESTS && caseFile.read(found).separated().stream()
                            .anyMatch(separated -> separated.childId().equals(personId)));
            if (!concerned) {
                throw broken("personId", "case.check.person");
            }
            // a case worker records consent or clearance only for a person they care for
            if (!caller.mayRecordCheck(item.caseworkerMayRecord(), found.country, caseFile.facilityOf(personId))) {
                throw new ForbiddenException();
            }
        }
    }

    @Transactional
    public CaseView note(UUID id, NoteInput input) {
        RepatriationCase found = caseQueries.visible(id);
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
        return caseFile.view(found);
    }

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

    /**
     * Every change of a case names the version its author saw: a change made on a stale page (a
     * withdrawn consent marked done again) is refused with the case as it is now.
     */
    private void requireCurrent(RepatriationCase found, Long version) {
        if (version == null) {
            throw new ValidationFailed(List.of(text.error("version", "version.required")));
        }
        if (version != found.version) {
            throw new StaleEdit(caseFile.view(found));
        }
    }

    private static Map<String, Object> stored(RecordedCheck check) {
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

    RuleBroken broken(String field, String rule, Object... arguments) {
        return new RuleBroken(new FieldError(field, text.get(rule, arguments)));
    }
}
