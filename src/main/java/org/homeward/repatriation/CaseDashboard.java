package org.homeward.repatriation;

import java.util.List;
import java.util.Map;

/**
 * An officer's view of their countries: cases per stage, the overdue ones, and how many of their
 * nationals are held without an open case (with the first of them).
 */
public record CaseDashboard(Map<String, Map<Stage, Long>> casesPerCountryAndStage, List<CaseSummary> overdue,
        long peopleWithoutCase, List<org.homeward.families.Relative> firstPeopleWithoutCase) {
}
