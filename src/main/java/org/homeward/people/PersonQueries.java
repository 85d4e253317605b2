package org.homeward.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditTrail;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;

/**
 * Reading the registry: lists, a person's record and page, exports' cursors, who saw whom. Every
 * read goes through the caller's scope and is written to the audit trail.
 */
@ApplicationScoped
public class PersonQueries {

    @Inject
    PersonRepository personRepository;

    @Inject
    FacilityService facilityService;

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonViews personViews;

    @Inject
    PersonValidation personValidation;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** A page of the list, with how many people match in all (the API's list). */
    public PageOf<PersonView> list(PersonFilter filter, int page, int size) {
        return listed(filter, page, size, true).page();
    }

    /** A page of the list as the pages show it: its total counted as far as the page needs. */
    public record Browsed(PageOf<PersonView> page, boolean totalIsAtLeast) {

        /** Where the page sits, for its pager and its "more than" line. */
        public Pagination pagination() {
            return new Pagination(page.page(), page.size(), page.total(), totalIsAtLeast);
        }
    }

    /** A page of the list for a person reading it: a common name's matches counted only so far ({@link PersonRepository#browse}). */
    public Browsed browse(PersonFilter filter, int page, int size) {
        return listed(filter, page, size, false);
    }

    private Browsed listed(PersonFilter filter, int page, int size, boolean exactTotal) {
        personValidation.checkFilter(filter);
        PersonFilter normalized = PersonValidation.normalized(filter);
        PersonRepository.Found found = exactTotal
                ? personRepository.search(normalized, facilityFilter(filter), personAccess.scope(), today(), page, size)
                : personRepository.browse(normalized, facilityFilter(filter), personAccess.scope(), today(), page, size);
        Map<String, Object> details = new java.util.LinkedHashMap<>(Map.of("filter", normalized, "page", page,
                "size", size, "total", found.total()));
        if (found.totalIsAtLeast()) {
            details.put("totalIsAtLeast", true);
        }
        audit.disclosed(AuditAction.SEARCH, Person.AUDIT_TYPE, null, details,
                found.people().stream().map(person -> person.id).toList());
        Map<UUID, FacilityRef> refs = facilityService.refs();
        return new Browsed(new PageOf<>(found.people().stream().map(person -> personViews.view(person, refs)).toList(),
                page, size, found.total()), found.totalIsAtLeast());
    }

    /**
     * How many people {@link #list} would find with this filter, without reading or disclosing
     * any of them: a count on a home page that opens that list.
     */
    public long count(PersonFilter filter) {
        personValidation.checkFilter(filter);
        return personRepository.count(PersonValidation.normalized(filter), facilityFilter(filter), personAccess.scope(), today());
    }

    /**
     * Every person of the list the filter makes, exactly as {@link #list} would show them to the
     * caller (same scope, same order), one at a time from a cursor: for exports. Must run in a
     * transaction; answers how many.
     */
    public long forEachListed(PersonFilter filter, java.util.function.Consumer<PersonRow> each) {
        personValidation.checkFilter(filter);
        return personRepository.forEachListed(PersonValidation.normalized(filter), facilityFilter(filter), personAccess.scope(), today(), each);
    }

    /**
     * How many people of the list {@link #forEachListed} hands over share each facility, sex and
     * year of birth (rows of code, sex, year, count), in the same scope.
     */
    public List<Object[]> facilitySexYearCounts(PersonFilter filter) {
        personValidation.checkFilter(filter);
        return personRepository.facilitySexYearCounts(PersonValidation.normalized(filter), facilityFilter(filter), personAccess.scope(), today());
    }

    /** The facility a list is narrowed to, with its sections; null for none, empty for an unknown code. */
    private Set<UUID> facilityFilter(PersonFilter filter) {
        if (filter.facility() == null || filter.facility().isBlank()) {
            return null;
        }
        return facilityService.byCode(filter.facility().strip().toUpperCase(Locale.ROOT))
                .map(ref -> facilityService.subtreeOf(ref.id())).orElse(Set.of());
    }

    public PersonView get(UUID id) {
        Person person = personAccess.visible(id);
        audit.disclosed(AuditAction.VIEW, Person.AUDIT_TYPE, id, null, List.of(id));
        return personViews.withClaims(personViews.view(person, facilityService.refs()));
    }

    /** A person's page (their record, with their movements and family beside it): read and audited as one view. */
    public PersonView profile(UUID id) {
        Person person = personAccess.visible(id);
        audit.disclosed(AuditAction.VIEW, Person.AUDIT_TYPE, id, Map.of("with", "movements"), List.of(id));
        Map<UUID, FacilityRef> refs = facilityService.refs();
        return personViews.withClaims(personViews.view(person, refs));
    }

    /**
     * Every time a person was shown or handed out, for auditors, who read it without reading the
     * record: the person's own history and that of the records merged into them, in a period of
     * whole days when one is given.
     */
    public List<AuditTrail.Disclosure> disclosures(UUID id, java.time.LocalDate from, java.time.LocalDate to) {
        if (personRepository.findById(id) == null) {
            throw new NotFoundException();
        }
        @SuppressWarnings("unchecked")
        List<UUID> records = personRepository.getEntityManager().createNativeQuery("""
                with recursive merged (id) as (
                    select cast(?1 as uuid)
                    union
                    select p.id from person p join merged m on p.merged_into = m.id)
                select id from merged""", UUID.class).setParameter(1, id).getResultList();
        return trail.disclosures(id, records, from, to);
    }

    /** The id of the record a registration number names, for auditors (who may learn that it exists, nothing more). */
    public Optional<UUID> idOfNumber(String registrationNumber) {
        String number = PersonValidation.upper(registrationNumber);
        return number == null ? Optional.empty()
                : personRepository.find("registrationNumber", number).firstResultOptional().map(found -> found.id);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
