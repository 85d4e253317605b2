package org.homeward.repatriation;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person in a case. {@code open} is cleared when the case ends: one open case per person and country. */
@Entity
@Table(name = "repatriation_subject")
@IdClass(CaseSubject.Key.class)
public class CaseSubject {

    public record Key(UUID caseId, UUID personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Column(updatable = false)
    public String country;

    public boolean open;
}
