package org.homeward.families;

import java.util.List;
import java.util.UUID;

/**
 * A new household: {@code {"memberIds": [...], "referencePersonId": "..."}} (the reference person
 * is one of the members; the first one when not given). A change of an existing household names
 * only the reference person and the {@code version} it was read at.
 */
public record HouseholdInput(UUID referencePersonId, List<UUID> memberIds, Long version) {
}
