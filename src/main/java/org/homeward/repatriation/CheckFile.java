package org.homeward.repatriation;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file kept as evidence of a checklist entry (a scanned consent, the signed handover protocol),
 * as the case lists it; the file itself is read from {@code /api/v1/documents/{id}/content}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckFile(UUID id, CheckItem item, UUID personId, String contentType, long size, String note,
        boolean hasThumbnail, String uploadedBy, Instant uploadedAt, String removedBy, Instant removedAt,
        String removedReason) {

    public boolean removed() {
        return removedAt != null;
    }

    /** Whether this file is evidence of that entry ({@code personId} null: of the whole case). */
    boolean of(CheckItem entryItem, UUID entryPerson) {
        return item == entryItem && java.util.Objects.equals(personId, entryPerson);
    }
}
