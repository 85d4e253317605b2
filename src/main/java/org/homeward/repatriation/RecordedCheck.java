package org.homeward.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest recorded value of one checklist item, for one person or for the whole case. */
@Entity
@Table(name = "repatriation_check")
public class RecordedCheck {

    @Id
    public UUID id;

    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CheckItem item;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    public boolean done;

    public String detail;

    @Column(name = "document_type")
    public String documentType;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "document_expiry")
    public LocalDate documentExpiry;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The entry recorded for this item and person (null for the whole case), if any. */
    static RecordedCheck find(List<RecordedCheck> checks, CheckItem item, UUID personId) {
        return checks.stream().filter(c -> c.item == item && Objects.equals(c.personId, personId)).findFirst()
                .orElse(null);
    }

    static boolean done(List<RecordedCheck> checks, CheckItem item, UUID personId) {
        RecordedCheck check = find(checks, item, personId);
        return check != null && check.done;
    }
}
