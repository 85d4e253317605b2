package org.homeward.retention;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.StaleEdit;

/** The retention rules an admin sets, one per category (defaults: 24 months each, V29). */
@ApplicationScoped
public class RetentionRules {

    static final String AUDIT_TYPE = "RETENTION_RULE";

    /** A year is the least: a record is not anonymized while its family may still be traced. */
    static final int FEWEST_MONTHS = 12;
    /** A hundred years: the longest a rule may keep anyone. */
    static final int MOST_MONTHS = 1200;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    LocalizedText text;

    @Transactional
    public List<RetentionRule> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select category, months, version, updated_by, updated_at from retention_rule
                 order by array_position(array['REPATRIATED', 'RELEASED', 'DECEASED']::varchar[], category)""")
                .getResultList();
        return rows.stream().map(RetentionRules::rule).toList();
    }

    /** Sets a category's months; a stale {@code version} is refused with the rule as it is now. */
    @Transactional
    public RetentionRule update(RetentionCategory category, RetentionRuleInput input) {
        if (input == null) {
            throw text.missingBody();
        }
        FieldErrors errors = new FieldErrors();
        if (input.months() == null || input.months() < FEWEST_MONTHS || input.months() > MOST_MONTHS) {
            errors.add(text.error("months", "retention.months.range", String.valueOf(FEWEST_MONTHS), String.valueOf(MOST_MONTHS)));
        }
        if (input.version() == null) {
            errors.add(text.error("version", "version.required"));
        }
        errors.throwIfAny();
        RetentionRule before = find(category, true);
        if (before.version() != input.version()) {
            throw new StaleEdit(before);
        }
        em.createNativeQuery("""
                update retention_rule set months = :months, version = version + 1, updated_by = :by, updated_at = now()
                 where category = :category""").setParameter("months", input.months())
                .setParameter("by", caller.username()).setParameter("category", category.name()).executeUpdate();
        RetentionRule after = find(category, false);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, category.name(),
                Map.of("before", Map.of("months", before.months()), "after", Map.of("months", after.months())));
        return after;
    }

    private RetentionRule find(RetentionCategory category, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select category, months, version, updated_by, updated_at"
                + " from retention_rule where category = :category" + (lock ? " for update" : ""))
                .setParameter("category", category.name()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return rule(rows.get(0));
    }

    private static RetentionRule rule(Object[] row) {
        return new RetentionRule(RetentionCategory.valueOf((String) row[0]), ((Number) row[1]).intValue(),
                ((Number) row[2]).longValue(), (String) row[3],
                NativeQueries.instant(row[4]));
    }
}
