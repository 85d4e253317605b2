package org.homeward.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * An organisation that lets case workers import (homeward.imports.caseworkers=true): into their own
 * facilities only, and each sees only their own imports.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@TestProfile(CaseworkerImportTest.CaseworkersImport.class)
class CaseworkerImportTest {

    public static class CaseworkersImport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("homeward.imports.caseworkers", "true");
        }
    }

    @Test
    void aCaseWorkerImportsIntoTheirFacilityOnlyAndSeesOnlyTheirImports() {
        Given.Camp mine = Given.campWithWorker("IMCW");
        Given.Camp other = Given.campWithWorker("IMCO");
        String admitted = LocalDate.now().minusDays(1).toString();
        byte[] file = Spreadsheets.csv(StandardCharsets.UTF_8, ',', List.of(
                List.of("Given name", "Family name", "Sex", "Nationality", "Facility", "Admission date"),
                List.of("Salma", "Imcw", "F", "IRQ", mine.code(), admitted),
                List.of("Huda", "Imcw", "F", "IRQ", other.code(), admitted)));
        String id = TestData.as(mine.worker(), Roles.CASEWORKER).multiPart("file", "camp.csv", file).multiPart("kind", "PERSONS")
                .post("/api/v1/imports").then().statusCode(201)
                .body("valid", equalTo(1), "invalid", equalTo(1), "errors.row", hasItem(3),
                        "errors.field", hasItem("facilityCode"))
                .extract().path("id");
        TestData.as(other.worker(), Roles.CASEWORKER).get("/api/v1/imports/" + id).then().statusCode(404);
        TestData.as(mine.worker(), Roles.CASEWORKER).contentType("application/json")
                .body(Map.of("decisions", List.of(Map.of("row", 3, "action", "SKIP"))))
                .put("/api/v1/imports/" + id + "/decisions").then().statusCode(200);
        TestData.as(mine.worker(), Roles.CASEWORKER).post("/api/v1/imports/" + id + "/commit").then().statusCode(200)
                .body("result.created", equalTo(1), "result.skipped", equalTo(1));
        TestData.as(mine.worker(), Roles.CASEWORKER).get("/api/v1/persons?q=Salma Imcw").then()
                .body("items[0].currentFacility.code", equalTo(mine.code()));
        TestData.as(other.worker(), Roles.CASEWORKER).get("/api/v1/imports").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(id)));
    }

    @Test
    void aCaseWorkersChangesReachOnlyTheirPeopleAndTellNothingOfOthers() {
        Given.Camp mine = Given.campWithWorker("IMCX");
        Given.Camp other = Given.campWithWorker("IMCY");
        String yesterday = LocalDate.now().minusDays(1).toString();
        String week = LocalDate.now().minusDays(7).toString();
        String ours = Given.person().named("Rasha", "Imcx").in(mine.code()).admitted(week).register();
        String theirs = Given.person().named("Duaa", "Imcy").in(other.code()).admitted(week).register();
        String oursNumber = TestData.asAdmin().get("/api/v1/persons/" + ours).then().extract().path("registrationNumber");
        String theirsNumber = TestData.asAdmin().get("/api/v1/persons/" + theirs).then().extract().path("registrationNumber");
        byte[] file = Spreadsheets.csv(StandardCharsets.UTF_8, ',', List.of(
                List.of("Registration number", "Movement", "Date"),
                List.of(oursNumber, "release", yesterday),
                List.of(theirsNumber, "release", yesterday),
                List.of("HW-9999997", "release", yesterday)));
        String id = TestData.as(mine.worker(), Roles.CASEWORKER).multiPart("file", "moves.csv", file).multiPart("kind", "MOVEMENTS")
                .post("/api/v1/imports").then().statusCode(201)
                .body("valid", equalTo(1), "errors.find { it.row == 3 }.field", equalTo("registrationNumber"))
                .extract().path("id");
        String outOfReach = TestData.as(mine.worker(), Roles.CASEWORKER).get("/api/v1/imports/" + id).then().statusCode(200)
                .body("items.find { it.row == 3 }.change.personId", org.hamcrest.Matchers.nullValue(),
                        "items.find { it.row == 3 }.change.name", org.hamcrest.Matchers.nullValue(),
                        "items.find { it.row == 2 }.change.name", containsString("Rasha"))
                .extract().path("errors.find { it.row == 3 }.message");
        String unknown = TestData.as(mine.worker(), Roles.CASEWORKER).get("/api/v1/imports/" + id).then()
                .extract().path("errors.find { it.row == 4 }.message");
        org.junit.jupiter.api.Assertions.assertEquals(unknown.replace("HW-9999997", "N"), outOfReach.replace(theirsNumber, "N"),
                "a number out of reach answers as a number that does not exist");
        // once the person has left the worker's camps, the preview tells nothing more of them than of a stranger
        String third = Given.person().named("Alaa", "Imcx").in(mine.code()).admitted(week).register();
        String thirdNumber = TestData.asAdmin().get("/api/v1/persons/" + third).then().extract().path("registrationNumber");
        String later = TestData.as(mine.worker(), Roles.CASEWORKER).multiPart("file", "moves.csv", Spreadsheets.csv(
                StandardCharsets.UTF_8, ',', List.of(List.of("Registration number", "Movement", "Date"),
                        List.of(thirdNumber, "death", yesterday))))
                .multiPart("kind", "MOVEMENTS").post("/api/v1/imports").then().statusCode(201).body("valid", equalTo(1))
                .extract().path("id");
        TestData.asAdmin().contentType("application/json").body(Map.of("type", "TRANSFER", "toFacilityCode", other.code(),
                "date", yesterday)).post("/api/v1/persons/" + third + "/movements").then().statusCode(201);
        TestData.as(mine.worker(), Roles.CASEWORKER).get("/api/v1/imports/" + later).then().statusCode(200)
                .body("items[0].change.personId", org.hamcrest.Matchers.nullValue(),
                        "items[0].change.name", org.hamcrest.Matchers.nullValue(),
                        "items[0].errors[0].field", equalTo("registrationNumber"),
                        "items[0].errors[0].message", equalTo(unknown.replace("HW-9999997", thirdNumber)),
                        "errors[0].message", org.hamcrest.Matchers.nullValue());
        TestData.as(mine.worker(), Roles.CASEWORKER).post("/api/v1/imports/" + later + "/commit").then().statusCode(422)
                .body("errors[0].field", equalTo("registrationNumber"));
        TestData.asAdmin().get("/api/v1/persons/" + third).then().body("status", equalTo("IN_CAMP"));

        TestData.as(mine.worker(), Roles.CASEWORKER).contentType("application/json")
                .body(Map.of("decisions", List.of(Map.of("row", 3, "action", "SKIP"), Map.of("row", 4, "action", "SKIP"))))
                .put("/api/v1/imports/" + id + "/decisions").then().statusCode(200);
        TestData.as(mine.worker(), Roles.CASEWORKER).post("/api/v1/imports/" + id + "/commit").then().statusCode(200)
                .body("result.created", equalTo(1));
        TestData.asAdmin().get("/api/v1/persons/" + theirs).then().body("status", equalTo("IN_CAMP"));
        TestData.asAdmin().get("/api/v1/persons/" + ours).then().body("status", equalTo("RELEASED"));
    }
}
