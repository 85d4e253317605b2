package org.homeward.web;

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
}
