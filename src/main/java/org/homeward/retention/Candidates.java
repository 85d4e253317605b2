package org.homeward.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Who the rules reach today: people gone (not placed in any facility), of a category with a rule,
 * whose last movement is older than the rule's months, not anonymized yet and not merged away —
 * each with whether they are on legal hold. The conditions are SQL so that a run's batches ask them
 * again of the rows they lock: a case opened after the preview still holds its person.
 */
@ApplicationScoped
class Candidates {

    /** A person {@code p} whose record must be kept whole: an open repatriation case, or an investigation. */
    static final String OPEN_CASE = "exists (select 1 from repatriation_subject s where s.person_id = p.id and s.open)";
    static final String INVESTIGATED = "exists (select 1 from person_flag f where f.person_id = p.id and f.flag = 'INVESTIGATION')";

    /** A person {@code p} (with their rule {@code r}) whose time is up. */
    static final String DUE = """
            p.current_facility_id is null and p.anonymized_at is null and p.merged_into is null
            and (select max(m.date) from movement m where m.person_id = p.id)
                <= cast(:today as date) - make_interval(months => r.months)""";

    /** One person the rules reach. */
    record Candidate(UUID id, String registrationNumber, RetentionCategory category, boolean openCase,
            boolean investigated) {

        boolean onHold() {
            return openCase || investigated;
        }
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    List<Candidate> due(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.registration_number, p.status, " + OPEN_CASE + ", "
                + INVESTIGATED + " from person p join retention_rule r on r.category = p.status where " + DUE
                + " order by p.registration_number").setParameter("today", today).getResultList();
        List<Candidate> found = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            found.add(new Candidate((UUID) row[0], (String) row[1], RetentionCategory.valueOf((String) row[2]),
                    (Boolean) row[3], (Boolean) row[4]));
        }
        return found;
    }
}
