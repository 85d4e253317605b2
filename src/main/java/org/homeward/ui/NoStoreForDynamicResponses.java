package org.homeward.ui;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * Pages and API answers carry personal data: no browser or proxy may keep a copy. Only the
 * static front-end assets (web jars, our stylesheet) may be cached.
 */
public class NoStoreForDynamicResponses {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (!isStaticAsset(rc.normalizedPath())) {
                rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            rc.next();
        }, 190);
    }

    static boolean isStaticAsset(String path) {
        return path.startsWith("/_static/") || path.startsWith("/webjars/") || path.startsWith("/assets/");
    }
}
