package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a person's history. Recorded, never edited: a mistake is corrected by a new movement. */
@Entity
@Table(name = "movement")
public class Movement {

    @Id
    public UUID id;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public MovementType type;

    @Column(name = "from_facility_id", updatable = false)
    public UUID fromFacilityId;

    @Column(name = "to_facility_id", updatable = false)
    public UUID toFacilityId;

    @Column(updatable = false)
    public LocalDate date;

    @Column(updatable = false)
    public String note;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;
}
