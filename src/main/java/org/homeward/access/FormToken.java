package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The CSRF token of the pages' forms (double submit): a random token kept in an HttpOnly cookie
 * and written into every form ({@code {#csrf /}}) and into htmx's requests (a header set once on
 * {@code <body>}). {@link FormTokenCheck} refuses a form posted to a page without it.
 * {@code inject:csrf} in templates.
 */
@Named("csrf")
@RequestScoped
public class FormToken {

    public static final String NAME = "csrf-token";
    static final String HEADER = "X-CSRF-TOKEN";
    private static final int BYTES = 16;
    /** 16 bytes in base64url without padding; a cookie of any other shape is not one of ours. */
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServerRequest request;

    private String token;
    private boolean issued;

    public String getParameterName() {
        return NAME;
    }

    public String getHeaderName() {
        return HEADER;
    }

    /** The token of the browser's cookie, or a new one (then sent back in the cookie). */
    public String getToken() {
        if (token == null) {
            token = fromCookie(request);
            if (token == null) {
                byte[] bytes = new byte[BYTES];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return token;
    }

    /** A new token was made for this response: it goes out in the cookie. */
    boolean issued() {
        return issued;
    }

    static String fromCookie(HttpServerRequest request) {
        Cookie cookie = request.getCookie(NAME);
        return cookie != null && SHAPE.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }

    static boolean same(String expected, String sent) {
        return expected != null && sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }
}
