package org.homeward.repatriation;

/**
 * What an open case may be waiting for: the case list's {@code attention} filter and the lines of
 * the homes that open it. Each is a condition on {@code repatriation_case c}; what it asks of a
 * subject is asked only of subjects the caller may see ({@code visible}, on {@code person p}),
 * so that a hidden person's missing consent or expiring passport shows nowhere.
 */
public enum CaseAttention {
    /** A handover date set within the next {@link #SOON_DAYS} days, today included. */
    HANDOVER_SOON("c.handover_date between :today and :soon"),
    /** A subject's travel document expires before the handover (or, with no date set, within the next 30 days). */
    DOCUMENT_EXPIRES("exists (select 1 from repatriation_check k join person p on p.id = k.person_id"
            + " where k.case_id = c.id and k.item = 'TRAVEL_DOCUMENT' and k.done and k.document_expiry is not null"
            + " and k.document_expiry < coalesce(c.handover_date, :soon) and %s)"),
    /** A current subject without recorded consent to share their data with the state. */
    NO_CONSENT("exists (select 1 from repatriation_subject s join person p on p.id = s.person_id"
            + " where s.case_id = c.id and s.open and %s and not exists (select 1 from repatriation_check k"
            + " where k.case_id = c.id and k.person_id = s.person_id and k.item = 'CONSENT' and k.done))");

    static final int SOON_DAYS = 30;

    private final String condition;

    CaseAttention(String condition) {
        this.condition = condition;
    }

    /**
     * The condition, binding to {@code parameters} only what it uses: {@code visible} gives the
     * caller's condition on {@code person p}. Only open cases wait.
     */
    String condition(java.util.function.Function<java.util.Map<String, Object>, String> visible,
            java.util.Map<String, Object> parameters, java.time.LocalDate today) {
        String where = condition.contains("%s") ? condition.formatted(visible.apply(parameters)) : condition;
        if (where.contains(":today")) {
            parameters.put("today", today);
        }
        if (where.contains(":soon")) {
            parameters.put("soon", today.plusDays(SOON_DAYS));
        }
        return "c.stage not in ('COMPLETED', 'REJECTED', 'WITHDRAWN') and " + where;
    }
}
