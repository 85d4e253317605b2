package org.homeward.access;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;

/**
 * An htmx request whose login session has ended cannot follow a redirect to the login page: the
 * fragment would be the login form, or a cross-site request that fails. Marking htmx requests as
 * script requests makes OIDC answer 499 instead, and {@code homeward.js} then reloads the whole
 * page, which leads to the login page.
 */
@ApplicationScoped
public class HtmxRequestChecker implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return "true".equals(context.request().getHeader("HX-Request"));
    }
}
