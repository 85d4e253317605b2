package org.homeward.families;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * "{@code personId} is {@code type} {@code relativeId}", with its evidence. Never deleted: a
 * removed link keeps who removed it, when and why.
 */
@Entity
@Table(name = "relationship")
public class Relationship {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public RelationshipType type;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Column(name = "relative_id", updatable = false)
    public UUID relativeId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Evidence evidence;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    public Instant recordedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "removal_reason")
    public String removalReason;

    /** The other person of the link, seen from {@code one}. */
    public UUID other(UUID one) {
        return one.equals(personId) ? relativeId : personId;
    }

    /** What the other person is to {@code one}. */
    public Kin kinSeenFrom(UUID one) {
        return Kin.of(type, !one.equals(personId));
    }
}
