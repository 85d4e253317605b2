package org.homeward.merge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A merge as shown: the two records, who merged them and when, what was taken and what moved. */
public record MergeView(UUID id, Side survivor, Side merged, List<MergeField> fromMerged, int movements, int links,
        int memberships, int cases, String mergedBy, Instant mergedAt, String unmergedBy, Instant unmergedAt,
        String unmergeReason) {

    /** One of the two records. */
    public record Side(UUID id, String registrationNumber, String name, String nameAr) {
    }

    public boolean inForce() {
        return unmergedAt == null;
    }
}
