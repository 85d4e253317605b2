package org.homeward.facilities;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FacilityRepository implements PanacheRepositoryBase<Facility, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public List<Facility> listByCode() {
        return list("order by code");
    }
}
