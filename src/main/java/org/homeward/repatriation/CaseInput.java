package org.homeward.repatriation;

import java.util.List;
import java.util.UUID;

/**
 * A new case: {@code {"country": "FRA", "subjectIds": [...]}}; {@code officer} (an admin's choice)
 * is the username of the officer who runs it; an officer opening a case runs it themselves.
 */
public record CaseInput(String country, List<UUID> subjectIds, String officer) {
}
