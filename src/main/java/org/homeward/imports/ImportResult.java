package org.homeward.imports;

import java.util.List;
import java.util.UUID;

/** What a commit did: people registered (with their admission), people completed, rows skipped. */
public record ImportResult(int created, int updated, int skipped, List<UUID> createdIds, List<UUID> updatedIds) {
}
