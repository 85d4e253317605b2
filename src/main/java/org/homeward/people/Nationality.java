package org.homeward.people;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One nationality of a person; a person holds each country at most once. */
@Embeddable
public class Nationality {

    @Column(name = "country")
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    public NationalityStatus status;

    protected Nationality() {
    }

    public Nationality(String country, NationalityStatus status) {
        this.country = country;
        this.status = status;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nationality that && Objects.equals(country, that.country);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(country);
    }
}
