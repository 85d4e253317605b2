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

    /** Each facility's own current population (not its sections'), from the person registry; children by the one age rule (V24). */
    @SuppressWarnings("unchecked")
    public Map<UUID, Occupancy> ownOccupancy(LocalDate today, java.util.Collection<UUID> of) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select current_facility_id,
                       count(*) filter (where not is_child(date_of_birth, date_of_birth_precision, :today) and sex = 'F'),
                       count(*) filter (where not is_child(date_of_birth, date_of_birth_precision, :today) and sex = 'M'),
                       count(*) filter (where is_child(date_of_birth, date_of_birth_precision, :today) and sex = 'F'),
                       count(*) filter (where is_child(date_of_birth, date_of_birth_precision, :today) and sex = 'M'),
                       count(*) filter (where date_of_birth is null)
                  from person
                 where current_facility_id in (:facilities)
                 group by current_facility_id""")
                .setParameter("today", today)
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
