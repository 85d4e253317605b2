package org.homeward.repatriation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note on a case. Written once, never edited. */
@Entity
@Table(name = "repatriation_note")
public class CaseNote {

    @Id
    public UUID id;

    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Column(updatable = false)
    public String text;

    @Column(name = "written_by", updatable = false)
    public String writtenBy;

    @Column(name = "written_at", updatable = false)
    public Instant writtenAt;
}
