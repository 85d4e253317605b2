package org.homeward.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Nationalities waiting for a second person's confirmation (V18): kept apart from the person's
 * nationalities, so that no scope, list, count or statistic can see them before they are confirmed.
 */
@ApplicationScoped
class NationalityClaims {

    record Claim(String country, String claimedBy, String claimedBySubject, Instant claimedAt) {
    }

    @Inject
    EntityManager em;

    List<Claim> of(UUID personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select country, claimed_by, claimed_by_subject, claimed_at from nationality_claim
                 where person_id = ?1 order by country""")
                .setParameter(1, personId).getResultList();
        return rows.stream().map(row -> new Claim((String) row[0], (String) row[1], (String) row[2],
                toInstant(row[3]))).toList();
    }

    void claim(UUID personId, String country, String by, String bySubject) {
        em.createNativeQuery("""
                insert into nationality_claim (person_id, country, claimed_by, claimed_by_subject, claimed_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""").setParameter(1, personId).setParameter(2, country)
                .setParameter(3, by).setParameter(4, bySubject).setParameter(5, Instant.now()).executeUpdate();
    }

    /** Keeps only the claims of these countries: the others were withdrawn, or now stand on the record. */
    void keepOnly(UUID personId, Collection<String> countries) {
        if (countries.isEmpty()) {
            em.createNativeQuery("delete from nationality_claim where person_id = ?1").setParameter(1, personId)
                    .executeUpdate();
            return;
        }
        em.createNativeQuery("delete from nationality_claim where person_id = ?1 and country not in (?2)")
                .setParameter(1, personId).setParameter(2, countries).executeUpdate();
    }

    void remove(UUID personId, String country) {
        em.createNativeQuery("delete from nationality_claim where person_id = ?1 and country = ?2")
                .setParameter(1, personId).setParameter(2, country).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.sql.Timestamp ts ? ts.toInstant()
                : value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
