package org.homeward.staff;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of staff as Homeward knows them: recorded at login, given a scope by an admin. */
@Entity
@Table(name = "staff")
public class Staff {

    @Id
    public UUID id;

    public String username;

    /** The OIDC subject; empty until the first login of someone an admin scoped in advance. */
    public String subject;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    /** When a new login account took this username: the entry keeps its history, and nothing else. */
    @Column(name = "replaced_at")
    public Instant replacedAt;

    /** The roles last seen in this member's token (access audits a change). */
    public String roles;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "staff_facility_scope", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "facility_code")
    public Set<String> facilityScope = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "staff_nationality_scope", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "country")
    public Set<String> nationalityScope = new HashSet<>();

    /** Works with people but was given none yet: a case worker without facilities, an officer without countries. */
    boolean waitsForScope() {
        java.util.Set<String> held = roles == null ? java.util.Set.of()
                : java.util.Arrays.stream(roles.split(",")).map(String::strip).collect(java.util.stream.Collectors.toSet());
        return held.contains(org.homeward.access.Roles.CASEWORKER) && facilityScope.isEmpty()
                || held.contains(org.homeward.access.Roles.REPATRIATION_OFFICER) && nationalityScope.isEmpty();
    }
}
