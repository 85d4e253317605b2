package org.homeward.repatriation;

import java.time.LocalDate;
import java.util.UUID;

/** A case in a list. */
public record CaseSummary(UUID id, String caseNumber, String country, Stage stage, String officer, LocalDate stageDue,
        boolean overdue, int subjects, long version) {
}
