package org.homeward.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.homeward.repatriation.CheckItem;

/**
 * A file of a person (or of a repatriation case's checklist), as Homeward knows it: what it is, who added it and when, and a SHA-256 of
 * the file as it arrived. The file itself is in a {@link FileStore}, never loaded with this row.
 * Never deleted by a user: a removed file keeps who removed it, when and why, until retention
 * destroys it; an admin may restore it.
 */
@Entity
@Table(name = "document")
public class Document {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    /** The repatriation case whose checklist this file is evidence of; null for a file of the person alone. */
    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    /** The checklist item it is evidence of, with {@link #caseId}; {@link #personId} null for the whole case. */
    @Enumerated(EnumType.STRING)
    @Column(name = "check_item", updatable = false)
    public CheckItem checkItem;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public DocumentKind kind;

    /** What is served: the type it was stored as (a photo is always re-encoded as JPEG). */
    @Column(name = "content_type", updatable = false)
    public String contentType;

    /** Bytes of the file as stored (after metadata was removed). */
    @Column(updatable = false)
    public long size;

    /** SHA-256 of the file as it was uploaded, in hex. */
    @Column(updatable = false)
    public String sha256;

    @Column(name = "original_name", updatable = false)
    public String originalName;

    @Column(updatable = false)
    public String note;

    @Column(name = "has_thumbnail", updatable = false)
    public boolean hasThumbnail;

    @Column(name = "uploaded_by", updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", updatable = false)
    public Instant uploadedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removed_reason")
    public String removedReason;

    public boolean removed() {
        return removedAt != null;
    }
}
