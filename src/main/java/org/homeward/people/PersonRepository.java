package org.homeward.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

/**
 * Every read of people passes here with the caller's {@link PersonScope}: the scope is part of
 * the query itself, so no list, count or filter can reach beyond it.
 */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** One page of people matching the filter, and how many match in all. */
    public record Found(List<Person> people, long total) {
    }

    public String nextRegistrationNumber() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('person_registration_seq')")
                .getSingleResult();
        return String.format("HW-%07d", next.longValue());
    }

    public boolean inScope(UUID id, PersonScope scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        return count("from Person p where p.id = :id and " + scope.where(parameters), parameters) > 0;
    }

    public Found search(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(scope.where(parameters));
        if (filter.nationality() != null) {
            where.append(" and exists (select 1 from Person n join n.nationalities nat"
                    + " where n.id = p.id and nat.country = :nationality)");
            parameters.put("nationality", filter.nationality());
        }
        if (facilityFilter != null) {
            where.append(" and p.currentFacilityId in :facilityFilter");
            parameters.put("facilityFilter", facilityFilter);
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" and p.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.sex() != null) {
            where.append(" and p.sex = :sex");
            parameters.put("sex", filter.sex());
        }
        if (filter.ageFrom() != null) {
            where.append(" and p.dateOfBirth <= :bornBy");
            parameters.put("bornBy", today.minusYears(filter.ageFrom()));
        }
        if (filter.ageTo() != null) {
            where.append(" and p.dateOfBirth > :bornAfter");
            parameters.put("bornAfter", today.minusYears(filter.ageTo() + 1L));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(concat(coalesce(p.givenName, ''), ' ', coalesce(p.fatherName, ''), ' ',"
                    + " coalesce(p.grandfatherName, ''), ' ', coalesce(p.familyName, ''), ' ',"
                    + " coalesce(p.givenNameAr, ''), ' ', coalesce(p.fatherNameAr, ''), ' ',"
                    + " coalesce(p.grandfatherNameAr, ''), ' ', coalesce(p.familyNameAr, ''))) like :q"
                    + " or lower(p.registrationNumber) like :q)");
            parameters.put("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        String query = "from Person p where " + where;
        long total = countByNationality(filter, facilityFilter, scope).orElseGet(() -> count(query, parameters));
        List<Person> people = find(query + " order by " + orderBy(filter.sort()), parameters)
                .page(Page.of(page, size)).list();
        return new Found(people, total);
    }

    /**
     * The total of a list narrowed to some nationalities (by filter or by an officer's scope) and
     * perhaps to some facilities, counted on the nationality index alone (V5 migration): exact,
     * without reading the people. Empty when other filters need the person rows themselves.
     */
    private java.util.Optional<Long> countByNationality(PersonFilter filter, Set<UUID> facilityFilter,
            PersonScope scope) {
        boolean onlyPlacementAndNationality = filter.status() == null && filter.category() == null
                && filter.sex() == null && filter.ageFrom() == null && filter.ageTo() == null
                && (filter.q() == null || filter.q().isBlank());
        boolean scopeIsOneKind = scope.everyone() || scope.facilityIds().isEmpty() || scope.countries().isEmpty();
        Set<String> countries = filter.nationality() != null ? Set.of(filter.nationality())
                : scope.everyone() ? null : scope.countries().isEmpty() ? null : scope.countries();
        if (!onlyPlacementAndNationality || !scopeIsOneKind || countries == null) {
            return java.util.Optional.empty();
        }
        if (!scope.everyone() && !scope.countries().isEmpty() && !scope.countries().containsAll(countries)) {
            // a dual national may be in scope through another nationality: count the general way
            return java.util.Optional.empty();
        }
        Set<UUID> facilities = facilityFilter;
        if (!scope.everyone() && !scope.facilityIds().isEmpty()) {
            facilities = new java.util.HashSet<>(facilityFilter == null ? scope.facilityIds() : facilityFilter);
            facilities.retainAll(scope.facilityIds());
        }
        if (facilities != null && facilities.isEmpty()) {
            return java.util.Optional.of(0L);
        }
        String sql = "select count(" + (countries.size() == 1 ? "*" : "distinct person_id")
                + ") from person_nationality where country in (:countries)"
                + (facilities == null ? "" : " and current_facility_id in (:facilities)");
        var count = getEntityManager().createNativeQuery(sql).setParameter("countries", countries);
        if (facilities != null) {
            count.setParameter("facilities", facilities);
        }
        return java.util.Optional.of(((Number) count.getSingleResult()).longValue());
    }

    private static String orderBy(String sort) {
        return switch (sort == null ? "" : sort) {
            case "name" -> "p.familyName, p.givenName, p.registrationNumber";
            case "dateOfBirth" -> "p.dateOfBirth nulls last, p.registrationNumber";
            default -> "p.registrationNumber";
        };
    }
}
