package org.homeward.people;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which people a caller may reach: those placed in the caller's facilities, or holding one of the
 * caller's nationalities (claimed, verified or disputed), or everyone. Nothing assigned reaches no
 * one. The same rule is written twice — as SQL for lists and counts, and in Java for a person
 * already loaded — and the authorization test holds both to it.
 */
public record PersonScope(boolean everyone, Set<UUID> facilityIds, Set<String> countries) {

    /**
     * The rule as a condition on {@code person p}. {@code placedIn}, when the list is narrowed to
     * some facilities anyway, is repeated inside the nationality test so that PostgreSQL can answer
     * it from the nationality index alone (V5 migration). A lone nationality test stays a bare
     * {@code in (subquery)}: under an {@code or} PostgreSQL cannot turn it into a join, and an
     * officer's list went from milliseconds to seconds.
     */
    String where(Map<String, Object> parameters, Set<UUID> placedIn) {
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
            return countries.isEmpty() ? "false" : PersonRepository.holdingNationality(":scopeCountries", placedIn);
        }
        String placed = "p.current_facility_id in (:scopeFacilities)";
        return countries.isEmpty() ? placed
                : "(" + placed + " or exists (select 1 from person_nationality s"
                        + " where s.person_id = p.id and s.country in (:scopeCountries)))";
    }

    boolean includes(Person person) {
        return everyone
                || person.currentFacilityId != null && facilityIds.contains(person.currentFacilityId)
                || person.nationalities.stream().anyMatch(nationality -> countries.contains(nationality.country));
    }
}
