package org.homeward.facilities;

import java.util.UUID;

/** A facility as other records point to it: {@code {id, code, name}}. */
public record FacilityRef(UUID id, String code, String name, String nameAr, FacilityType type, boolean active) {

    /** The facility's name in the page's language: its Arabic name on Arabic pages when it has one. */
    public String nameIn(String language) {
        return nameIn(language, name, nameAr);
    }

    /** A facility's name in a language, from its name and its Arabic name (which it may lack). */
    public static String nameIn(String language, String name, String nameAr) {
        return "ar".equals(language) && nameAr != null && !nameAr.isBlank() ? nameAr : name;
    }

    static FacilityRef of(Facility facility) {
        return new FacilityRef(facility.id, facility.code, facility.name, facility.nameAr, facility.type,
                facility.active);
    }
}
