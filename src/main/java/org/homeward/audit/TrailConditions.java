package org.homeward.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL conditions of a filter of the trail, over its events (alias {@code e}) and, where the
 * filter allows, over the sealer's tally (alias {@code t}, V22), with their parameters.
 */
final class TrailConditions {

    /** The last pass's horizon: every transaction below it is sealed, none at or above it. */
    static final String HORIZON = "coalesce((select s.horizon from audit_seal s order by s.position desc limit 1),"
            + " '0'::xid8)";

    private final StringBuilder events = new StringBuilder("true");
    private final StringBuilder tally = new StringBuilder("true");
    private final Map<String, Object> parameters = new HashMap<>();
    private final Map<String, Object> tallyParameters = new HashMap<>();
    /** False once a condition is one the tally does not keep (a record id). */
    private boolean tallied = true;

    static TrailConditions of(AuditTrail.Filter filter) {
        TrailConditions conditions = new TrailConditions();
        if (present(filter.actor())) {
            conditions.both("actor", "actor", filter.actor().strip());
        }
        if (filter.action() != null) {
            conditions.both("action", "action", filter.action().name());
        }
        if (present(filter.entityType())) {
            conditions.both("entity_type", "entityType", filter.entityType().strip().toUpperCase(Locale.ROOT));
        }
        if (present(filter.entityId())) {
            conditions.events.append(" and e.entity_id = :entityId");
            conditions.parameters.put("entityId", filter.entityId().strip());
            conditions.tallied = false;
        }
        return conditions.period(filter.from(), filter.to());
    }

    /** Whole UTC days, either end open; {@code to} inclusive. */
    TrailConditions period(LocalDate from, LocalDate to) {
        if (from != null) {
            events.append(" and e.occurred_at >= :from");
            tally.append(" and t.day >= :fromDay");
            parameters.put("from", from.atStartOfDay().toInstant(ZoneOffset.UTC));
            tallyParameters.put("fromDay", from);
        }
        if (to != null) {
            events.append(" and e.occurred_at < :to");
            tally.append(" and t.day <= :toDay");
            parameters.put("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            tallyParameters.put("toDay", to);
        }
        return this;
    }

    /** The conditions on events. */
    String events() {
        return events.toString();
    }

    /** The parameters of {@link #events()}. */
    Map<String, Object> parameters() {
        return parameters;
    }

    /** The parameters of {@link #countSql()}. */
    Map<String, Object> countParameters() {
        if (!tallied) {
            return parameters;
        }
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(tallyParameters);
        return all;
    }

    /**
     * How many events match: from the tally and the events not sealed yet when it can, in one
     * statement so that a pass of the sealer between two reads cannot count an event twice or not at
     * all. {@code horizon} is the horizon read just before (digits only): written into the statement,
     * it lets the planner see that the unsealed events are a few at the end of the transaction index;
     * the horizon read again inside the statement is the one that counts.
     */
    String countSql(String horizon) {
        if (!horizon.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a transaction id: " + horizon);
        }
        return tallied
                ? "select (select coalesce(sum(t.events), 0) from audit_tally t where " + tally + ")"
                        + " + (select count(*) from audit_event e where e.xact >= '" + horizon + "'::xid8"
                        + " and e.xact >= " + HORIZON + " and " + events + ")"
                : "select count(*) from audit_event e where " + events;
    }

    private void both(String column, String parameter, String value) {
        events.append(" and e.").append(column).append(" = :").append(parameter);
        tally.append(" and t.").append(column).append(" = :").append(parameter);
        parameters.put(parameter, value);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
