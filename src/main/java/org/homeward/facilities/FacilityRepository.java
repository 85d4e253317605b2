package org.homeward.facilities;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Each facility's own current population (not its sections'), from the person registry. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Occupancy> ownOccupancy(LocalDate today, java.util.Collection<UUID> of) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select current_facility_id,
                       count(*) filter (where date_of_birth <= :adult and sex = 'F'),
                       count(*) filter (where date_of_birth <= :adult and sex = 'M'),
                       count(*) filter (where date_of_birth > :adult and sex = 'F'),
                       count(*) filter (where date_of_birth > :adult and sex = 'M'),
                       count(*) filter (where date_of_birth is null)
                  from person
                 where current_facility_id in (:facilities)
                 group by current_facility_id""")
                .setParameter("adult", today.minusYears(18))
                .setParameter("facilities", of)
                .getResultList();
        Map<UUID, Occupancy> occupancy = new HashMap<>();
        for (Object[] row : rows) {
            occupancy.put((UUID) row[0], new Occupancy(count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                    count(row[5])));
        }
        return occupancy;
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
