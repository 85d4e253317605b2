package org.homeward.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Pages as a browser uses them: keeps cookies, reads the CSRF token from the form it was given and
 * posts it back. Tests authenticate with a bearer token (see TestEnvironment); the browser tests
 * cover the real login.
 */
public final class BrowserLikeSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final String token;
    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    public BrowserLikeSession(String username, String... roles) {
        this.token = Tokens.of(username, roles);
    }

    public BrowserLikeSession language(String lang) {
        cookies.put("homeward-lang", lang);
        return this;
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    public Response getFrom(String path, String referer) {
        return request().header("Referer", referer).get(path);
    }

    /** Posts a form with the CSRF token of the last page fetched, as the browser would. */
    public Response post(String path, Map<String, ?> form) {
        Map<String, Object> fields = new HashMap<>(form);
        if (csrfToken != null) {
            fields.put("csrf-token", csrfToken);
        }
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields).post(path);
        remember(response);
        return response;
    }

    /** Posts a file as a page's form does (multipart), with the token of the last page fetched unless told not to. */
    public Response upload(String path, String field, String fileName, byte[] file, String type, Map<String, String> form,
            boolean withToken) {
        RequestSpecification request = request().multiPart(field, fileName, file, type);
        form.forEach(request::multiPart);
        if (withToken && csrfToken != null) {
            request.multiPart("csrf-token", csrfToken);
        }
        Response response = request.post(path);
        remember(response);
        return response;
    }

    /** A post with no body and no Content-Type, carrying the session's cookies but not the token. */
    public Response postWithoutBody(String path) {
        return request().post(path);
    }

    public Response postWithoutCsrfToken(String path, Map<String, ?> form) {
        return request().contentType("application/x-www-form-urlencoded").formParams(form).post(path);
    }

    private RequestSpecification request() {
        return given().auth().oauth2(token).cookies(cookies).redirects().follow(false);
    }

    private void remember(Response response) {
        cookies.putAll(response.getCookies());
        Matcher field = CSRF_FIELD.matcher(response.asString());
        if (field.find()) {
            csrfToken = field.group(1);
        }
    }
}
