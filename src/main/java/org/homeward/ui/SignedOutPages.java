package org.homeward.ui;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ended(boolean expired);
    }

    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.ended(false);
    }

    @GET
    @Path("session-ended")
    public TemplateInstance sessionEnded() {
        return Templates.ended(true);
    }
}
