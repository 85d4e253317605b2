package org.homeward.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Where a browser lands once its session is over: after signing out (the OIDC post-logout path)
 * or when the session ended on its own (the session-expired path). Public, and saying so in the
 * user's language, rather than opening a bare login form that reads as an error.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SignedOutPages {

    /**
     * Set for a few minutes when a lock-down signs someone out (ErrorResponses#lockedOut), so that
     * the page they land on says why, not "you signed out".
     */
    public static final String ENDED_BY = "homeward_ended_by";
    public static final String LOCKDOWN = "lockdown";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ended(String why);
    }

    @GET
    @Path("signed-out")
    public Response signedOut(@CookieParam(ENDED_BY) String endedBy) {
        if (LOCKDOWN.equals(endedBy)) {
            return Response.ok(Templates.ended("locked-down"))
                    .cookie(new NewCookie.Builder(ENDED_BY).value("").path("/").maxAge(0).httpOnly(true).build()).build();
        }
        return Response.ok(Templates.ended("signed-out")).build();
    }

    @GET
    @Path("session-ended")
    public TemplateInstance sessionEnded() {
        return Templates.ended("session-ended");
    }
}
