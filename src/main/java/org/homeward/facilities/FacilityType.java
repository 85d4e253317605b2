package org.homeward.facilities;

public enum FacilityType {
    DETENTION_CENTRE,
    CAMP,
    CAMP_SECTION,
    REHABILITATION_CENTRE,
    HOSPITAL
}
