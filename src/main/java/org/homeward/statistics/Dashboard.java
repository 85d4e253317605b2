package org.homeward.statistics;

import java.time.LocalDate;
import java.util.Map;

/** Every figure of the statistics page, read together under one filter. */
public record Dashboard(StatisticsFilter filter, LocalDate from, LocalDate to, Breakdown byFacility,
        Map<String, Integer> capacities, Breakdown byNationality, Breakdown pyramid, Breakdown children,
        Breakdown movements, Breakdown casesByStage, Breakdown casesByCountry, Breakdown overdue,
        Breakdown repatriated) {

    /** Whether small counts are hidden and figures rounded on this page. */
    public boolean protectedFigures() {
        return byFacility.rounded();
    }
}
