package org.homeward.repatriation;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.homeward.facilities.FacilityService;
import org.homeward.security.AccessScope;
import org.homeward.security.CurrentUser;

/**
 * Who may see and work a case. Officers see and work the cases of their countries; case workers
 * see the cases of people placed in their facilities and record consent and medical clearance;
 * admins everything; auditors and analysts nothing. Read once per request.
 */
@RequestScoped
class CaseAccess {

    @Inject
    CurrentUser user;

    @Inject
    FacilityService facilities;

    private Set<UUID> caseworkerFacilities;

    /** The countries whose cases the caller runs; null for all of them. */
    Set<String> countries() {
        if (user.isAdmin()) {
            return null;
        }
        if (!user.isRepatriationOfficer()) {
            return Set.of();
        }
        AccessScope scope = user.scope();
        return scope.allNationalities() ? null : scope.nationalities();
    }

    Set<UUID> facilities() {
        if (caseworkerFacilities == null) {
            caseworkerFacilities = user.isCaseworker() ? facilities.idsWithin(user.scope()) : Set.of();
        }
        return caseworkerFacilities;
    }

    /** Runs the case: transitions, notes, every checklist item. */
    boolean mayWork(String country) {
        Set<String> countries = countries();
        return countries == null || countries.contains(country);
    }

    /** Sees the case: runs it, or cares for one of its people where they are held now. */
    boolean maySee(String country, Collection<UUID> subjectFacilities) {
        return mayWork(country) || subjectFacilities.stream().anyMatch(facilities()::contains);
    }

    boolean mayRecord(CheckItem item, String country, Collection<UUID> subjectFacilities) {
        return mayWork(country)
                || item.caseworkerMayRecord() && subjectFacilities.stream().anyMatch(facilities()::contains);
    }

    /** The same rule as SQL on {@code repatriation_case c}. */
    String where(Map<String, Object> parameters) {
        Set<String> countries = countries();
        if (countries == null) {
            return "true";
        }
        StringBuilder where = new StringBuilder("(false");
        if (!countries.isEmpty()) {
            where.append(" or c.country in (:accessCountries)");
            parameters.put("accessCountries", countries);
        }
        if (!facilities().isEmpty()) {
            where.append(" or exists (select 1 from repatriation_subject s join person p on p.id = s.person_id"
                    + " where s.case_id = c.id and p.current_facility_id in (:accessFacilities))");
            parameters.put("accessFacilities", facilities());
        }
        return where.append(")").toString();
    }
}
