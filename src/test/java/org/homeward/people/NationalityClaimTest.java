package org.homeward.people;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * A nationality opens a person's file to that country's officers, so who may record one is
 * narrow: case workers record claims; a claim added to a registered person waits for a second
 * person; only admins (and officers, through a case's nationality check) verify or dispute.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class NationalityClaimTest {

    @Test
    void aCaseWorkerRecordsClaimsOnlyAndANewClaimOpensTheFileOnceASecondPersonConfirmsIt() {
        String camp = TestData.uniqueCode("CLAIM");
        TestData.facility(camp, "CAMP", null);
        TestData.scope("claim-worker", List.of(camp), List.of());
        TestData.scope("claim-colleague", List.of(camp), List.of());
        TestData.scope("claim-officer-bel", List.of(), List.of("BEL"));
        TestData.scope("claim-officer-fra", List.of(), List.of("FRA"));

        // registration: a verified nationality is not a case worker's to record
        as("claim-worker").body(registration(camp, "FRA", "VERIFIED")).post("/api/v1/persons").then().statusCode(400)
                .body("errors.field", hasItem("nationalities[0].status"));
        // a claim at registration stands at once
        String id = as("claim-worker").body(registration(camp, "FRA", "CLAIMED")).post("/api/v1/persons").then()
                .statusCode(201).extract().path("id");
        officer("claim-officer-fra").get("/api/v1/persons/" + id).then().statusCode(200);

        // promoting an existing claim to verified is refused, the record unchanged
        Map<String, Object> promoted = current(id);
        promoted.put("nationalities", List.of(Map.of("country", "FRA", "status", "VERIFIED")));
        as("claim-worker").body(promoted).put("/api/v1/persons/" + id).then().statusCode(400)
                .body("errors.field", hasItem("nationalities[0].status"));

        // a new claim waits for a second person, and opens nothing until then
        Map<String, Object> added = current(id);
        added.put("nationalities", List.of(Map.of("country", "FRA", "status", "CLAIMED"),
                Map.of("country", "BEL", "status", "CLAIMED")));
        as("claim-worker").body(added).put("/api/v1/persons/" + id).then().statusCode(200)
                .body("nationalities.find { it.country == 'BEL' }.pendingConfirmation", equalTo(true))
                .body("nationalities.find { it.country == 'BEL' }.claimedBy", equalTo("claim-worker"));
        officer("claim-officer-bel").get("/api/v1/persons/" + id).then().statusCode(404);
        officer("claim-officer-bel").get("/api/v1/persons?nationality=BEL&facility=" + camp).then()
                .body("total", equalTo(0));
        // an officer who sees the person through another nationality learns nothing of the claim
        officer("claim-officer-fra").get("/api/v1/persons/" + id).then().statusCode(200)
                .body("nationalities.country", not(hasItem("BEL")), "nationalities.claimedBy", everyItem(nullValue()));
        // the one who claimed it cannot confirm it
        as("claim-worker").post("/api/v1/persons/" + id + "/nationalities/BEL/confirmation").then().statusCode(422);
        officer("claim-officer-bel").get("/api/v1/persons/" + id).then().statusCode(404);
        // a second case worker of the same facility can
        as("claim-colleague").post("/api/v1/persons/" + id + "/nationalities/BEL/confirmation").then().statusCode(200)
                .body("nationalities.find { it.country == 'BEL' }.pendingConfirmation", equalTo(false));
        officer("claim-officer-bel").get("/api/v1/persons/" + id).then().statusCode(200);
        // nothing waits any more
        as("claim-colleague").post("/api/v1/persons/" + id + "/nationalities/BEL/confirmation").then().statusCode(404);

        // an admin verifies directly
        Map<String, Object> verified = current(id);
        verified.put("nationalities", List.of(Map.of("country", "FRA", "status", "VERIFIED"),
                Map.of("country", "BEL", "status", "DISPUTED")));
        TestData.asAdmin().contentType(ContentType.JSON).body(verified).put("/api/v1/persons/" + id).then()
                .statusCode(200).body("nationalities.find { it.country == 'FRA' }.status", equalTo("VERIFIED"));
        // and a case worker cannot turn it back into a claim
        Map<String, Object> downgraded = current(id);
        downgraded.put("nationalities", List.of(Map.of("country", "FRA", "status", "CLAIMED"),
                Map.of("country", "BEL", "status", "DISPUTED")));
        as("claim-worker").body(downgraded).put("/api/v1/persons/" + id).then().statusCode(400)
                .body("errors.field", hasItem("nationalities[0].status"));
    }

    @Test
    void aCaseWorkerOfAnotherFacilityCannotConfirmAndAnAdminCan() {
        String camp = TestData.uniqueCode("CLAIM2");
        TestData.facility(camp, "CAMP", null);
        String other = TestData.uniqueCode("CLAIM2-OTHER");
        TestData.facility(other, "CAMP", null);
        TestData.scope("claim2-worker", List.of(camp), List.of());
        TestData.scope("claim2-elsewhere", List.of(other), List.of());
        String id = TestData.person(camp, "F", "SYR", null);
        Map<String, Object> added = current(id);
        added.put("nationalities", List.of(Map.of("country", "SYR", "status", "CLAIMED"),
                Map.of("country", "NLD", "status", "CLAIMED")));
        as("claim2-worker").body(added).put("/api/v1/persons/" + id).then().statusCode(200);
        as("claim2-elsewhere").post("/api/v1/persons/" + id + "/nationalities/NLD/confirmation").then().statusCode(404);
        TestData.asAdmin().contentType(ContentType.JSON).post("/api/v1/persons/" + id + "/nationalities/NLD/confirmation").then().statusCode(200);
        // the confirmation is audited with who claimed it
        TestData.asAdmin().get("/api/v1/persons/" + id).then()
                .body("nationalities.find { it.country == 'NLD' }.pendingConfirmation", equalTo(false));
    }

    private static io.restassured.specification.RequestSpecification as(String worker) {
        return TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON);
    }

    private static io.restassured.specification.RequestSpecification officer(String officer) {
        return TestData.as(officer, Roles.REPATRIATION_OFFICER);
    }

    private static Map<String, Object> registration(String camp, String country, String status) {
        return Map.of("givenName", "Nour", "familyName", "Claim", "sex", "F", "category", "CAMP_RESIDENT",
                "nationalities", List.of(Map.of("country", country, "status", status)),
                "admission", Map.of("facilityCode", camp, "date", java.time.LocalDate.now().minusDays(3).toString()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> current(String id) {
        Response response = TestData.asAdmin().get("/api/v1/persons/" + id);
        return new HashMap<>(response.then().statusCode(200).extract().body().as(Map.class));
    }
}
