package org.homeward.families;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.people.BirthRange;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.people.PersonViews;
import org.homeward.people.Sex;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.RuleBroken;
import org.homeward.kernel.ValidationFailed;

/**
 * Family links between registered people, with the rules that keep a family tree possible: no one
 * is their own relative, no one is their own ancestor, one mother and one father, a parent old
 * enough to be one. Both people must be in the caller's scope to link or unlink them; a relative
 * outside it is shown only as "a relative outside your access".
 */
@ApplicationScoped
public class RelationshipService {

    /** What a link's removal reason holds (V6). */
    private static final int REASON_LENGTH = 500;

    static final String AUDIT_TYPE = "RELATIONSHIP";
    static final String FAMILY_AUDIT_TYPE = "FAMILY";

    @Inject
    RelationshipRepository relationshipRepository;

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonViews personViews;

    @Inject
    jakarta.persistence.EntityManager em;

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

    /** The links of a person in scope, from their side; the relatives shown are audited as read. */
    public List<RelationshipView> of(UUID personId) {
        Person person = personAccess.forChange(personId);
        List<Relationship> links = relationshipRepository.of(person.id);
        Map<UUID, Relative> shown = visibleRelatives(links.stream().map(link -> link.other(person.id)).toList());
        auditShown(person.id, shown);
        return links.stream().map(link -> view(link, person.id, shown, List.of())).toList();
    }

    /** A person's current family links, as recorded (for the gates of a repatriation case). */
    public List<Relationship> linksOf(UUID personId) {
        return relationshipRepository.of(personId);
    }

    /**
     * The people the caller may see, by id, among {@code ids}, as a family view shows them; the
     * others are left out, to be shown without a name (also used by repatriation cases).
     */

    public Map<UUID, Relative> visibleRelatives(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Predicate<Person> visible = personAccess.visibility();
        Map<UUID, FacilityRef> refs = facilityService.refs();
        Map<UUID, Relative> shown = new HashMap<>();
        personAccess.byIds(ids).values().stream().filter(visible)
                .forEach(relative -> shown.put(relative.id, Relative.of(personViews.view(relative, refs))));
        return shown;
    }

    /** Reading relatives is reading their records: one event names everyone shown beside the person. */
    void auditShown(UUID personId, Map<UUID, Relative> shown) {
        if (!shown.isEmpty()) {
            audit.disclosed(AuditAction.VIEW, FAMILY_AUDIT_TYPE, personId,
                    Map.of("relatives", shown.keySet().stream().sorted().toList()), shown.keySet());
        }
    }

    /** Records "{@code personId} is {@code input.type} {@code input.personId}"; answers it with any doubts found. */
    @Transactional
    public RelationshipView link(UUID personId, RelationshipInput input) {
        Person subject = personAccess.forChange(personId);
        if (input == null) {
            throw text.missingBody();
        }
        new FieldErrors().addViolations(validator.validate(input)).throwIfAny();
        Person relative = personAccess.reachable(input.personId())
                .orElseThrow(() -> broken("personId", "relationship.person.unknown"));
        Recorded recorded = record(subject, input.type(), relative, input.evidence());
        return view(recorded.link(), subject.id, visibleRelatives(List.of(relative.id)), recorded.warnings());
    }

    /**
     * The family-link form: "this person is {@code choice} the person numbered {@code registrationNumber}".
     * Errors name the form's fields ({@code registrationNumber}, {@code relation}).
     */
    @Transactional
    public RelationshipView link(UUID personId, LinkChoice choice, String registrationNumber, Evidence evidence) {
        Person person = personAccess.forChange(personId);
        Person relative = personAccess.reachableByNumber(registrationNumber)
                .orElseThrow(() -> broken("registrationNumber", "relationship.person.unknown"));
        if (choice == null || evidence == null) {
            throw new ValidationFailed(List.of(text.error(choice == null ? "relation" : "evidence",
                    "jakarta.validation.constraints.NotNull.message")));
        }
        try {
            return link(person, choice, relative, evidence);
        } catch (ValidationFailed failed) {
            throw new ValidationFailed(failed.errors().stream().map(error -> new FieldError(
                    error.field().equals("type") ? "relation" : "registrationNumber", error.message())).toList());
        }
    }

    /**
     * "{@code personId} is {@code choice} {@code relativeId}" between two people in scope (an
     * import's family links); refused, as the form would be, under {@code type} and {@code personId}.
     */
    @Transactional
    public RelationshipView link(UUID personId, LinkChoice choice, UUID relativeId, Evidence evidence) {
        Person person = personAccess.forChange(personId);
        Person relative = personAccess.reachable(relativeId).orElseThrow(() -> broken("personId", "relationship.person.unknown"));
        return link(person, choice, relative, evidence);
    }

    private RelationshipView link(Person person, LinkChoice choice, Person relative, Evidence evidence) {
        if (choice.fromRelative()) {
            Recorded recorded = record(relative, choice.type(relative.sex), person, evidence);
            return view(recorded.link(), person.id, visibleRelatives(List.of(relative.id)), recorded.warnings());
        }
        return link(person.id, new RelationshipInput(choice.type(null), relative.id, evidence));
    }

    /**
     * Why "{@code person} is {@code choice} {@code relative}" would be refused now, if it would:
     * the rules of {@link #link} asked without locking or recording anything (an import's preview),
     * under {@code type} and {@code personId}.
     */
    public java.util.Optional<FieldError> refusal(Person person, LinkChoice choice, Person relative) {
        try {
            if (choice.fromRelative()) {
                rules(relative, choice.type(relative.sex), person);
            } else {
                rules(person, choice.type(null), relative);
            }
            return java.util.Optional.empty();
        } catch (ValidationFailed refused) {
            return java.util.Optional.of(refused.errors().get(0));
        }
    }

    /** A link just stored, with the doubts it raised. */
    record Recorded(Relationship link, List<String> warnings) {
    }

    /** Checks and stores a link between two people already known to be in scope (or just registered). */
    Recorded record(Person subject, RelationshipType type, Person relative, Evidence evidence) {
        List<String> warnings = check(subject, type, relative);
        Relationship link = new Relationship();
        link.id = UUID.randomUUID();
        link.type = type;
        link.personId = subject.id;
        link.relativeId = relative.id;
        link.evidence = evidence;
        link.recordedBy = caller.username();
        link.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        relationshipRepository.persist(link);
        relationshipRepository.flush();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, link.id, Map.of("after", stored(link), "warnings", warnings));
        return new Recorded(link, warnings);
    }

    /**
     * The rules of a new link; answers the doubts that do not stop it. Both people are locked
     * first, so two people recording a mother for the same child at once cannot both succeed.
     */
    List<String> check(Person subject, RelationshipType type, Person relative) {
        lockInOrder(subject, relative);
        return rules(subject, type, relative);
    }

    /** The rules of a new link between two different people; answers the doubts that do not stop it. */
    private List<String> rules(Person subject, RelationshipType type, Person relative) {
        if (subject.id.equals(relative.id)) {
            throw broken("personId", "relationship.self");
        }
        if (relationshipRepository.linked(subject.id, relative.id, type)) {
            throw broken("personId", "relationship.exists");
        }
        List<String> warnings = new ArrayList<>();
        if (type.parental()) {
            Sex parentSex = type == RelationshipType.MOTHER_OF ? Sex.F : Sex.M;
            if (subject.sex != parentSex) {
                throw broken("type", type == RelationshipType.MOTHER_OF ? "relationship.mother.sex"
                        : "relationship.father.sex");
            }
            if (relationshipRepository.hasParent(relative.id, type)) {
                throw broken("type", type == RelationshipType.MOTHER_OF ? "relationship.mother.exists"
                        : "relationship.father.exists");
            }
            if (relationshipRepository.isAncestor(relative.id, subject.id)) {
                throw broken("personId", "relationship.cycle");
            }
            var parentBorn = BirthRange.of(subject);
            var childBorn = BirthRange.of(relative);
            if (parentBorn.isPresent() && childBorn.isPresent()) {
                switch (ParentAge.check(type, parentBorn.get(), childBorn.get())) {
                    case IMPOSSIBLE -> throw broken("personId", "relationship.parent.age.impossible");
                    case DOUBTFUL -> warnings.add(text.get("relationship.parent.age.doubtful"));
                    case PLAUSIBLE -> {
                        // nothing to say
                    }
                }
            }
        }
        return warnings;
    }

    /** Ends a link of a person in scope, keeping it on record with who ended it and why. */
    @Transactional
    public void unlink(UUID personId, UUID relationshipId, String reason) {
        Person person = personAccess.forChange(personId);
        Relationship link = relationshipRepository.findById(relationshipId);
        if (link == null || link.removedAt != null
                || !(person.id.equals(link.personId) || person.id.equals(link.relativeId))) {
            throw new NotFoundException();
        }
        if (personAccess.reachable(link.other(person.id)).isEmpty()) {
            throw new NotFoundException();
        }
        if (reason != null && reason.strip().length() > REASON_LENGTH) {
            throw new org.homeward.kernel.ValidationFailed(List.of(text.error("reason", "text.too-long", REASON_LENGTH)));
        }
        Map<String, Object> before = stored(link);
        link.removedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        link.removedBy = caller.username();
        link.removalReason = reason == null || reason.isBlank() ? null : reason.strip();
        relationshipRepository.flush();
        audit.record(AuditAction.DELETE, AUDIT_TYPE, link.id, Map.of("before", before, "after", stored(link)));
    }

    RelationshipView view(Relationship link, UUID seenFrom, Map<UUID, Relative> shown, List<String> warnings) {
        Relative relative = shown.get(link.other(seenFrom));
        return new RelationshipView(link.id, link.type, link.kinSeenFrom(seenFrom),
                relative == null ? null : relative.id(), relative, relative == null,
                // of a relative outside the caller's access: that they exist and how related, nothing more
                relative == null ? null : link.evidence, relative == null ? null : link.recordedBy,
                relative == null ? null : link.recordedAt, warnings);
    }

    /** The link as the audit trail keeps it: both people by id, whatever the reader may see. */
    private static Map<String, Object> stored(Relationship link) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("type", link.type);
        stored.put("personId", link.personId);
        stored.put("relativeId", link.relativeId);
        stored.put("evidence", link.evidence);
        stored.put("removedAt", link.removedAt);
        stored.put("removalReason", link.removalReason);
        return stored;
    }

    private void lockInOrder(Person one, Person other) {
        List.of(one, other).stream().sorted(Comparator.comparing(person -> person.id))
                .forEach(person -> em.lock(person, LockModeType.PESSIMISTIC_WRITE));
    }

    private RuleBroken broken(String field, String rule) {
        return new RuleBroken(new FieldError(field, text.get(rule)));
    }
}
