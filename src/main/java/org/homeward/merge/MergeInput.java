package org.homeward.merge;

import java.util.List;
import java.util.UUID;

/**
 * A merge as asked: which record survives, the versions both were seen at (a record changed since
 * is not merged blind), and the fields whose value is taken from the merged record — every other
 * field keeps the survivor's. {@code pairId}: the queue's pair this decides, if any.
 */
public record MergeInput(UUID survivorId, UUID mergedId, Long survivorVersion, Long mergedVersion,
        List<MergeField> fromMerged, UUID pairId) {
}
