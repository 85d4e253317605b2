package org.homeward.kernel;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * Native SQL built a condition at a time — the caller's scope, then the filters — collects its
 * parameters in a map as it goes; they are bound here in one step.
 */
public final class NativeQueries {

    private NativeQueries() {
    }

    public static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Binds the parameters the statement names, and no others: one map may serve a list's count
     * and its page, whose statements use some of its parameters each.
     */
    public static Query bindNamed(Query query, String sql, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** A timestamp column of a native result, whichever type the driver chose for it. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
