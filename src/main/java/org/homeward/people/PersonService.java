package org.homeward.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditTrail;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.reference.Countries;
import org.homeward.access.PersonScope;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.MergedRecord;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.StaleEdit;

/**
 * The person registry: registration, profile changes, lists. Every read and change goes through
 * the caller's scope and is written to the audit trail; a person outside the scope is answered
 * as not found, and the refusal is audited too.
 */
@ApplicationScoped
public class PersonService {

    public static final String AUDIT_TYPE = "PERSON";
    private static final int MAX_MERGE_HOPS = 10;
    private static final int MAX_AGE = 150;

    @Inject
    PersonRepository people;

    @Inject
    FacilityService facilities;

    @Inject
    jakarta.enterprise.event.Event<Admitting> admissions;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    @Inject
    NationalityClaims claims;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    public PageOf<PersonView> list(PersonFilter filter, int page, int size) {
        checkFilter(filter);
        PersonFilter normalized = normalized(filter);
        PersonRepository.Found found = people.search(normalized, facilityFilter(filter), scope(), today(), page, size);
        audit.disclosed(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("filter", normalized, "page", page,
                "size", size, "total", found.total()), found.people().stream().map(person -> person.id).toList());
        Map<UUID, FacilityRef> refs = facilities.refs();
        return new PageOf<>(found.people().stream().map(person -> view(person, refs)).toList(), page, size,
                found.total());
    }

    /**
     * Every person of the list the filter makes, exactly as {@link #list} would show them to the
     * caller (same scope, same order), one at a time from a cursor: for exports. Must run in a
     * transaction; answers how many.
     */
    public long forEachListed(PersonFilter filter, java.util.function.Consumer<PersonRepository.Listed> each) {
        checkFilter(filter);
        return people.forEachListed(normalized(filter), facilityFilter(filter), scope(), today(), each);
    }

    /**
     * How many people of the list {@link #forEachListed} hands over share each facility, sex and
     * year of birth (rows of code, sex, year, count), in the same scope.
     */
    public List<Object[]> facilitySexYearCounts(PersonFilter filter) {
        checkFilter(filter);
        return people.facilitySexYearCounts(normalized(filter), facilityFilter(filter), scope(), today());
    }

    /** The facility a list is narrowed to, with its sections; null for none, empty for an unknown code. */
    private Set<UUID> facilityFilter(PersonFilter filter) {
        if (filter.facility() == null || filter.facility().isBlank()) {
            return null;
        }
        return facilities.byCode(filter.facility().strip().toUpperCase(Locale.ROOT))
                .map(ref -> facilities.subtreeOf(ref.id())).orElse(Set.of());
    }

    /** A list's filters as people could mean them: ages of a human life, a nationality that is a code. */
    private void checkFilter(PersonFilter filter) {
        FieldErrors errors = new FieldErrors();
        for (Map.Entry<String, Integer> age : java.util.Arrays.asList(Map.entry("ageFrom", orZero(filter.ageFrom())),
                Map.entry("ageTo", orZero(filter.ageTo())))) {
            if (age.getValue() < 0 || age.getValue() > MAX_AGE) {
                errors.add(text.error(age.getKey(), "person.filter.age", MAX_AGE));
            }
        }
        String nationality = upper(filter.nationality());
        if (nationality != null && !isNationality(nationality)) {
            errors.add(text.error("nationality", "person.filter.nationality"));
        }
        errors.throwIfAny();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    public PersonView get(UUID id) {
        Person person = visible(id);
        audit.disclosed(AuditAction.VIEW, AUDIT_TYPE, id, null, List.of(id));
        return withClaims(view(person, facilities.refs()));
    }

    /**
     * Every time a person was shown or handed out, for auditors, who read it without reading the
     * record: the person's own history and that of the records merged into them, in a period of
     * whole days when one is given.
     */
    public List<AuditTrail.Disclosure> disclosures(UUID id, java.time.LocalDate from, java.time.LocalDate to) {
        if (people.findById(id) == null) {
            throw new NotFoundException();
        }
        @SuppressWarnings("unchecked")
        List<UUID> records = people.getEntityManager().createNativeQuery("""
                with recursive merged (id) as (
                    select cast(?1 as uuid)
                    union
                    select p.id from person p join merged m on p.merged_into = m.id)
                select id from merged""", UUID.class).setParameter(1, id).getResultList();
        return trail.disclosures(id, records, from, to);
    }

    /** The id of the record a registration number names, for auditors (who may learn that it exists, nothing more). */
    public Optional<UUID> idOfNumber(String registrationNumber) {
        String number = upper(registrationNumber);
        return number == null ? Optional.empty()
                : people.find("registrationNumber", number).firstResultOptional().map(found -> found.id);
    }

    /** A person's page (their record, with their movements and family beside it): read and audited as one view. */
    public PersonView profile(UUID id) {
        Person person = visible(id);
        audit.disclosed(AuditAction.VIEW, AUDIT_TYPE, id, Map.of("with", "movements"), List.of(id));
        Map<UUID, FacilityRef> refs = facilities.refs();
        return withClaims(view(person, refs));
    }

    /**
     * The person, for a change: in scope, or not found. Used by every service that changes
     * something about a person (movements, later households and cases).
     */
    public Person forChange(UUID id) {
        return visible(id);
    }

    @Transactional
    public PersonView register(PersonInput raw) {
        return register(raw, new FieldErrors());
    }

    /** Registers a person and records their admission, in one transaction. */
    @Transactional
    public PersonView register(PersonInput raw, FieldErrors errors) {
        PersonInput input = checkedRegistration(raw, errors);
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.registrationNumber = people.nextRegistrationNumber();
        apply(input, person);
        admissions.fire(new Admitting(person, input.admission().facilityCode(), input.admission().date()));
        people.flush();
        PersonView created = view(person, facilities.refs());
        audit.record(AuditAction.CREATE, AUDIT_TYPE, person.id, Map.of("after", created));
        return created;
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
        PersonInput input = normalized(raw);
        validate(input, errors);
        checkNationalityStatuses(input, null, errors);
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
        Person person = visible(id);
        if (raw == null) {
            throw text.missingBody();
        }
        PersonInput input = normalized(raw);
        Map<UUID, FacilityRef> refs = facilities.refs();
        if (input.version() == null) {
            errors.add(text.error("version", "version.required")).throwIfAny();
        }
        PersonView before = view(person, refs);
        if (input.version() != person.version) {
            throw new StaleEdit(before);
        }
        validate(input, errors);
        errors.throwIfAny();
        checkNationalityStatuses(input, person, errors);
        errors.throwIfAny();
        Set<PersonFlag> hiddenFromCaller = person.flags.stream().filter(flag -> !canSee(flag)).collect(Collectors.toSet());
        List<PersonInput.NationalityInput> claimed = caller.addsNationalitiesPendingConfirmation()
                ? newNationalities(input, person) : List.of();
        apply(withoutNationalities(input, claimed), person);
        person.flags.addAll(hiddenFromCaller);
        people.flush();
        Set<String> held = person.nationalities.stream().map(n -> n.country).collect(Collectors.toSet());
        claims.keepOnly(id, orEmpty(input.nationalities()).stream().map(PersonInput.NationalityInput::country)
                .filter(country -> !held.contains(country)).toList());
        claimed.forEach(n -> claims.claim(id, n.country(), caller.username(), caller.subject()));
        PersonView after = withClaims(view(person, refs));
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("before", before, "after", after));
        return after;
    }

    /**
     * Sets one flag on a person in scope: a suggestion from the data (an unaccompanied child)
     * confirmed by the caller. Audited like any change; nothing happens if it is already set.
     */
    @Transactional
    public PersonView addFlag(UUID id, PersonFlag flag) {
        Person person = visible(id);
        if (flag == null || !canSee(flag)) {
            throw new org.homeward.kernel.RuleBroken(text.error("flag", flag == null ? "person.flag.required"
                    : "person.flag.restricted"));
        }
        Map<UUID, FacilityRef> refs = facilities.refs();
        PersonView before = view(person, refs);
        if (person.flags.add(flag)) {
            people.flush();
            PersonView after = view(person, refs);
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("before", before, "after", after));
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
        Person person = visible(id);
        Map<UUID, FacilityRef> refs = facilities.refs();
        PersonView before = view(person, refs);
        person.nationalities.removeIf(nationality -> nationality.country.equals(country));
        person.nationalities.add(new Nationality(country, NationalityStatus.VERIFIED));
        claims.remove(id, country);
        people.flush();
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("before", before, "after", view(person, refs)));
    }

    /**
     * Confirms a nationality a case worker claimed for a registered person: the second person of the
     * two-person check (an admin, or another case worker of the person's facility). From now on it
     * opens the file to that country's officers. Audited.
     */
    @Transactional
    public PersonView confirmNationality(UUID id, String country) {
        Person person = visible(id);
        String code = upper(country);
        NationalityClaims.Claim claim = claims.of(id).stream().filter(c -> c.country().equals(code)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!caller.mayConfirmNationality(claim.claimedBySubject(), person.currentFacilityId)) {
            throw new org.homeward.kernel.RuleBroken(text.error("country", "person.nationality.confirm.second-person"));
        }
        Map<UUID, FacilityRef> refs = facilities.refs();
        PersonView before = withClaims(view(person, refs));
        claims.remove(id, code);
        person.nationalities.add(new Nationality(code, NationalityStatus.CLAIMED));
        people.flush();
        PersonView after = withClaims(view(person, refs));
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("before", before, "after", after,
                "confirmed", Map.of("country", code, "claimedBy", claim.claimedBy())));
        return after;
    }

    /**
     * Only those who may verify (admins; officers through a case's nationality check) set a
     * nationality VERIFIED or DISPUTED; everyone else records claims, and keeps the status of a
     * nationality already on the record.
     */
    private void checkNationalityStatuses(PersonInput input, Person person, FieldErrors errors) {
        if (caller.mayVerifyNationalities()) {
            return;
        }
        Map<String, NationalityStatus> recorded = person == null ? Map.of()
                : person.nationalities.stream().collect(Collectors.toMap(n -> n.country, n -> n.status));
        List<PersonInput.NationalityInput> nationalities = orEmpty(input.nationalities());
        for (int i = 0; i < nationalities.size(); i++) {
            PersonInput.NationalityInput n = nationalities.get(i);
            // a nationality on record keeps its status; a new one is a claim
            NationalityStatus allowed = recorded.getOrDefault(n.country(), NationalityStatus.CLAIMED);
            if (n.status() != null && n.status() != allowed) {
                errors.add(text.error("nationalities[" + i + "].status", "person.nationality.status.claim-only"));
            }
        }
    }

    /** The nationalities of the input that the person does not hold yet. */
    private static List<PersonInput.NationalityInput> newNationalities(PersonInput input, Person person) {
        Set<String> held = person.nationalities.stream().map(n -> n.country).collect(Collectors.toSet());
        return orEmpty(input.nationalities()).stream().filter(n -> !held.contains(n.country())).toList();
    }

    private static PersonInput withoutNationalities(PersonInput in, List<PersonInput.NationalityInput> left) {
        if (left.isEmpty()) {
            return in;
        }
        return new PersonInput(in.givenName(), in.fatherName(), in.grandfatherName(), in.familyName(), in.givenNameAr(),
                in.fatherNameAr(), in.grandfatherNameAr(), in.familyNameAr(), in.aliases(), in.sex(), in.dateOfBirth(),
                in.dateOfBirthPrecision(), in.placeOfBirth(),
                orEmpty(in.nationalities()).stream().filter(n -> !left.contains(n)).toList(), in.documents(),
                in.category(), in.flags(), in.admission(), in.version());
    }

    private static List<PersonView.NationalityView> nationalitiesOf(Person person) {
        return person.nationalities.stream().sorted(java.util.Comparator.comparing(n -> n.country))
                .map(n -> new PersonView.NationalityView(n.country, n.status, false, null, false)).toList();
    }

    /** A person's view with the nationalities waiting for confirmation, for those who see the person. */
    private PersonView withClaims(PersonView view) {
        if (!caller.maySeeNationalityClaims()) {
            return view;
        }
        List<NationalityClaims.Claim> pending = claims.of(view.id());
        if (pending.isEmpty()) {
            return view;
        }
        List<PersonView.NationalityView> all = new java.util.ArrayList<>(view.nationalities());
        UUID facility = view.currentFacility() == null ? null : view.currentFacility().id();
        pending.forEach(c -> all.add(new PersonView.NationalityView(c.country(), NationalityStatus.CLAIMED, true,
                c.claimedBy(), caller.mayConfirmNationality(c.claimedBySubject(), facility))));
        all.sort(java.util.Comparator.comparing(PersonView.NationalityView::country));
        return view.withNationalities(all);
    }

    /** Mapping for other features that show people (movements, occupancy, households). */
    public PersonView view(Person person, Map<UUID, FacilityRef> refs) {
        LocalDate today = today();
        Age age = person.dateOfBirth == null ? null
                : Age.of(person.dateOfBirth, person.dateOfBirthPrecision, today);
        return new PersonView(person.id, person.registrationNumber, person.givenName, person.fatherName,
                person.grandfatherName, person.familyName, person.givenNameAr, person.fatherNameAr,
                person.grandfatherNameAr, person.familyNameAr, person.aliases.stream().sorted().toList(), person.sex,
                person.dateOfBirth, person.dateOfBirthPrecision, age == null ? null : age.years(), age,
                person.dateOfBirth != null
                        && Age.turns18Within6Months(person.dateOfBirth, person.dateOfBirthPrecision, today),
                person.placeOfBirth,
                nationalitiesOf(person),
                person.documents.stream()
                        .map(d -> new PersonView.DocumentView(d.type, d.number, d.issuingCountry, d.expiry)).toList(),
                person.category, person.status,
                person.currentFacilityId == null ? null : refs.get(person.currentFacilityId),
                person.flags.stream().filter(this::canSee).sorted().toList(), person.version);
    }

    public boolean canSee(PersonFlag flag) {
        return !flag.restricted() || caller.maySeeRestrictedFlags();
    }

    private static boolean includedBy(PersonScope scope, Person person) {
        return scope.includes(person.currentFacilityId, person.nationalities.stream().map(n -> n.country).toList());
    }

    /** The people the caller may reach, as access decides. */
    PersonScope scope() {
        return caller.people();
    }

    /**
     * The caller's scope as an SQL condition on {@code person p}, for other features that list
     * records by the people in them (households): the scope stays part of the query.
     */
    public String visibleCondition(Map<String, Object> parameters) {
        return scope().where(parameters, null);
    }

    /**
     * Whether the caller may see a person, for features that show people beside the one asked for
     * (relatives, household members): those outside it are shown without a name.
     */
    public Predicate<Person> visibility() {
        PersonScope scope = scope();
        return person -> includedBy(scope, person);
    }

    /**
     * A person the caller may reach, when another record refers to them (the relative of a new
     * family link): empty when there is no such person or they are out of scope, and an
     * out-of-scope attempt is audited.
     */
    public Optional<Person> reachable(UUID id) {
        Person person = id == null ? null : people.findById(id);
        // a merged record stands for its survivor (a chain, if the survivor was merged in turn)
        for (int hop = 0; person != null && person.mergedInto != null && hop < MAX_MERGE_HOPS; hop++) {
            person = people.findById(person.mergedInto);
        }
        if (person != null && !includedBy(scope(), person)) {
            audit.refused(AUDIT_TYPE, id);
            return Optional.empty();
        }
        return Optional.ofNullable(person);
    }

    /** {@link #reachable} by registration number, as people type it (HW-0000123, any case). */
    public Optional<Person> reachableByNumber(String registrationNumber) {
        String number = upper(registrationNumber);
        return number == null ? Optional.empty()
                : people.find("registrationNumber", number).firstResultOptional().flatMap(found -> reachable(found.id));
    }

    /** The person asked for, in scope, or not found; a merged record answers {@link MergedRecord}. */
    private Person visible(UUID id) {
        Person person = reachable(id).orElseThrow(NotFoundException::new);
        if (!person.id.equals(id)) {
            throw new MergedRecord(id, person.id, person.registrationNumber);
        }
        return person;
    }

    private void validate(PersonInput input, FieldErrors errors) {
        errors.addViolations(validator.validate(input));
        if (input.givenName() == null && input.givenNameAr() == null) {
            errors.add(text.error("givenName", "person.name.required"));
        }
        if (input.dateOfBirth() != null && input.dateOfBirthPrecision() == null) {
            errors.add(text.error("dateOfBirthPrecision", "person.dob.precision.required"));
        }
        List<PersonInput.NationalityInput> nationalities = orEmpty(input.nationalities());
        for (int i = 0; i < nationalities.size(); i++) {
            String country = nationalities.get(i).country();
            if (country != null && !isNationality(country)) {
                errors.add(text.error("nationalities[" + i + "].country", "person.country.unknown", country));
            }
        }
        if (nationalities.stream().map(PersonInput.NationalityInput::country).distinct().count() < nationalities.size()) {
            errors.add(text.error("nationalities", "person.nationality.duplicate"));
        }
        List<PersonInput.DocumentInput> documents = orEmpty(input.documents());
        for (int i = 0; i < documents.size(); i++) {
            String country = documents.get(i).issuingCountry();
            if (country != null && !Countries.isCountry(country)) {
                errors.add(text.error("documents[" + i + "].issuingCountry", "person.country.unknown", country));
            }
        }
        if (input.flags() != null && input.flags().stream().anyMatch(flag -> !canSee(flag))) {
            errors.add(text.error("flags", "person.flag.restricted"));
        }
    }

    private static boolean isNationality(String code) {
        return Countries.isCountry(code) || Countries.STATELESS.equals(code) || Countries.UNKNOWN.equals(code);
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
        replace(person.aliases, orEmpty(input.aliases()));
        replace(person.nationalities, orEmpty(input.nationalities()).stream()
                .map(n -> new Nationality(n.country(), n.status())).toList());
        // a nationality is the same one whatever its status: a status changed is set on the one held
        Map<String, NationalityStatus> statuses = new java.util.HashMap<>();
        orEmpty(input.nationalities()).forEach(n -> statuses.put(n.country(), n.status()));
        person.nationalities.forEach(n -> n.status = statuses.getOrDefault(n.country, n.status));
        replace(person.documents, orEmpty(input.documents()).stream()
                .map(d -> new IdentityDocument(d.type(), d.number(), d.issuingCountry(), d.expiry())).toList());
        replace(person.flags, input.flags() == null ? List.of() : input.flags());
        person.nameKeys = nameKeys(person);
    }

    /** What name search matches on: every name part in both scripts, and the aliases. */
    public static String nameKeys(Person person) {
        return NameKeys.keyText(new NameKeys.Names(person.givenName, person.fatherName, person.grandfatherName,
                person.familyName, person.givenNameAr, person.fatherNameAr, person.grandfatherNameAr,
                person.familyNameAr, person.aliases));
    }

    /** Changes a collection in place, so Hibernate writes only what changed. */
    private static <T> void replace(Set<T> current, Collection<T> wanted) {
        Set<T> target = new HashSet<>(wanted);
        current.retainAll(target);
        current.addAll(target);
    }

    private static PersonInput normalized(PersonInput in) {
        return new PersonInput(trim(in.givenName()), trim(in.fatherName()), trim(in.grandfatherName()),
                trim(in.familyName()), trim(in.givenNameAr()), trim(in.fatherNameAr()), trim(in.grandfatherNameAr()),
                trim(in.familyNameAr()),
                orEmpty(in.aliases()).stream().map(PersonService::trim).filter(Objects::nonNull).distinct().toList(),
                in.sex(), in.dateOfBirth(), in.dateOfBirthPrecision(), trim(in.placeOfBirth()),
                orEmpty(in.nationalities()).stream()
                        .map(n -> new PersonInput.NationalityInput(upper(n.country()), n.status())).toList(),
                orEmpty(in.documents()).stream().map(d -> new PersonInput.DocumentInput(d.type(), trim(d.number()),
                        upper(d.issuingCountry()), d.expiry())).toList(),
                in.category(), in.flags(),
                in.admission() == null ? null
                        : new PersonInput.Admission(upper(in.admission().facilityCode()), in.admission().date()),
                in.version());
    }

    private static PersonFilter normalized(PersonFilter filter) {
        return new PersonFilter(upper(filter.nationality()), filter.facility(), filter.status(), filter.category(),
                filter.sex(), filter.ageFrom(), filter.ageTo(), filter.q(), filter.sort());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
