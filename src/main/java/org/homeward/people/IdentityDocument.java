package org.homeward.people;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class IdentityDocument {

    @Enumerated(EnumType.STRING)
    @Column(name = "type")
    public DocumentType type;

    @Column(name = "number")
    public String number;

    @Column(name = "issuing_country")
    public String issuingCountry;

    @Column(name = "expiry")
    public LocalDate expiry;

    protected IdentityDocument() {
    }

    public IdentityDocument(DocumentType type, String number, String issuingCountry, LocalDate expiry) {
        this.type = type;
        this.number = number;
        this.issuingCountry = issuingCountry;
        this.expiry = expiry;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityDocument that && type == that.type && Objects.equals(number, that.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number);
    }
}
