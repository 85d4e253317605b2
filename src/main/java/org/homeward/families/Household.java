package org.homeward.families;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A family group; its members are {@link HouseholdMembership}s, current and past. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    public UUID id;

    /** Human-readable, unique, never reused (from a database sequence). */
    @Column(name = "household_number", updatable = false)
    public String householdNumber;

    @Column(name = "reference_person_id")
    public UUID referencePersonId;

    @Version
    public long version;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;
}
