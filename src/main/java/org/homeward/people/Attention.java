package org.homeward.people;

/**
 * What a record may be waiting for: the person list's {@code attention} filter, and the lines of a
 * case worker's home that open it. Each is a condition on {@code person p}; "this week" is the
 * last seven days, today included ({@code :weekAgo}).
 */
public enum Attention {
    NO_DATE_OF_BIRTH("p.date_of_birth is null"),
    NO_NATIONALITY("not exists (select 1 from person_nationality n where n.person_id = p.id)"
            + " and not exists (select 1 from nationality_claim c where c.person_id = p.id)"),
    NATIONALITY_PENDING("exists (select 1 from nationality_claim c where c.person_id = p.id)"),
    ADMITTED_THIS_WEEK("exists (select 1 from movement m where m.person_id = p.id and m.type = 'ADMISSION'"
            + " and m.date >= :weekAgo)"),
    MOVED_THIS_WEEK("exists (select 1 from movement m where m.person_id = p.id and m.type = 'TRANSFER'"
            + " and m.date >= :weekAgo)");

    /** How far back "this week" reaches: today and the six days before it. */
    static final int WEEK_DAYS = 7;

    private final String condition;

    Attention(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    boolean sinceAWeek() {
        return condition.contains(":weekAgo");
    }
}
