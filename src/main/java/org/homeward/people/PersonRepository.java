package org.homeward.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Every read of people passes here with the caller's {@link PersonScope}: the scope is part of
 * the query itself, so no list, count or filter can reach beyond it.
 *
 * <p>Lists are plain SQL: a nationality filter is asked of the nationality index, which carries
 * each person's current facility (V5 migration), so "Iraqis in al-Hol" and "French in the annex"
 * are both answered without walking the registry (docs/adr/005-exact-totals-from-an-index.md, 006-population-counters.md).
 */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Up to this many matches, a list narrowed by nationality collects them all, then sorts. */
    private static final long FEW = 10_000;

    /** One page of people matching the filter, and how many match in all. */
    public record Found(List<Person> people, long total) {
    }

    public String nextRegistrationNumber() {
        Number next = (Number) getEntityManager().createNativeQuery("select nextval('person_registration_seq')")
                .getSingleResult();
        return String.format("HW-%07d", next.longValue());
    }

    /**
     * "Holds one of these nationalities" as a condition on {@code person p}, narrowed to the
     * facilities of {@code placedIn} (bound as {@code :facilityFilter}) when there are some.
     */
    static String holdingNationality(String countries, Set<UUID> placedIn) {
        return "p.id in (select n.person_id from person_nationality n where n.country in (" + countries + ")"
                + (placedIn == null ? "" : " and n.current_facility_id in (:facilityFilter)") + ")";
    }

    public Found search(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            int page, int size) {
        if (facilityFilter != null && facilityFilter.isEmpty()) {
            return new Found(List.of(), 0);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, facilityFilter, scope, today, parameters);
        long total = countByNationality(filter, facilityFilter, scope)
                .orElseGet(() -> countRows("select count(*) from person p where " + where, parameters));
        boolean narrowedByNationality = filter.nationality() != null
                || !scope.everyone() && scope.facilityIds().isEmpty() && !scope.countries().isEmpty();
        // Few people of a nationality: PostgreSQL would walk the whole registry in order hoping to
        // meet them early, but families are registered together and cluster, so it may walk most
        // of it. "offset 0" fences the inner query: the few are collected from the nationality
        // index, then sorted. Many: walking in order finds a page at once.
        String from = narrowedByNationality && total <= FEW
                ? "(select p.id, p.registration_number, p.family_name, p.given_name, p.date_of_birth from person p"
                        + " where " + where + " offset 0) p"
                : "person p where " + where;
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(getEntityManager().createNativeQuery("select p.id from " + from
                + " order by " + orderBy(filter.sort()) + " limit :limit offset :offset"), parameters)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        if (ids.isEmpty()) {
            return new Found(List.of(), total);
        }
        Map<UUID, Person> byId = find("id in ?1", ids).stream()
                .collect(Collectors.toMap(person -> person.id, Function.identity()));
        return new Found(ids.stream().map(byId::get).toList(), total);
    }

    private static String where(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            Map<String, Object> parameters) {
        // Holding a nationality of the caller's own puts a person in scope: the filter says it all.
        boolean filterImpliesScope = filter.nationality() != null && scope.countries().contains(filter.nationality());
        StringBuilder where = new StringBuilder(filterImpliesScope ? "true" : scope.where(parameters, facilityFilter));
        if (facilityFilter != null) {
            where.append(" and p.current_facility_id in (:facilityFilter)");
            parameters.put("facilityFilter", facilityFilter);
        }
        if (filter.nationality() != null) {
            where.append(" and ").append(holdingNationality(":nationality", facilityFilter));
            parameters.put("nationality", filter.nationality());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            where.append(" and p.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.sex() != null) {
            where.append(" and p.sex = :sex");
            parameters.put("sex", filter.sex().name());
        }
        if (filter.ageFrom() != null) {
            where.append(" and p.date_of_birth <= :bornBy");
            parameters.put("bornBy", today.minusYears(filter.ageFrom()));
        }
        if (filter.ageTo() != null) {
            where.append(" and p.date_of_birth > :bornAfter");
            parameters.put("bornAfter", today.minusYears(filter.ageTo() + 1L));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(concat_ws(' ', p.given_name, p.father_name, p.grandfather_name, p.family_name,"
                    + " p.given_name_ar, p.father_name_ar, p.grandfather_name_ar, p.family_name_ar)) like :q"
                    + " or lower(p.registration_number) like :q)");
            parameters.put("q", "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        return where.toString();
    }

    /**
     * The total of a list narrowed only by nationality (by filter or by an officer's scope) and
     * placement, without reading the people: from the counters the database keeps (V7 migration),
     * counting a dual national once. Empty when the list needs the person rows themselves.
     */
    private Optional<Long> countByNationality(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope) {
        boolean onlyPlacementAndNationality = filter.status() == null && filter.category() == null
                && filter.sex() == null && filter.ageFrom() == null && filter.ageTo() == null
                && (filter.q() == null || filter.q().isBlank());
        if (!onlyPlacementAndNationality) {
            return Optional.empty();
        }
        Set<String> countries;
        Set<UUID> facilities = facilityFilter;
        if (filter.nationality() != null) {
            countries = Set.of(filter.nationality());
            if (!scope.everyone() && !scope.countries().contains(filter.nationality())) {
                if (!scope.countries().isEmpty()) {
                    // in scope, perhaps, through another nationality: count the general way
                    return Optional.empty();
                }
                facilities = new HashSet<>(facilityFilter == null ? scope.facilityIds() : facilityFilter);
                facilities.retainAll(scope.facilityIds());
            }
        } else if (!scope.everyone() && scope.facilityIds().isEmpty() && !scope.countries().isEmpty()) {
            countries = scope.countries();
        } else {
            return Optional.empty();
        }
        if (facilities != null && facilities.isEmpty()) {
            return Optional.of(0L);
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("countries", countries));
        if (facilities != null) {
            parameters.put("facilities", facilities);
        }
        String placed = facilities == null ? "" : " and facility_key in (:facilities)";
        String sql = "select coalesce(sum(people), 0) from nationality_placement_count where country in (:countries)"
                + placed;
        if (countries.size() > 1) {
            // someone holding two of these nationalities is in two counters: count them once
            sql = "select (" + sql + ") - (select count(*) - count(distinct n.person_id)"
                    + " from person_nationality n join multiple_nationality m on m.person_id = n.person_id"
                    + " where n.country in (:countries)"
                    + (facilities == null ? "" : " and n.current_facility_id in (:facilities)") + ")";
        }
        return Optional.of(countRows(sql, parameters));
    }

    private long countRows(String sql, Map<String, Object> parameters) {
        return ((Number) bind(getEntityManager().createNativeQuery(sql), parameters).getSingleResult()).longValue();
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String orderBy(String sort) {
        return switch (sort == null ? "" : sort) {
            case "name" -> "p.family_name, p.given_name, p.registration_number";
            case "dateOfBirth" -> "p.date_of_birth nulls last, p.registration_number";
            default -> "p.registration_number";
        };
    }
}
