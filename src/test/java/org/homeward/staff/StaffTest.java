package org.homeward.staff;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class StaffTest {

    @Test
    void someoneSeenForTheFirstTimeIsRecordedWithNothingInScope() {
        TestData.as("first-timer", Roles.CASEWORKER).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("first-timer"), "roles", containsInAnyOrder(Roles.CASEWORKER),
                        "facilities", empty(), "nationalities", empty());

        TestData.asAdmin().get("/api/v1/staff/first-timer").then().statusCode(200)
                .body("displayName", equalTo("Test first-timer"), "lastLoginAt", notNullValue(),
                        "facilities", empty());
    }

    @Test
    void anAdminPreparesTheScopeOfSomeoneWhoHasNotLoggedInYet() {
        String code = TestData.uniqueCode("PREP");
        TestData.facility(code, "CAMP", null);
        TestData.scope("not-yet-seen", List.of(code), List.of("fra", "BEL"));

        TestData.as("not-yet-seen", Roles.CASEWORKER, Roles.REPATRIATION_OFFICER).get("/api/v1/me").then()
                .body("facilities", containsInAnyOrder(code), "nationalities", containsInAnyOrder("FRA", "BEL"));
    }

    @Test
    void unknownFacilitiesAndCountriesAreRefusedByName() {
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("facilities", List.of("NO-SUCH-CAMP"), "nationalities", List.of("FRA", "ZZZ")))
                .when().put("/api/v1/staff/someone/scope")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("facilities", "nationalities"),
                        "errors.find { it.field == 'facilities' }.message", containsString("NO-SUCH-CAMP"),
                        "errors.find { it.field == 'nationalities' }.message", containsString("ZZZ"));
        TestData.asAdmin().get("/api/v1/staff/someone").then().statusCode(404);
    }

    @Test
    void adminsSeeEverythingWithoutAnyAssignment() {
        TestData.as("admin-without-scope", Roles.ADMIN).get("/api/v1/me").then()
                .body("facilities", containsInAnyOrder("*"), "nationalities", containsInAnyOrder("*"));
    }

    @Test
    void theScopeFormSavesCheckedFacilitiesAndTypedNationalities() {
        String code = TestData.uniqueCode("FORMSCOPE");
        TestData.facility(code, "CAMP", null);
        BrowserLikeSession admin = new BrowserLikeSession("staff-page-admin", Roles.ADMIN);

        admin.get("/staff/form-scoped/scope").then().statusCode(200)
                .body(containsString("value=\"" + code + "\""));
        admin.post("/staff/form-scoped/scope", Map.of("facilities", code, "nationalities", "fra, bel"))
                .then().statusCode(303).header("Location", containsString("/staff?flash=scope_saved"));
        TestData.asAdmin().get("/api/v1/staff/form-scoped").then()
                .body("facilities", containsInAnyOrder(code), "nationalities", containsInAnyOrder("BEL", "FRA"));

        admin.get("/staff/form-scoped/scope");
        admin.post("/staff/form-scoped/scope", Map.of("nationalities", "FRA, ATLANTIS")).then().statusCode(422)
                .body(containsString("id=\"nationalities-error\""), containsString("ATLANTIS"),
                        containsString("<option value=\"FRA\" selected>"));
        TestData.asAdmin().get("/api/v1/staff/form-scoped").then()
                .body("facilities", containsInAnyOrder(code), "nationalities", containsInAnyOrder("BEL", "FRA"));
    }
}
