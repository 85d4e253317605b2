package org.homeward.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class WebShellTest {

    @Test
    void pagesCarryTheSecurityHeadersAndAreNeverCached() {
        new BrowserLikeSession("shell-admin", Roles.ADMIN).get("/facilities").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("Cache-Control", equalTo("no-store"));
        TestData.asAdmin().get("/api/v1/facilities").then().header("Cache-Control", equalTo("no-store"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/_static/bootstrap/5.3.3/dist/css/bootstrap.min.css",
            "/_static/bootstrap/5.3.3/dist/css/bootstrap.rtl.min.css",
            "/_static/bootstrap/5.3.3/dist/js/bootstrap.bundle.min.js",
            "/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/assets/homeward.css", "/assets/homeward.js" })
    void theFrontEndIsServedByHomewardItself(String asset) {
        given().get(asset).then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void theLayoutLinksOnlyToItsOwnAssets() {
        new BrowserLikeSession("shell-admin", Roles.ADMIN).get("/").then().statusCode(200)
                .body(not(containsString("http://")), not(containsString("https://")),
                        containsString("/_static/bootstrap/5.3.3/dist/css/bootstrap.min.css"),
                        containsString("/webjars/htmx.org/2.0.4/dist/htmx.min.js"));
    }

    @Test
    void aMissingRecordIsAPageInTheUsersLanguageWithoutInternals() {
        new BrowserLikeSession("shell-admin", Roles.ADMIN).language("ar").get("/facilities/" + UUID.randomUUID())
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("dir=\"rtl\""), containsString("غير موجود"), not(containsString("Exception")));
    }

    @Test
    void anUnknownAddressIsTheSameLocalizedPage() {
        new BrowserLikeSession("shell-admin", Roles.ADMIN).language("fr").get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Introuvable"), containsString("lang=\"fr\""));
        TestData.asAdmin().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRefusedPageSaysSoInTheUsersLanguage() {
        new BrowserLikeSession("shell-cw", Roles.CASEWORKER).language("fr").get("/staff")
                .then().statusCode(403).body(containsString("Vous n’avez pas accès à cette page"));
    }

    @Test
    void apiErrorsAreProblemDocuments() {
        TestData.asAdmin().header("Accept-Language", "fr").get("/api/v1/facilities/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "title", equalTo("Introuvable"), "type", containsString("not-found"));
        TestData.as("shell-analyst", Roles.ANALYST).get("/api/v1/staff")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anApiCallWithoutATokenIsRefusedNotRedirected() {
        given().redirects().follow(false).accept("application/json").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void healthChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsAreExposedForPrometheus() {
        TestData.asAdmin().get("/api/v1/me");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void theOpenApiDocumentDescribesTheJsonApiOnly() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/facilities"))
                .body("paths.keySet()", everyItem(startsWith("/api/")));
    }

    @Test
    void theNavigationMarksTheSectionOfThePage() {
        BrowserLikeSession ada = new BrowserLikeSession("shell-admin", Roles.ADMIN);
        ada.get("/persons").then().statusCode(200)
                .body(containsString("class=\"nav-link active\" aria-current=\"page\" href=\"/persons\""),
                        not(containsString("class=\"nav-link active\" aria-current=\"page\" href=\"/\"")));
        ada.get("/staff").then().statusCode(200)
                .body(containsString("class=\"nav-link dropdown-toggle active\""));
    }

    @Test
    void theOpenApiDocumentNamesTheErrorsAnOperationCanGiveWithTheirProblemBodies() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/persons/{id}'.get.responses.keySet()", hasItem("404"))
                .body("paths.'/api/v1/persons/{id}'.put.responses.keySet()", hasItem("409"))
                .body("paths.'/api/v1/persons/{id}'.put.responses.keySet()", hasItem("422"))
                .body("paths.'/api/v1/persons/{id}'.put.responses.'409'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.keySet()", hasItem("errors"))
                .body("paths.'/api/v1/facilities'.get.responses.keySet()", not(hasItem("404")))
                .body("paths.'/api/v1/persons/{id}/documents'.post.responses.keySet()", hasItem("413"))
                .body("paths.'/api/v1/persons/{id}/documents'.post.responses.keySet()", hasItem("415"))
                .body("paths.'/api/v1/documents/{docId}/content'.get.responses.keySet()", hasItem("404"));
    }
}
