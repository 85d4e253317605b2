package org.homeward.families;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's time in a household. One open membership at a time; leaving closes it, never deletes it. */
@Entity
@Table(name = "household_membership")
public class HouseholdMembership {

    @Id
    public UUID id;

    @Column(name = "household_id", updatable = false)
    public UUID householdId;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Column(name = "joined_at", updatable = false)
    public Instant joinedAt;

    @Column(name = "joined_by", updatable = false)
    public String joinedBy;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "left_by")
    public String leftBy;
}
