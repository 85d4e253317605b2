package org.homeward.ui;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestHeader;

/** The language switcher: remembers the choice in a cookie and goes back to the page the user was on. */
@Path("/language/{lang}")
@Authenticated
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(String lang, @RestHeader("Referer") String referer, @RestHeader("Host") String host) {
        if (!LanguagePreference.LANGUAGES.contains(lang)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        NewCookie cookie = new NewCookie.Builder(LanguagePreference.COOKIE).value(lang).path("/").maxAge(ONE_YEAR)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(backTo(referer, host))).cookie(cookie).build();
    }

    /** Only ever back into Homeward itself: a foreign Referer must not turn this into an open redirect. */
    static String backTo(String referer, String host) {
        try {
            URI from = referer == null ? null : URI.create(referer);
            if (from == null || from.getRawPath() == null || host == null || !host.equals(from.getRawAuthority())
                    || !from.getRawPath().startsWith("/") || from.getRawPath().startsWith("//")) {
                return "/";
            }
            return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
