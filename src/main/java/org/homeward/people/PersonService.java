package org.homeward.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.ValidationFailed;

/**
 * Changing the registry: registration with its admission, profile edits, flags, nationalities
 * verified or confirmed. Every change is of a person in the caller's scope and is audited.
 */
@ApplicationScoped
public class PersonService {

    @Inject
    PersonRepository personRepository;

    @Inject
    FacilityService facilityService;

    @Inject
    jakarta.enterprise.event.Event<Admitting> admissions;

    @Inject
    Caller caller;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    @Inject
    NationalityClaims claims;

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonViews personViews;

    @Inject
    PersonValidation personValidation;

    /** Rows written to the database in one round trip by a bulk registration. */
    private static final int BATCH = 50;

    @Transactional
    public PersonView register(PersonInput raw) {
        return register(raw, new FieldErrors());
    }

    /** Registers a person and records their admission, in one transaction. */
    @Transactional
    public PersonView register(PersonInput raw, FieldErrors errors) {
        Person person = admitted(checkedRegistration(raw, errors), personRepository.nextRegistrationNumber());
        personRepository.flush();
        PersonView created = personViews.view(person, facilityService.refs());
        audit.record(AuditAction.CREATE, Person.AUDIT_TYPE, person.id, Map.of("after", created));
        return created;
    }

    /**
     * Registers many people, each with their admission, in the caller's transaction (an import's
     * commit): the same checks and records as {@link #register} and an audit event per person, but
     * written in batches, where a flush and an audit round trip per person made a commit of 50,000
     * rows take minutes. A registration refused is told to {@code refused} with its position; the
     * others are then still checked by every rule, their admission included, but let go of unwritten,
     * so that every refusal is known without holding what will be rolled back. {@code saved} hears how many are done. Answers the new ids in order (null
     * where refused). The persistence context is cleared as it goes: the caller must hold no entity
     * it still means to change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> registerAll(List<PersonInput> inputs, java.util.function.BiConsumer<Integer, ValidationFailed> refused,
            java.util.function.IntConsumer saved) {
        org.hibernate.Session session = personRepository.getEntityManager().unwrap(org.hibernate.Session.class);
        Integer batchSize = session.getJdbcBatchSize();
        session.setJdbcBatchSize(BATCH);
        try {
            java.util.Iterator<String> numbers = personRepository.nextRegistrationNumbers(inputs.size()).iterator();
            Map<UUID, FacilityRef> refs = facilityService.refs();
            List<UUID> ids = new java.util.ArrayList<>(inputs.size());
            Map<UUID, Object> audited = new java.util.LinkedHashMap<>();
            List<Person> pending = new java.util.ArrayList<>();
            boolean anyRefused = false;
            for (int i = 0; i < inputs.size(); i++) {
                String number = numbers.next();
                try {
                    Person person = admitted(checkedRegistration(inputs.get(i), new FieldErrors()), number);
                    if (anyRefused) {
                        // asked for its refusals only: let go of, never written
                        ids.add(null);
                        if (i % (BATCH * 5) == 0) {
                            personRepository.getEntityManager().clear();
                        }
                    } else {
                        pending.add(person);
                        ids.add(person.id);
                    }
                } catch (ValidationFailed refusal) {
                    refused.accept(i, refusal);
                    ids.add(null);
                    if (!anyRefused) {
                        // all will be rolled back: what was kept so far is let go at once
                        anyRefused = true;
                        pending.clear();
                        personRepository.getEntityManager().clear();
                    }
                }
                if (!anyRefused && (pending.size() == BATCH * 5 || i == inputs.size() - 1)) {
                    // written first, so that each audited view is of the record as stored
                    personRepository.flush();
                    pending.forEach(person -> audited.put(person.id, Map.of("after", personViews.view(person, refs))));
                    audit.recordEach(AuditAction.CREATE, Person.AUDIT_TYPE, audited);
                    audited.clear();
                    pending.clear();
                    personRepository.getEntityManager().clear();
                }
                saved.accept(i + 1);
            }
            return ids;
        } finally {
            session.setJdbcBatchSize(batchSize);
        }
    }

    /** A new person from a checked registration, placed by their admission (persisted, not yet flushed). */
    private Person admitted(PersonInput input, String registrationNumber) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.registrationNumber = registrationNumber;
        apply(input, person);
        admissions.fire(new Admitting(person, input.admission().facilityCode(), input.admission().date()));
        return person;
    }

    /**
     * Every broken rule of a registration, without registering anyone: a family registered in one
     * step reports all its members' errors at once.
     */
    public void checkRegistration(PersonInput raw) {
        checkedRegistration(raw, new FieldErrors());
    }

    private PersonInput checkedRegistration(PersonInput raw, FieldErrors errors) {
        if (raw == null) {
            throw text.missingBody();
        }
        PersonInput input = PersonValidation.normalized(raw);
        personValidation.validate(input, errors);
        personValidation.checkNationalityStatuses(input, null, errors);
        if (input.admission() == null) {
            errors.add(text.error("admission", "person.admission.required"));
        }
        errors.throwIfAny();
        return input;
    }

    @Transactional
    public PersonView update(UUID id, PersonInput raw) {
        return update(id, raw, new FieldErrors());
    }

    /** Changes the profile; refuses an edit of a stale version with {@link StaleEdit}. */
    @Transactional
    public PersonView update(UUID id, PersonInput raw, FieldErrors errors) {
        Person person = personAccess.visible(id);
        if (raw == null) {
            throw text.missingBody();
        }
        if (person.anonymizedAt != null) {
            // names typed into an anonymized record would identify someone the registry let go
            throw new org.homeward.kernel.RuleBroken(List.of(text.error("id", "person.anonymized")));
        }
        PersonInput input = PersonValidation.normalized(raw);
        Map<UUID, FacilityRef> refs = facilityService.refs();
        if (input.version() == null) {
            errors.add(text.error("version", "version.required")).throwIfAny();
        }
        PersonView before = personViews.view(person, refs);
        if (input.version() != person.version) {
            throw new StaleEdit(before);
        }
        personValidation.validate(input, errors);
        errors.throwIfAny();
        personValidation.checkNationalityStatuses(input, person, errors);
        errors.throwIfAny();
        Set<PersonFlag> hiddenFromCaller = person.flags.stream().filter(flag -> !personAccess.canSee(flag)).collect(Collectors.toSet());
        List<PersonInput.NationalityInput> claimed = caller.addsNationalitiesPendingConfirmation()
                ? newNationalities(input, person) : List.of();
        apply(withoutNationalities(input, claimed), person);
        person.flags.addAll(hiddenFromCaller);
        personRepository.flush();
        Set<String> held = person.nationalities.stream().map(n -> n.country).collect(Collectors.toSet());
        claims.keepOnly(id, PersonValidation.orEmpty(input.nationalities()).stream().map(PersonInput.NationalityInput::country)
                .filter(country -> !held.contains(country)).toList());
        claimed.forEach(n -> claims.claim(id, n.country(), caller.username(), caller.subject()));
        PersonView after = personViews.withClaims(personViews.view(person, refs));
        audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, id, Map.of("before", before, "after", after));
        return after;
    }

    /**
     * Completes a registered person from a row of an import judged to be them: what the record
     * lacks is filled in, nationalities and documents it does not hold are added; nothing already
     * recorded is overwritten (a list read from a spreadsheet does not outrank a checked record).
     * An ordinary update: scope-checked, audited, claims pending confirmation as usual.
     */
    @Transactional
    public PersonView completeFrom(UUID id, PersonInput found) {
        Person person = personAccess.visible(id);
        PersonView held = personViews.view(person, facilityService.refs());
        // claims waiting for a second person's confirmation stay as they are: neither confirmed nor dropped
        List<NationalityClaims.Claim> pending = claims.of(id);
        Set<String> known = new HashSet<>();
        held.nationalities().forEach(n -> known.add(n.country()));
        pending.forEach(c -> known.add(c.country()));
        List<PersonInput.NationalityInput> nationalities = new java.util.ArrayList<>(held.nationalities().stream()
                .map(n -> new PersonInput.NationalityInput(n.country(), n.status())).toList());
        PersonValidation.orEmpty(found.nationalities()).stream().filter(n -> !known.contains(n.country()))
                .forEach(nationalities::add);
        List<PersonInput.DocumentInput> documents = new java.util.ArrayList<>(held.documents().stream()
                .map(d -> new PersonInput.DocumentInput(d.type(), d.number(), d.issuingCountry(), d.expiry())).toList());
        PersonValidation.orEmpty(found.documents()).stream()
                .filter(d -> documents.stream().noneMatch(h -> h.number().equals(d.number()) && h.type() == d.type()))
                .forEach(documents::add);
        List<String> aliases = new java.util.ArrayList<>(PersonValidation.orEmpty(held.aliases()));
        PersonValidation.orEmpty(found.aliases()).stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        boolean bornBetterKnown = held.dateOfBirth() == null && found.dateOfBirth() != null;
        PersonView completed = update(id, new PersonInput(or(held.givenName(), found.givenName()),
                or(held.fatherName(), found.fatherName()), or(held.grandfatherName(), found.grandfatherName()),
                or(held.familyName(), found.familyName()), or(held.givenNameAr(), found.givenNameAr()),
                or(held.fatherNameAr(), found.fatherNameAr()), or(held.grandfatherNameAr(), found.grandfatherNameAr()),
                or(held.familyNameAr(), found.familyNameAr()), aliases, held.sex(),
                bornBetterKnown ? found.dateOfBirth() : held.dateOfBirth(),
                bornBetterKnown ? found.dateOfBirthPrecision() : held.dateOfBirthPrecision(),
                or(held.placeOfBirth(), found.placeOfBirth()), nationalities, documents, held.category(),
                Set.copyOf(held.flags()), null, held.version()));
        Set<String> stillClaimed = claims.of(id).stream().map(NationalityClaims.Claim::country).collect(Collectors.toSet());
        pending.stream().filter(c -> !stillClaimed.contains(c.country()))
                .forEach(c -> claims.claim(id, c.country(), c.claimedBy(), c.claimedBySubject()));
        return completed;
    }

    private static String or(String held, String found) {
        return held != null ? held : found;
    }

    /**
     * Sets one flag on a person in scope: a suggestion from the data (an unaccompanied child)
     * confirmed by the caller. Audited like any change; nothing happens if it is already set.
     */
    @Transactional
    public PersonView addFlag(UUID id, PersonFlag flag) {
        Person person = personAccess.visible(id);
        if (flag == null || !personAccess.canSee(flag)) {
            throw new org.homeward.kernel.RuleBroken(text.error("flag", flag == null ? "person.flag.required"
                    : "person.flag.restricted"));
        }
        Map<UUID, FacilityRef> refs = facilityService.refs();
        PersonView before = personViews.view(person, refs);
        if (person.flags.add(flag)) {
            personRepository.flush();
            PersonView after = personViews.view(person, refs);
            audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, id, Map.of("before", before, "after", after));
            return after;
        }
        return before;
    }

    /**
     * Marks a nationality of a person in scope as verified (a repatriation case's nationality
     * check); adds it, verified, if the person did not hold it yet. Audited like any change.
     */
    @Transactional
    public void verifyNationality(UUID id, String country) {
        Person person = personAccess.visible(id);
        Map<UUID, FacilityRef> refs = facilityService.refs();
        PersonView before = personViews.view(person, refs);
        person.nationalities.removeIf(nationality -> nationality.country.equals(country));
        person.nationalities.add(new Nationality(country, NationalityStatus.VERIFIED));
        claims.remove(id, country);
        personRepository.flush();
        audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, id, Map.of("before", before, "after", personViews.view(person, refs)));
    }

    /**
     * Confirms a nationality a case worker claimed for a registered person: the second person of the
     * two-person check (an admin, or another case worker of the person's facility). From now on it
     * opens the file to that country's officers. Audited.
     */
    @Transactional
    public PersonView confirmNationality(UUID id, String country) {
        Person person = personAccess.visible(id);
        String code = PersonValidation.upper(country);
        NationalityClaims.Claim claim = claims.of(id).stream().filter(c -> c.country().equals(code)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!caller.mayConfirmNationality(claim.claimedBySubject(), person.currentFacilityId)) {
            throw new org.homeward.kernel.RuleBroken(text.error("country", "person.nationality.confirm.second-person"));
        }
        Map<UUID, FacilityRef> refs = facilityService.refs();
        PersonView before = personViews.withClaims(personViews.view(person, refs));
        claims.remove(id, code);
        person.nationalities.add(new Nationality(code, NationalityStatus.CLAIMED));
        personRepository.flush();
        PersonView after = personViews.withClaims(personViews.view(person, refs));
        audit.record(AuditAction.UPDATE, Person.AUDIT_TYPE, id, Map.of("before", before, "after", after,
                "confirmed", Map.of("country", code, "claimedBy", claim.claimedBy())));
        return after;
    }

    /** The nationalities of the input that the person does not hold yet. */
    private static List<PersonInput.NationalityInput> newNationalities(PersonInput input, Person person) {
        Set<String> held = person.nationalities.stream().map(n -> n.country).collect(Collectors.toSet());
        return PersonValidation.orEmpty(input.nationalities()).stream().filter(n -> !held.contains(n.country())).toList();
    }

    private static PersonInput withoutNationalities(PersonInput in, List<PersonInput.NationalityInput> left) {
        if (left.isEmpty()) {
            return in;
        }
        return new PersonInput(in.givenName(), in.fatherName(), in.grandfatherName(), in.familyName(), in.givenNameAr(),
                in.fatherNameAr(), in.grandfatherNameAr(), in.familyNameAr(), in.aliases(), in.sex(), in.dateOfBirth(),
                in.dateOfBirthPrecision(), in.placeOfBirth(),
                PersonValidation.orEmpty(in.nationalities()).stream().filter(n -> !left.contains(n)).toList(), in.documents(),
                in.category(), in.flags(), in.admission(), in.version());
    }

    private static void apply(PersonInput input, Person person) {
        person.givenName = input.givenName();
        person.fatherName = input.fatherName();
        person.grandfatherName = input.grandfatherName();
        person.familyName = input.familyName();
        person.givenNameAr = input.givenNameAr();
        person.fatherNameAr = input.fatherNameAr();
        person.grandfatherNameAr = input.grandfatherNameAr();
        person.familyNameAr = input.familyNameAr();
        person.sex = input.sex();
        person.dateOfBirth = input.dateOfBirth();
        person.dateOfBirthPrecision = input.dateOfBirth() == null ? null : input.dateOfBirthPrecision();
        person.placeOfBirth = input.placeOfBirth();
        person.category = input.category();
        replace(person.aliases, PersonValidation.orEmpty(input.aliases()));
        replace(person.nationalities, PersonValidation.orEmpty(input.nationalities()).stream()
                .map(n -> new Nationality(n.country(), n.status())).toList());
        // a nationality is the same one whatever its status: a status changed is set on the one held
        Map<String, NationalityStatus> statuses = new java.util.HashMap<>();
        PersonValidation.orEmpty(input.nationalities()).forEach(n -> statuses.put(n.country(), n.status()));
        person.nationalities.forEach(n -> n.status = statuses.getOrDefault(n.country, n.status));
        replace(person.documents, PersonValidation.orEmpty(input.documents()).stream()
                .map(d -> new IdentityDocument(d.type(), d.number(), d.issuingCountry(), d.expiry())).toList());
        replace(person.flags, input.flags() == null ? List.of() : input.flags());
        person.refreshNameKeys();
    }

    /** Changes a collection in place, so Hibernate writes only what changed. */
    private static <T> void replace(Set<T> current, Collection<T> wanted) {
        Set<T> target = new HashSet<>(wanted);
        current.retainAll(target);
        current.addAll(target);
    }
}
