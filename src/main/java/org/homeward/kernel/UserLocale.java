package org.homeward.kernel;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language of the current request: the one the user chose in Homeward (the shell's
 * language filter sets it), else the browser's preference, else English.
 */
@RequestScoped
public class UserLocale {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, new Locale("ar"), Locale.FRENCH);

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale get() {
        if (locale == null) {
            locale = fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return locale;
    }

    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
