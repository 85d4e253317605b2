package org.homeward.statistics;

import java.time.LocalDate;
import java.util.Map;

import org.homeward.facilities.FacilityRef;

/** Every figure of the statistics page, read together under one filter. */
public record Dashboard(StatisticsFilter filter, LocalDate from, LocalDate to, Breakdown byFacility,
        Map<String, FacilitySite> facilities, Breakdown byNationality, Breakdown pyramid, Breakdown children,
        Breakdown movements, Breakdown casesByStage, Breakdown casesByCountry, Breakdown overdue,
        Breakdown repatriated) {

    /** A facility as the figures name it: by its names and its capacity (which it may lack). */
    public record FacilitySite(String name, String nameAr, Integer capacity) {
    }

    /** The capacity of the facility with this code, when it has one. */
    public Integer capacity(String code) {
        FacilitySite site = facilities.get(code);
        return site == null ? null : site.capacity();
    }

    /** The name of the facility with this code in the language: Arabic where it has an Arabic name. */
    public String facilityName(String code, String language) {
        FacilitySite site = facilities.get(code);
        return site == null ? code : FacilityRef.nameIn(language, site.name(), site.nameAr());
    }

    /** Whether small counts are hidden and figures rounded on this page. */
    public boolean protectedFigures() {
        return byFacility.rounded();
    }
}
