package org.homeward.movements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.people.Admitting;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.RuleBroken;

/**
 * Records movements and keeps each person's status and current facility in step with their
 * history. Impossible histories are refused with the rule they break ({@link MovementRules}).
 */
@ApplicationScoped
public class MovementService {

    public static final String AUDIT_TYPE = "MOVEMENT";

    @Inject
    EntityManager em;

    @Inject
    PersonAccess personAccess;

    @Inject
    FacilityService facilityService;

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

    /** The history of a person in scope, newest first. */
    public List<MovementView> history(UUID personId) {
        personAccess.forChange(personId);
        List<MovementView> history = historyOf(personId, facilityService.refs());
        audit.record(AuditAction.VIEW, AUDIT_TYPE, personId, null);
        return history;
    }

    /** The history of a person the caller has already checked and audited (the person page), newest first. */
    public List<MovementView> historyOf(UUID personId, Map<UUID, FacilityRef> refs) {
        return em.createQuery(
                "from Movement m where m.personId = :person order by m.date desc, m.recordedAt desc", Movement.class)
                .setParameter("person", personId).getResultList().stream()
                .map(movement -> MovementView.of(movement, refs)).toList();
    }

    @Transactional
    public MovementView record(UUID personId, MovementInput input) {
        Person person = personAccess.forChange(personId);
        if (input == null) {
            throw text.missingBody();
        }
        new FieldErrors().addViolations(validator.validate(input)).throwIfAny();
        Movement movement = move(person, standingOf(person), input.type(), input.toFacilityCode(), input.date(), input.note());
        MovementView recorded = MovementView.of(movement, facilityService.refs());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, personId, recorded);
        return recorded;
    }

    /**
     * Moves several people to one facility in one transaction: all of them, or, when any one
     * of them cannot be moved, none — with the reason, naming that person.
     */
    @Transactional
    public int transferAll(TransferInput input) {
        if (input == null) {
            throw text.missingBody();
        }
        FieldErrors errors = new FieldErrors().addViolations(validator.validate(input));
        errors.throwIfAny();
        Map<UUID, FacilityRef> refs = facilityService.refs();
        for (UUID personId : new java.util.LinkedHashSet<>(input.personIds())) {
            Person person = personAccess.forChange(personId);
            try {
                Movement movement = move(person, standingOf(person), MovementType.TRANSFER, input.toFacilityCode(),
                        input.date(), input.note());
                audit.record(AuditAction.CREATE, AUDIT_TYPE, personId, MovementView.of(movement, refs));
            } catch (RuleBroken broken) {
                throw new RuleBroken(new FieldError("personIds",
                        person.registrationNumber + ": " + broken.errors().get(0).message()));
            }
        }
        return input.personIds().size();
    }

    /**
     * The first movement of someone being registered, in the registration's transaction. Saves
     * the new person too, once placed: a person is never stored without a status.
     */
    void admit(@Observes Admitting admitting) {
        move(admitting.unsaved(), MovementRules.Standing.UNREGISTERED, MovementType.ADMISSION,
                admitting.facilityCode(), admitting.date(), null);
    }

    /**
     * Why an admission into {@code facilityCode} on {@code date} would be refused, if it would: the
     * rules of {@link #admit} asked without recording anything (an import's preview).
     */
    public Optional<FieldError> admissionRefusal(String facilityCode, LocalDate date) {
        try {
            destination(MovementRules.Standing.UNREGISTERED, MovementType.ADMISSION, facilityCode, date);
            return Optional.empty();
        } catch (RuleBroken refused) {
            return Optional.of(refused.errors().get(0));
        }
    }

    /** Where a registered person stands now: what the rules of their next movement start from. */
    public MovementRules.Standing standingOf(Person person) {
        return new MovementRules.Standing(person.status, person.currentFacilityId, lastMovementDate(person.id));
    }

    /**
     * Where a movement would leave someone standing at {@code standing}, once every rule of {@link
     * #record} agrees; refused as it would be refused there. Records nothing: an import's preview
     * asks it of each movement of a person in turn.
     */
    public MovementRules.Standing standingAfter(MovementRules.Standing standing, MovementInput input) {
        new FieldErrors().addViolations(validator.validate(input)).throwIfAny();
        MovementRules.Destination target = destination(standing, input.type(), input.toFacilityCode(), input.date());
        return new MovementRules.Standing(MovementRules.statusAfter(input.type(), target == null ? null : target.type()),
                input.type().needsDestination() ? target.id() : null, input.date());
    }

    private Movement move(Person person, MovementRules.Standing standing, MovementType type, String toFacilityCode,
            LocalDate date, String note) {
        MovementRules.Destination target = destination(standing, type, toFacilityCode, date);

        Movement movement = new Movement();
        movement.id = UUID.randomUUID();
        movement.personId = person.id;
        movement.type = type;
        movement.fromFacilityId = person.currentFacilityId;
        movement.toFacilityId = target == null ? null : target.id();
        movement.date = date;
        movement.note = note == null || note.isBlank() ? null : note.strip();
        movement.recordedBy = caller.username();
        movement.recordedAt = Instant.now(clock);

        person.status = MovementRules.statusAfter(type, target == null ? null : target.type());
        person.currentFacilityId = type.needsDestination() ? target.id() : null;
        if (!em.contains(person)) {
            em.persist(person);
        }
        em.persist(movement);
        return movement;
    }

    /**
     * Puts a person where the latest movement of their history leaves them: after a merge joined
     * two histories, or an unmerge split them again. A person without movements stays as they are.
     */
    public void settleFromHistory(Person person) {
        List<Movement> latest = em.createQuery(
                "from Movement m where m.personId = :person order by m.date desc, m.recordedAt desc", Movement.class)
                .setParameter("person", person.id).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return;
        }
        Movement movement = latest.get(0);
        FacilityRef destination = movement.toFacilityId == null ? null : facilityService.refs().get(movement.toFacilityId);
        person.status = MovementRules.statusAfter(movement.type, destination == null ? null : destination.type());
        person.currentFacilityId = movement.type.needsDestination() ? movement.toFacilityId : null;
    }

    /** Where a movement would take the person, once every rule of movements agrees; refused with {@link RuleBroken}. */
    private MovementRules.Destination destination(MovementRules.Standing standing, MovementType type, String toFacilityCode,
            LocalDate date) {
        Optional<FacilityRef> destination = toFacilityCode == null || toFacilityCode.isBlank() ? Optional.empty()
                : facilityService.byCode(toFacilityCode.strip().toUpperCase(java.util.Locale.ROOT));
        if (toFacilityCode != null && !toFacilityCode.isBlank() && destination.isEmpty()) {
            throw broken("toFacilityCode", "movement.destination.unknown");
        }
        if (type == MovementType.ADMISSION && destination.isPresent() && !mayAdmitInto(destination.get())) {
            throw broken("toFacilityCode", "movement.destination.out-of-scope");
        }
        MovementRules.Destination target = destination
                .map(ref -> new MovementRules.Destination(ref.id(), ref.type(), ref.active())).orElse(null);
        MovementRules.violation(standing, type, target, date, LocalDate.now(clock)).ifPresent(rule -> {
            throw broken(type.needsDestination() && rule.startsWith("movement.destination") ? "toFacilityCode"
                    : rule.startsWith("movement.date") ? "date" : "type", rule);
        });
        return target;
    }

    /** A case worker admits people only into the facilities they work in; an admin anywhere. */
    private boolean mayAdmitInto(FacilityRef facility) {
        return caller.mayWorkIn(facility.id());
    }

    private LocalDate lastMovementDate(UUID personId) {
        return em.createQuery("select max(m.date) from Movement m where m.personId = :person", LocalDate.class)
                .setParameter("person", personId).getSingleResult();
    }

    private RuleBroken broken(String field, String rule) {
        return new RuleBroken(new FieldError(field, text.get(rule)));
    }
}
