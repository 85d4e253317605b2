package org.homeward.facilities;

import java.util.UUID;

/** A facility as the API and the pages show it. */
public record FacilityView(
        UUID id,
        String code,
        String name,
        String nameAr,
        FacilityType type,
        String governorate,
        UUID parentId,
        String parentCode,
        Integer capacity,
        Integer occupancy,
        boolean active,
        long version) {

    /** The facility's name in the page's language: its Arabic name on Arabic pages when it has one. */
    public String nameIn(String language) {
        return FacilityRef.nameIn(language, name, nameAr);
    }

    /** Share of its capacity above which a facility shows among those nearly full (90 %). */
    static final int NEARLY_FULL_PERCENT = 90;

    /** Holds more than 90 % of its capacity (a facility without a capacity is never full). */
    public boolean nearlyFull() {
        return capacity != null && occupancy != null && capacity > 0
                && occupancy * 100L > (long) capacity * NEARLY_FULL_PERCENT;
    }

    static FacilityView of(Facility facility, FacilityTree tree, Occupancy occupancy) {
        Facility parent = facility.parentId == null ? null : tree.get(facility.parentId);
        return new FacilityView(facility.id, facility.code, facility.name, facility.nameAr, facility.type,
                facility.governorate, facility.parentId, parent == null ? null : parent.code,
                facility.capacity, occupancy == null ? null : occupancy.total(), facility.active, facility.version);
    }
}
