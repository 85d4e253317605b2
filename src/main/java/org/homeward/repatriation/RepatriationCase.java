package org.homeward.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A repatriation case: one destination country, its subjects ({@link CaseSubject}), its stage and handover. */
@Entity
@Table(name = "repatriation_case")
public class RepatriationCase {

    @Id
    public UUID id;

    @Column(name = "case_number", updatable = false)
    public String caseNumber;

    @Column(updatable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from_stage")
    public Stage heldFromStage;

    public String officer;

    @Column(name = "stage_due")
    public LocalDate stageDue;

    @Column(name = "handover_date")
    public LocalDate handoverDate;

    @Column(name = "handover_point")
    public String handoverPoint;

    @Column(name = "receiving_authority")
    public String receivingAuthority;

    @Column(name = "handover_protocol")
    public String handoverProtocol;

    @Column(name = "opened_by", updatable = false)
    public String openedBy;

    @Column(name = "opened_at", updatable = false)
    public Instant openedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    boolean handoverDetailsComplete() {
        return handoverDate != null && handoverPoint != null && receivingAuthority != null;
    }
}
