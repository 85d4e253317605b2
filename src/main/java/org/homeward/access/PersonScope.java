package org.homeward.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which people a caller may reach: those placed in the caller's facilities, or holding one of the
 * caller's nationalities (claimed, verified or disputed, once confirmed), or everyone. Nothing
 * assigned reaches no one. The same rule is written twice — as SQL for lists and counts, and in Java
 * for a person already loaded — and the authorization test holds both to it. Made only by
 * {@link Caller#people()}; features read it, never build it.
 */
public record PersonScope(boolean everyone, Set<UUID> facilityIds, Set<String> countries) {

    static final PersonScope EVERYONE = new PersonScope(true, Set.of(), Set.of());

    public PersonScope {
        facilityIds = Set.copyOf(facilityIds);
        countries = Set.copyOf(countries);
    }

    /**
     * The rule as a condition on {@code person p}. {@code placedIn}, when the list is narrowed to
     * some facilities anyway (bound as {@code :facilityFilter}), is repeated inside the nationality
     * test so that PostgreSQL can answer it from the nationality index alone (V5 migration). A lone
     * nationality test stays a bare {@code in (subquery)}: under an {@code or} PostgreSQL cannot
     * turn it into a join, and an officer's list went from milliseconds to seconds.
     */
    public String where(Map<String, Object> parameters, Set<UUID> placedIn) {
        if (everyone) {
            return "true";
        }
        if (!countries.isEmpty()) {
            parameters.put("scopeCountries", countries);
        }
        if (!facilityIds.isEmpty()) {
            parameters.put("scopeFacilities", facilityIds);
        }
        if (facilityIds.isEmpty()) {
            return countries.isEmpty() ? "false" : holdingNationality(":scopeCountries", placedIn);
        }
        String placed = "p.current_facility_id in (:scopeFacilities)";
        return countries.isEmpty() ? placed
                : "(" + placed + " or exists (select 1 from person_nationality s"
                        + " where s.person_id = p.id and s.country in (:scopeCountries)))";
    }

    /** The rule as a condition on {@code person p} over the whole registry. */
    public String where(Map<String, Object> parameters) {
        return where(parameters, null);
    }

    /** Whether a person placed in {@code facilityId} (or nowhere) holding these nationalities is reached. */
    public boolean includes(UUID facilityId, Collection<String> nationalities) {
        return everyone
                || facilityId != null && facilityIds.contains(facilityId)
                || nationalities.stream().anyMatch(countries::contains);
    }

    /**
     * "Holds one of these nationalities" as a condition on {@code person p}, narrowed to the
     * facilities of {@code placedIn} (bound as {@code :facilityFilter}) when there are some.
     */
    public static String holdingNationality(String countries, Set<UUID> placedIn) {
        return "p.id in (select n.person_id from person_nationality n where n.country in (" + countries + ")"
                + (placedIn == null ? "" : " and n.current_facility_id in (:facilityFilter)") + ")";
    }
}
