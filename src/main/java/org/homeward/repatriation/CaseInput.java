package org.homeward.repatriation;

import java.util.List;
import java.util.UUID;
import org.homeward.kernel.PlainText;
import jakarta.validation.constraints.Size;

/**
 * A new case: {@code {"country": "FRA", "subjectIds": [...]}}; {@code officer} (an admin's choice)
 * is the username of the officer who runs it; an officer opening a case runs it themselves.
 */
public record CaseInput(String country, List<UUID> subjectIds, @Size(max = 100) @PlainText String officer) {
}
