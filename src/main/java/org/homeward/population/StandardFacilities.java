package org.homeward.population;

import java.util.List;
import java.util.UUID;

import org.homeward.facilities.FacilityType;

/**
 * The facilities the synthetic population lives in: a large camp with an annex for foreign
 * families and a phase, a smaller camp, a detention centre, a rehabilitation centre for
 * adolescent boys, a hospital and a closed centre. Fixed ids, so dev data and benchmarks agree.
 */
public final class StandardFacilities {

    public record Site(UUID id, String code, String name, String nameAr, FacilityType type, String parentCode,
            int capacity, boolean active) {
    }

    public static final List<Site> ALL = List.of(
            site(1, "HOL", "Al-Hol camp", "مخيم الهول", FacilityType.CAMP, null, 60000, true),
            site(2, "HOL-ANNEX", "Al-Hol camp, annex", "مخيم الهول، الملحق", FacilityType.CAMP_SECTION, "HOL", 8000, true),
            site(3, "HOL-PH5", "Al-Hol camp, phase 5", "مخيم الهول، القطاع الخامس", FacilityType.CAMP_SECTION, "HOL", 9000, true),
            site(4, "ROJ", "Roj camp", "مخيم روج", FacilityType.CAMP, null, 3000, true),
            site(5, "HSK-DC", "Al-Hasakah detention centre", "مركز احتجاز الحسكة", FacilityType.DETENTION_CENTRE, null, 5000, true),
            site(6, "HOURI-RC", "Houri rehabilitation centre", "مركز حوري لإعادة التأهيل", FacilityType.REHABILITATION_CENTRE, null, 150, true),
            site(7, "QAM-HOSP", "Qamishli national hospital", "مشفى القامشلي الوطني", FacilityType.HOSPITAL, null, 300, true),
            site(8, "RAQ-DC", "Raqqa detention centre", "مركز احتجاز الرقة", FacilityType.DETENTION_CENTRE, null, 1200, false));

    private StandardFacilities() {
    }

    public static Site byCode(String code) {
        return ALL.stream().filter(site -> site.code().equals(code)).findFirst().orElseThrow();
    }

    private static Site site(int number, String code, String name, String nameAr, FacilityType type, String parent,
            int capacity, boolean active) {
        return new Site(UUID.fromString(String.format("00000000-0000-4000-8000-%012d", number)), code, name, nameAr,
                type, parent, capacity, active);
    }
}
