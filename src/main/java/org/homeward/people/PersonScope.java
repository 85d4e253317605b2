package org.homeward.people;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which people a caller may reach, as a query condition: those placed in the caller's facilities,
 * or holding one of the caller's nationalities (claimed, verified or disputed), or everyone.
 * Nothing assigned gives a condition that matches no one.
 */
public record PersonScope(boolean everyone, Set<UUID> facilityIds, Set<String> countries) {

    String where(Map<String, Object> parameters) {
        if (everyone) {
            return "1 = 1";
        }
        StringBuilder condition = new StringBuilder("(1 = 0");
        if (!facilityIds.isEmpty()) {
            condition.append(" or p.currentFacilityId in :scopeFacilities");
            parameters.put("scopeFacilities", facilityIds);
        }
        if (!countries.isEmpty()) {
            condition.append(" or exists (select 1 from Person s join s.nationalities sn"
                    + " where s.id = p.id and sn.country in :scopeCountries)");
            parameters.put("scopeCountries", countries);
        }
        return condition.append(")").toString();
    }
}
