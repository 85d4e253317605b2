package org.homeward.ui;

import java.util.Set;

import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;

/**
 * The language a user picked in Homeward is kept in a cookie and applied at the edge by
 * rewriting {@code Accept-Language}: templates, validation messages and error pages all read
 * that header, so one choice reaches all of them without each having to know about the cookie.
 */
public class LanguagePreference {

    public static final String COOKIE = "homeward-lang";
    public static final Set<String> LANGUAGES = Set.of("en", "ar", "fr");

    void applyChosenLanguage(@Observes Filters filters) {
        filters.register(rc -> {
            Cookie chosen = rc.request().getCookie(COOKIE);
            if (chosen != null && LANGUAGES.contains(chosen.getValue())) {
                rc.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, chosen.getValue());
            }
            rc.next();
        }, 200);
    }
}
