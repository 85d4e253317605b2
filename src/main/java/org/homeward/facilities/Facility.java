package org.homeward.facilities;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A place where people are held; part of a hierarchy through {@link #parentId}. */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    public UUID id;

    /** Stable short code; staff scopes and imports refer to it, so it never changes. */
    @Column(updatable = false)
    public String code;

    public String name;

    @Column(name = "name_ar")
    public String nameAr;

    @Enumerated(EnumType.STRING)
    public FacilityType type;

    public String governorate;

    /** The hierarchy is walked in memory ({@link FacilityTree}): facilities number in the hundreds. */
    @Column(name = "parent_id")
    public UUID parentId;

    public Integer capacity;

    public boolean active;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
