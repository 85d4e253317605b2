package org.homeward.repatriation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a case's timeline: from, to, who, when, why. */
@Entity
@Table(name = "repatriation_transition")
public class Transition {

    @Id
    public UUID id;

    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", updatable = false)
    public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", updatable = false)
    public Stage toStage;

    @Column(updatable = false)
    public String reason;

    @Column(name = "by_user", updatable = false)
    public String by;

    @Column(updatable = false)
    public Instant at;
}
