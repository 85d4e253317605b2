package org.homeward.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Imports of changes to people already registered (movements, nationality claims with their
 * documents, family links) and the family links of a people import: previewed against the
 * registry's rules, committed whole or not at all.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class ChangeImportApiTest {

    private static final String WEEK_AGO = LocalDate.now().minusDays(7).toString();
    private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

    @Test
    void aFacilitysMovementsAreCheckedInTheirOrderAndRecordedAllOrNone() {
        Given.Camp camp = Given.campWithWorker("IMV");
        String annex = TestData.uniqueCode("IMVA");
        TestData.facility(annex, "CAMP", null);
        String amina = Given.person().named("Amina", "Imv").in(camp.code()).admitted(WEEK_AGO).register();
        String huda = Given.person().named("Huda", "Imv").in(camp.code()).admitted(WEEK_AGO).register();
        String aminaNumber = number(amina);
        String hudaNumber = number(huda);
        List<String> headers = List.of("Registration number", "Movement", "Destination", "Date", "Remarks");
        List<List<String>> rows = List.of(headers,
                List.of(aminaNumber, "Transfer", annex, YESTERDAY, "moved with her section"),
                List.of(hudaNumber, "إفراج", "", YESTERDAY, ""),
                // the second transfer of Amina in the same file is judged from where the first leaves her
                List.of(aminaNumber.toLowerCase(), "TRANSFER", annex, YESTERDAY, ""),
                List.of("HW-9999999", "Release", "", YESTERDAY, ""),
                List.of(hudaNumber, "flight", "", "tomorrow", ""));

        String preview = post(rows, "MOVEMENTS").statusCode(201)
                .body("rows", equalTo(5), "valid", equalTo(2), "invalid", equalTo(3), "possibleDuplicates", equalTo(0),
                        "mapping.'Registration number'", equalTo("registrationNumber"), "mapping.Movement", equalTo("movementType"),
                        "mapping.Destination", equalTo("toFacilityCode"), "mapping.Date", equalTo("date"), "mapping.Remarks", equalTo("note"))
                .body("errors.find { it.row == 4 }.field", equalTo("toFacilityCode"),
                        "errors.find { it.row == 5 }.field", equalTo("registrationNumber"),
                        "errors.find { it.row == 5 }.message", containsString("HW-9999999"),
                        "errors.findAll { it.row == 6 }.field", hasItem("movementType"),
                        "errors.findAll { it.row == 6 }.field", hasItem("date"))
                .extract().path("id");
        TestData.asAdmin().get("/api/v1/imports/" + preview + "?size=10").then().statusCode(200)
                .body("items[0].change.registrationNumber", equalTo(aminaNumber), "items[0].change.personId", equalTo(amina),
                        "items[0].change.movement.type", equalTo("TRANSFER"), "items[0].change.movement.toFacilityCode", equalTo(annex));

        TestData.asAdmin().post("/api/v1/imports/" + preview + "/commit").then().statusCode(422)
                .body("errors.row", hasItem(4), "errors.row", hasItem(5), "errors.row", hasItem(6));
        person(amina).body("currentFacility.code", equalTo(camp.code()));
        person(huda).body("status", equalTo("IN_CAMP"));

        String fixed = post(List.of(headers, rows.get(1), rows.get(2)), "MOVEMENTS").statusCode(201)
                .body("valid", equalTo(2), "invalid", equalTo(0)).extract().path("id");
        TestData.asAdmin().post("/api/v1/imports/" + fixed + "/commit").then().statusCode(200)
                .body("status", equalTo("COMMITTED"), "result.created", equalTo(2), "result.updated", equalTo(2),
                        "result.updatedIds", hasItem(amina));
        person(amina).body("currentFacility.code", equalTo(annex));
        person(huda).body("status", equalTo("RELEASED"));
        TestData.asAdmin().get("/api/v1/persons/" + amina + "/movements").then().statusCode(200)
                .body("[0].type", equalTo("TRANSFER"), "[0].note", equalTo("moved with her section"));
    }

    @Test
    void aMovementRecordedElsewhereSinceThePreviewRefusesTheCommitWhole() {
        Given.Camp camp = Given.campWithWorker("IMW");
        String annex = TestData.uniqueCode("IMWA");
        TestData.facility(annex, "CAMP", null);
        String nadia = Given.person().named("Nadia", "Imw").in(camp.code()).admitted(WEEK_AGO).register();
        String reem = Given.person().named("Reem", "Imw").in(camp.code()).admitted(WEEK_AGO).register();
        String preview = post(List.of(List.of("Registration number", "Movement", "To facility", "Date"),
                List.of(number(nadia), "transfer", annex, YESTERDAY),
                List.of(number(reem), "transfer", annex, YESTERDAY)), "MOVEMENTS").statusCode(201)
                .body("valid", equalTo(2)).extract().path("id");
        // Reem is moved by someone else before the commit
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("type", "TRANSFER", "toFacilityCode", annex, "date", YESTERDAY))
                .post("/api/v1/persons/" + reem + "/movements").then().statusCode(201);
        TestData.asAdmin().post("/api/v1/imports/" + preview + "/commit").then().statusCode(422)
                .body("errors", hasSize(1), "errors[0].row", equalTo(3), "errors[0].field", equalTo("toFacilityCode"));
        person(nadia).body("currentFacility.code", equalTo(camp.code()));
        TestData.asAdmin().get("/api/v1/persons/" + nadia + "/movements").then().body("$", hasSize(1));
        TestData.asAdmin().get("/api/v1/imports/" + preview).then().body("status", equalTo("PREVIEW"));
    }

    @Test
    void nationalityClaimsAndDocumentNumbersCompleteRegisteredPeople() {
        Given.Camp camp = Given.campWithWorker("IMN");
        String salma = Given.person().named("Salma", "Imn").in(camp.code()).register();
        String number = number(salma);
        List<List<String>> rows = List.of(List.of("رقم التسجيل", "الجنسية", "نوع الوثيقة", "رقم الوثيقة"),
                List.of(number, "فرنسا", "جواز سفر", "19FR12345"),
                List.of(number, "Atlantis", "passport", "X1"),
                List.of(number, "BEL", "permit", "B1"));
        String preview = post(rows, "NATIONALITIES").statusCode(201)
                .body("valid", equalTo(1), "invalid", equalTo(2), "mapping.'الجنسية'", equalTo("nationality"),
                        "mapping.'رقم الوثيقة'", equalTo("documentNumber"),
                        "errors.find { it.row == 3 }.field", equalTo("nationality"),
                        "errors.find { it.row == 4 }.field", equalTo("documentType"))
                .extract().path("id");
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("decisions", List.of(Map.of("row", 3, "action", "SKIP"), Map.of("row", 4, "action", "SKIP"))))
                .put("/api/v1/imports/" + preview + "/decisions").then().statusCode(200);
        TestData.asAdmin().post("/api/v1/imports/" + preview + "/commit").then().statusCode(200)
                .body("result.created", equalTo(1), "result.skipped", equalTo(2));
        person(salma).body("nationalities.country", hasItem("FRA"), "documents.number", hasItem("19FR12345"),
                "documents.find { it.number == '19FR12345' }.issuingCountry", equalTo("FRA"),
                "nationalities.country", not(hasItem("BEL")));
    }

    @Test
    void familyLinksByRegistrationNumberFollowTheFamilyRules() {
        Given.Camp camp = Given.campWithWorker("IMF");
        String family = TestData.uniqueCode("Imf");
        String mother = Given.person().named("Fatima", family).sex("F").born("1990-01-01", "EXACT").in(camp.code()).register();
        String child = Given.person().named("Omar", family).sex("M").born("2016-05-01", "EXACT").in(camp.code()).register();
        String other = Given.person().named("Zaid", family).sex("M").born("1985-01-01", "EXACT").in(camp.code()).register();
        List<String> headers = List.of("Registration number", "Relationship", "Relative", "Evidence");
        List<List<String>> rows = List.of(headers,
                List.of(number(child), "ابن", number(mother), "documented"),
                List.of(number(mother), "father of", number(child), ""),
                List.of(number(child), "child of", "HW-9999998", ""),
                List.of(number(child), "ابن", number(mother), ""),
                List.of(number(other), "cousin", number(child), "rumour"));
        String preview = post(rows, "FAMILY_LINKS").statusCode(201)
                .body("valid", equalTo(1), "invalid", equalTo(4),
                        "errors.find { it.row == 3 }.field", equalTo("relationship"),
                        "errors.find { it.row == 4 }.field", equalTo("relativeNumber"),
                        "errors.find { it.row == 5 }.field", equalTo("relationship"),
                        "errors.findAll { it.row == 6 }.field", hasItem("evidence"))
                .extract().path("id");
        TestData.asAdmin().post("/api/v1/imports/" + preview + "/commit").then().statusCode(422);
        TestData.asAdmin().get("/api/v1/persons/" + mother + "/relationships").then().statusCode(200).body("$", hasSize(0));

        String fixed = post(List.of(headers, rows.get(1)), "FAMILY_LINKS").statusCode(201).body("valid", equalTo(1))
                .extract().path("id");
        TestData.asAdmin().post("/api/v1/imports/" + fixed + "/commit").then().statusCode(200).body("result.created", equalTo(1));
        TestData.asAdmin().get("/api/v1/persons/" + mother + "/relationships").then().statusCode(200)
                .body("$", hasSize(1), "[0].kin", equalTo("CHILD"), "[0].evidence", equalTo("DOCUMENTED"));
    }

    @Test
    void aPeopleImportLinksItsRowsToEachOther() {
        Given.Camp camp = Given.campWithWorker("IMR");
        String family = TestData.uniqueCode("Imr");
        List<String> headers = List.of("Given name", "Family name", "Sex", "Date of birth", "Nationality", "Camp",
                "Admission date", "Relationship", "Related row");
        List<String> mother = List.of("Rania", family, "F", "1992", "IRQ", camp.code(), YESTERDAY, "", "");
        List<List<String>> rows = List.of(headers, mother,
                List.of("Ali", family, "M", "2018", "IRQ", camp.code(), YESTERDAY, "child of", "2"),
                List.of("Sara", family, "F", "2019", "IRQ", camp.code(), YESTERDAY, "daughter of", "9"));
        String preview = post(rows, "PERSONS").statusCode(201)
                .body("valid", equalTo(2), "errors.find { it.row == 4 }.field", equalTo("relatedRow"))
                .extract().path("id");
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("decisions", List.of(Map.of("row", 4, "action", "SKIP"))))
                .put("/api/v1/imports/" + preview + "/decisions").then().statusCode(200);
        TestData.asAdmin().post("/api/v1/imports/" + preview + "/commit").then().statusCode(200).body("result.created", equalTo(2));
        String rania = TestData.asAdmin().get("/api/v1/persons?q=Rania " + family).then().extract().path("items[0].id");
        TestData.asAdmin().get("/api/v1/persons/" + rania + "/relationships").then().statusCode(200)
                .body("$", hasSize(1), "[0].kin", equalTo("CHILD"), "[0].evidence", equalTo("DECLARED"));

        // a link to a row that is skipped cannot be recorded: nothing of the file is
        String again = TestData.uniqueCode("Imr");
        List<List<String>> linkedToSkipped = List.of(headers,
                List.of("Nour", again, "F", "1990", "IRQ", camp.code(), YESTERDAY, "", ""),
                List.of("Adam", again, "M", "2015", "IRQ", camp.code(), YESTERDAY, "son of", "2"));
        String second = post(linkedToSkipped, "PERSONS").statusCode(201).body("valid", equalTo(2)).extract().path("id");
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("decisions", List.of(Map.of("row", 2, "action", "SKIP"))))
                .put("/api/v1/imports/" + second + "/decisions").then().statusCode(200);
        TestData.asAdmin().post("/api/v1/imports/" + second + "/commit").then().statusCode(422)
                .body("errors[0].row", equalTo(3), "errors[0].field", equalTo("relatedRow"));
        TestData.asAdmin().get("/api/v1/persons?q=Adam " + again).then().body("items", hasSize(0));
    }

    private static ValidatableResponse post(List<List<String>> rows, String kind) {
        byte[] file = Spreadsheets.csv(StandardCharsets.UTF_8, ',', rows);
        return TestData.asAdmin().multiPart("file", kind.toLowerCase() + ".csv", file).multiPart("kind", kind)
                .post("/api/v1/imports").then();
    }

    private static ValidatableResponse person(String id) {
        return TestData.asAdmin().get("/api/v1/persons/" + id).then().statusCode(200);
    }

    private static String number(String id) {
        String number = TestData.asAdmin().get("/api/v1/persons/" + id).then().extract().path("registrationNumber");
        assertEquals(true, number != null && number.startsWith("HW-"), "a registered person has a number");
        return number;
    }
}
