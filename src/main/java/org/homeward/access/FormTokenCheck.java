package org.homeward.access;

import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * A change sent to a page (POST, PUT, PATCH, DELETE: a form, htmx, or a request with no body at all)
 * must carry the token of its browser's cookie ({@link FormToken}), in a form's hidden field or in
 * the header; without it, or with another, it is refused (400) and nothing is done. The API is not asked: it is bearer-only (OIDC tenant "api", type service), a
 * browser never sends it credentials by itself, so a forged request has nothing to ride on there,
 * and its clients post multipart forms (file uploads) with no cookie at all. This replaces
 * quarkus-rest-csrf, whose filter asked every form for the token, the API's too
 * (docs/adr/019-form-tokens-on-pages-not-on-the-bearer-api.md).
 */
public class FormTokenCheck {

    private static final String API = "/api/";

    @Inject
    FormToken formToken;

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> check(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
        if (!changes(request.getMethod()) || request.getUriInfo().getPath().startsWith(API)) {
            return Optional.empty();
        }
        // every change asks for the token, whatever its body: a post with no Content-Type at all is
        // still routed to a form's method, and a browser sends one from any page of the same site
        String sent = request.getHeaderString(FormToken.HEADER);
        if (sent == null && isForm(request.getMediaType())) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(FormToken.NAME, true, false);
            sent = field instanceof String text ? text : null;
        }
        return FormToken.same(FormToken.fromCookie(http), sent) ? Optional.empty()
                : Optional.of(Response.status(Response.Status.BAD_REQUEST).build());
    }

    /** A page that wrote a new token into its forms sends it in the cookie, for this browser session. */
    @ServerResponseFilter
    public void issue(ContainerResponseContext response, HttpServerRequest http) {
        if (formToken.issued()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, FormToken.NAME + "=" + formToken.getToken()
                    + "; Path=/; HttpOnly; SameSite=Strict" + ("https".equals(http.scheme()) ? "; Secure" : ""));
        }
    }

    private static boolean changes(String method) {
        return !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) && !HttpMethod.OPTIONS.equals(method);
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
