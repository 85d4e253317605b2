package org.homeward.lockdown;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The lock-down drill (issue 23): a camp at risk of being overrun is locked down by one admin and a
 * second; its case worker's next request ends their session and their API calls are refused at once,
 * while colleagues elsewhere go on; exports stop; the files of the people held there are destroyed;
 * two admins lift it and access comes back. Every step is audited.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class LockdownDrillTest {

    private static RequestSpecification admin(String name) {
        return TestData.as(name, Roles.ADMIN).contentType(ContentType.JSON);
    }

    @Test
    void aCampLockedDownByTwoAdminsShutsItsCaseWorkersOutAtOnceAndTwoAdminsLiftIt() {
        String camp = TestData.uniqueCode("LOCK");
        String campId = TestData.facility(camp, "CAMP", null);
        String section = TestData.uniqueCode("LOCK-S");
        TestData.facility(section, "CAMP_SECTION", campId);
        String elsewhere = TestData.uniqueCode("LOCK-FAR");
        TestData.facility(elsewhere, "CAMP", null);
        String held = TestData.person(section, "F", "FRA", null);
        String far = TestData.person(elsewhere, "F", "FRA", null);
        TestData.scope("lock-worker", List.of(camp), List.of());
        TestData.scope("far-worker", List.of(elsewhere), List.of());
        RequestSpecification worker = TestData.as("lock-worker", Roles.CASEWORKER);
        String document = TestData.as("lock-worker", Roles.CASEWORKER)
                .multiPart("file", "scan.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf").multiPart("kind", "OTHER")
                .post("/api/v1/persons/" + held + "/documents").then().statusCode(201).extract().path("id");
        worker.get("/api/v1/persons/" + held).then().statusCode(200);

        // asked by one admin: nothing changes until a second confirms
        String id = admin("lock-ada").body(Map.of("facilityCode", camp, "reason", "Armed group approaching the camp",
                "destroyFiles", true)).post("/api/v1/lockdowns").then().statusCode(201)
                .body("status", equalTo("AWAITING_CONFIRMATION"), "facilityCode", equalTo(camp), "requestedBy", equalTo("lock-ada"))
                .extract().path("id");
        TestData.as("lock-worker", Roles.CASEWORKER).get("/api/v1/persons/" + held).then().statusCode(200);
        admin("lock-ada").post("/api/v1/lockdowns/" + id + "/confirmation").then().statusCode(422)
                .body("errors[0].message", equalTo("a second admin must confirm: you asked for this one"));
        admin("lock-ada").body(Map.of("facilityCode", camp, "reason", "again")).post("/api/v1/lockdowns").then().statusCode(422);
        admin("lock-ada").body(Map.of("facilityCode", "NOWHERE-" + camp)).post("/api/v1/lockdowns").then().statusCode(400)
                .body("errors.field", hasItems("facilityCode", "reason"));

        // confirmed by a second: in force at once
        admin("lock-bea").post("/api/v1/lockdowns/" + id + "/confirmation").then().statusCode(200)
                .body("status", equalTo("IN_FORCE"), "confirmedBy", equalTo("lock-bea"), "filesDestroyed", equalTo(1));
        TestData.as("lock-worker", Roles.CASEWORKER).get("/api/v1/persons/" + held).then().statusCode(403)
                .body("detail", equalTo("Your access is suspended by an emergency lock-down."));
        TestData.as("lock-worker", Roles.CASEWORKER).get("/api/v1/persons/" + far).then().statusCode(403);
        var signedOut = TestData.as("lock-worker", Roles.CASEWORKER).redirects().follow(false).get("/persons");
        signedOut.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/logout"));
        // the page the browser lands on once signed out says why
        io.restassured.RestAssured.given().cookie("homeward_ended_by", signedOut.getCookie("homeward_ended_by"))
                .get("/signed-out").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Your access is suspended"));
        TestData.as("far-worker", Roles.CASEWORKER).get("/api/v1/persons/" + far).then().statusCode(200);
        TestData.as("lock-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/me").then().statusCode(200);
        admin("lock-ada").get("/api/v1/exports/persons?format=csv&purpose=Drill%20of%20the%20lock-down").then()
                .statusCode(403).body("detail", equalTo("Exports are stopped while a lock-down is in force."));
        admin("lock-ada").get("/api/v1/documents/" + document + "/content").then().statusCode(404);
        admin("lock-ada").get("/api/v1/persons/" + held + "/documents").then().statusCode(200);

        // lifted by two
        admin("lock-ada").delete("/api/v1/lockdowns/" + id).then().statusCode(202).body("status", equalTo("LIFT_REQUESTED"));
        TestData.as("lock-worker", Roles.CASEWORKER).get("/api/v1/persons/" + held).then().statusCode(403);
        admin("lock-ada").delete("/api/v1/lockdowns/" + id).then().statusCode(422);
        admin("lock-bea").delete("/api/v1/lockdowns/" + id).then().statusCode(200)
                .body("status", equalTo("LIFTED"), "liftedBy", equalTo("lock-bea"));
        TestData.as("lock-worker", Roles.CASEWORKER).get("/api/v1/persons/" + held).then().statusCode(200);
        admin("lock-ada").get("/api/v1/exports/persons?format=csv&facility=" + camp + "&purpose=After%20the%20drill").then()
                .statusCode(200);
        admin("lock-ada").delete("/api/v1/lockdowns/" + id).then().statusCode(422);

        TestData.as("lock-auditor", Roles.AUDITOR).get("/api/v1/audit/events?entityType=LOCKDOWN&entityId=" + id + "&size=50")
                .then().statusCode(200).body("items.action", hasItems("CREATE", "UPDATE"), "total", equalTo(4),
                        "items.actor", hasItems("lock-ada", "lock-bea"));
    }

    @Test
    void theWholeDeploymentLockedDownShutsOutEveryoneButAdminsAndAnUnconfirmedOneIsWithdrawnByOne() {
        String id = admin("whole-ada").body(Map.of("reason", "Office overrun")).post("/api/v1/lockdowns").then()
                .statusCode(201).body("wholeDeployment", equalTo(true), "facilityCode", nullValue()).extract().path("id");
        try {
            // the same asked by a second admin is their confirmation
            admin("whole-bea").body(Map.of("reason", "Office overrun, confirmed")).post("/api/v1/lockdowns").then()
                    .statusCode(200).body("id", equalTo(id), "status", equalTo("IN_FORCE"));
            TestData.as("whole-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/me").then().statusCode(403);
            TestData.as("whole-analyst", Roles.ANALYST).get("/api/v1/statistics/population?by=sex").then().statusCode(403);
            admin("whole-ada").get("/api/v1/lockdowns").then().statusCode(200).body("find { it.id == '" + id + "' }.status",
                    equalTo("IN_FORCE"));
        } finally {
            admin("whole-ada").delete("/api/v1/lockdowns/" + id);
            admin("whole-bea").delete("/api/v1/lockdowns/" + id).then().statusCode(200);
        }
        TestData.as("whole-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/me").then().statusCode(200);

        String withdrawn = admin("whole-ada").body(Map.of("reason", "False alarm")).post("/api/v1/lockdowns").then()
                .statusCode(201).extract().path("id");
        admin("whole-ada").delete("/api/v1/lockdowns/" + withdrawn).then().statusCode(200).body("status", equalTo("LIFTED"),
                "confirmedBy", nullValue());
        TestData.as("whole-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/me").then().statusCode(200);
        admin("whole-ada").delete("/api/v1/lockdowns/00000000-0000-4000-8000-000000000009").then().statusCode(404);
        TestData.as("whole-worker", Roles.CASEWORKER).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/lockdowns").then().statusCode(403);
    }
}
