package org.homeward.access;

import java.util.Set;

/**
 * What records a staff member may reach beyond their role: facility codes for case workers,
 * ISO 3166-1 alpha-3 nationalities for repatriation officers. {@link #ALL} stands for every one.
 * An empty set means nothing: scope is granted, never assumed.
 */
public record AccessScope(Set<String> facilityCodes, Set<String> nationalities) {

    public static final String ALL = "*";
    public static final AccessScope EVERYTHING = new AccessScope(Set.of(ALL), Set.of(ALL));
    public static final AccessScope NOTHING = new AccessScope(Set.of(), Set.of());

    public AccessScope {
        facilityCodes = Set.copyOf(facilityCodes);
        nationalities = Set.copyOf(nationalities);
    }

    public boolean allFacilities() {
        return facilityCodes.contains(ALL);
    }

    public boolean allNationalities() {
        return nationalities.contains(ALL);
    }
}
