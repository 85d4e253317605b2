package org.homeward.facilities;

import java.util.UUID;

/** A facility as other records point to it: {@code {id, code, name}}. */
public record FacilityRef(UUID id, String code, String name, String nameAr, FacilityType type, boolean active) {

    static FacilityRef of(Facility facility) {
        return new FacilityRef(facility.id, facility.code, facility.name, facility.nameAr, facility.type,
                facility.active);
    }
}
