package org.homeward.documents;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.homeward.repatriation.CheckItem;

/**
 * A file of a person, or of a case's checklist ({@code caseId} and {@code item} then set), as the
 * API lists it; the file itself is read from its own address.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(UUID id, UUID personId, UUID caseId, CheckItem item, DocumentKind kind,
        String contentType, long size, String sha256, String note, boolean hasThumbnail, String uploadedBy,
        Instant uploadedAt, String removedBy, Instant removedAt, String removedReason) {

    static DocumentView of(Document document) {
        return new DocumentView(document.id, document.personId, document.caseId, document.checkItem, document.kind,
                document.contentType, document.size, document.sha256, document.note, document.hasThumbnail,
                document.uploadedBy, document.uploadedAt, document.removedBy, document.removedAt,
                document.removedReason);
    }

    public boolean removed() {
        return removedAt != null;
    }

    /** Under a megabyte, a size is read in kilobytes ({@link #kilobytes}), above in megabytes. */
    public boolean underAMegabyte() {
        return size < 1024 * 1024;
    }

    public long kilobytes() {
        return Math.max(1, Math.round(size / 1024.0));
    }

    /** Megabytes to one decimal: 2.4. */
    public String megabytes() {
        return String.format(java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024.0));
    }
}
