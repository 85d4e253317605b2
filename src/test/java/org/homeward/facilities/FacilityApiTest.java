package org.homeward.facilities;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class FacilityApiTest {

    @Test
    void anAdminCreatesAFacilityAndReadsItBack() {
        String code = TestData.uniqueCode("ROJ");
        String id = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", code.toLowerCase(), "name", " Roj camp ", "nameAr", "مخيم روج", "type", "CAMP",
                        "governorate", "Al-Hasakah", "capacity", 3000))
                .when().post("/api/v1/facilities")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/facilities/"))
                .body("code", equalTo(code), "name", equalTo("Roj camp"), "active", equalTo(true),
                        "version", equalTo(0))
                .extract().path("id");

        TestData.asAdmin().get("/api/v1/facilities/" + id).then().statusCode(200)
                .body("nameAr", equalTo("مخيم روج"), "capacity", equalTo(3000), "type", equalTo("CAMP"));
    }

    @Test
    void everyBrokenRuleIsNamedWithItsFieldInTheCallersLanguage() {
        TestData.asAdmin().contentType(ContentType.JSON).header("Accept-Language", "fr")
                .body(Map.of("code", "?", "type", "CAMP", "capacity", -5))
                .when().post("/api/v1/facilities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400),
                        "errors.field", containsInAnyOrder("code", "name", "capacity"),
                        "errors.find { it.field == 'name' }.message", equalTo("obligatoire"),
                        "errors.find { it.field == 'capacity' }.message", equalTo("doit être 0 ou plus"));
    }

    @Test
    void aDuplicateCodeIsRefused() {
        String code = TestData.uniqueCode("DUP");
        TestData.facility(code, "CAMP", null);
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Second", "type", "CAMP"))
                .when().post("/api/v1/facilities")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("code"),
                        "errors[0].message", equalTo("the code " + code + " is already used by another facility"));
    }

    @Test
    void aBodyThatIsNotTheExpectedJsonNamesTheField() {
        TestData.asAdmin().contentType(ContentType.JSON)
                .body("{\"code\": \"BAD-TYPE\", \"name\": \"x\", \"type\": \"PALACE\"}")
                .when().post("/api/v1/facilities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void aCampSectionMustBelongToACampAndTheHierarchyCannotLoop() {
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("code", TestData.uniqueCode("ORPHAN"), "name", "Annex", "type", "CAMP_SECTION"))
                .when().post("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));

        String camp = TestData.facility(TestData.uniqueCode("CAMP"), "CAMP", null);
        String annex = TestData.facility(TestData.uniqueCode("ANNEX"), "CAMP_SECTION", camp);
        String phase = TestData.facility(TestData.uniqueCode("PHASE"), "CAMP_SECTION", annex);

        Map<String, Object> campUnderItsOwnPhase = current(camp);
        campUnderItsOwnPhase.put("parentId", phase);
        TestData.asAdmin().contentType(ContentType.JSON).body(campUnderItsOwnPhase)
                .when().put("/api/v1/facilities/" + camp)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("parentId"),
                        "errors[0].message", equalTo("a facility cannot be part of itself or of one of its own sections"));
    }

    @Test
    void anEditOnAStaleVersionIsRefusedWithTheCurrentStateAndChangesNothing() {
        String id = TestData.facility(TestData.uniqueCode("LOCK"), "DETENTION_CENTRE", null);
        Map<String, Object> first = current(id);
        Map<String, Object> second = current(id);

        first.put("capacity", 250);
        TestData.asAdmin().contentType(ContentType.JSON).body(first)
                .when().put("/api/v1/facilities/" + id)
                .then().statusCode(200).body("capacity", equalTo(250), "version", equalTo(1));

        second.put("name", "A name typed on the old version");
        TestData.asAdmin().contentType(ContentType.JSON).body(second)
                .when().put("/api/v1/facilities/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("current.capacity", equalTo(250), "current.version", equalTo(1));

        TestData.asAdmin().get("/api/v1/facilities/" + id).then()
                .body("name", not(equalTo("A name typed on the old version")), "version", equalTo(1));
    }

    @Test
    void theCodeOfAFacilityNeverChanges() {
        String id = TestData.facility(TestData.uniqueCode("FIXED"), "HOSPITAL", null);
        Map<String, Object> renamed = current(id);
        renamed.put("code", TestData.uniqueCode("OTHER"));
        TestData.asAdmin().contentType(ContentType.JSON).body(renamed)
                .when().put("/api/v1/facilities/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aCaseWorkerSeesTheAssignedCampWithItsSectionsAndNothingElse() {
        String campCode = TestData.uniqueCode("SEEN");
        String camp = TestData.facility(campCode, "CAMP", null);
        String annex = TestData.facility(TestData.uniqueCode("SEEN-ANNEX"), "CAMP_SECTION", camp);
        String elsewhere = TestData.facility(TestData.uniqueCode("UNSEEN"), "CAMP", null);
        String worker = "cw-" + campCode.toLowerCase();
        TestData.scope(worker, List.of(campCode), List.of());

        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/facilities?size=500").then().statusCode(200)
                .body("items.id", containsInAnyOrder(camp, annex), "total", equalTo(2));
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/facilities/" + annex).then().statusCode(200)
                .body("parentId", equalTo(camp));
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/facilities/" + elsewhere).then().statusCode(404)
                .contentType("application/problem+json").body("current", nullValue());
    }

    @Test
    void aScopeChangeAppliesToTheVeryNextRequest() {
        String code = TestData.uniqueCode("REVOKE");
        String id = TestData.facility(code, "CAMP", null);
        String worker = "cw-" + code.toLowerCase();
        TestData.scope(worker, List.of(code), List.of());
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/facilities/" + id).then().statusCode(200);

        TestData.scope(worker, List.of(), List.of());

        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/facilities/" + id).then().statusCode(404);
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/facilities").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void listsArePagedWithinTheApiLimits() {
        TestData.facility(TestData.uniqueCode("PAGED"), "CAMP", null);
        TestData.asAdmin().get("/api/v1/facilities?page=0&size=1").then().statusCode(200)
                .body("items.size()", equalTo(1), "page", equalTo(0), "size", equalTo(1));
        TestData.asAdmin().get("/api/v1/facilities?size=501").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static Map<String, Object> current(String id) {
        return new HashMap<>(TestData.asAdmin().get("/api/v1/facilities/" + id).then().statusCode(200)
                .extract().body().as(Map.class));
    }
}
