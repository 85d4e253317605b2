package org.homeward.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** Imports through the API: previewed with nothing saved, committed whole or not at all, once. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class ImportApiTest {

    private static final Charset ARABIC_WINDOWS = Charset.forName("windows-1256");
    private static final List<String> ARABIC_HEADERS = List.of("الاسم", "اسم الأب", "الكنية", "الجنس", "تاريخ الميلاد",
            "الجنسية", "المخيم", "تاريخ الدخول");

    @Test
    void aWindows1256RegisterWithOneBadRowSavesNothingAndOnceFixedIsCommittedWithAdmissions() {
        Given.Camp camp = Given.campWithWorker("IMP");
        String family = unique("Qadiri");
        String admitted = LocalDate.now().minusDays(3).toString();
        List<List<String>> rows = List.of(ARABIC_HEADERS,
                List.of("Khadija", "Omar", family, "أنثى", "03/04/1990", "فرنسا", camp.code(), admitted),
                List.of("Yusuf", "Omar", family, "ذكر", "2015", "FRA", camp.code(), admitted),
                List.of("Maryam", "Omar", family, "F", "31/02/2017", "Atlantis", camp.code(), admitted));
        byte[] bad = Spreadsheets.csv(ARABIC_WINDOWS, ';', rows);

        String preview = post(bad, "register.csv", "PERSONS").statusCode(201)
                .body("status", equalTo("PREVIEW"), "rows", equalTo(3), "valid", equalTo(2), "invalid", equalTo(1),
                        "encoding", equalTo("windows-1256"), "mapping.'الاسم'", equalTo("givenName"),
                        "mapping.'المخيم'", equalTo("facilityCode"))
                .body("errors.row", everyItemIs(4), "errors.field", hasItem("dateOfBirth"), "errors.field", hasItem("nationality"))
                .body("errors.find { it.field == 'nationality' }.message", containsString("Atlantis"))
                .extract().path("id");
        assertEquals(0, registered(family), "a preview saves nobody");

        TestData.asAdmin().post("/api/v1/imports/" + preview + "/commit").then().statusCode(422)
                .contentType("application/problem+json").body("errors.row", hasItem(4), "errors.field", hasItem("nationality"));
        assertEquals(0, registered(family), "a file with one bad row saves nothing");

        List<List<String>> fixed = List.of(rows.get(0), rows.get(1), rows.get(2),
                List.of("Maryam", "Omar", family, "F", "28/02/2017", "Belgique", camp.code(), admitted));
        String id = post(Spreadsheets.csv(ARABIC_WINDOWS, ';', fixed), "register.csv", "PERSONS").statusCode(201)
                .body("valid", equalTo(3), "invalid", equalTo(0), "errors", empty()).extract().path("id");
        TestData.asAdmin().post("/api/v1/imports/" + id + "/commit").then().statusCode(200)
                .body("status", equalTo("COMMITTED"), "result.created", equalTo(3), "result.createdIds", hasSize(3));
        assertEquals(3, registered(family));
        // the counters behind the statistics follow people written in batches
        TestData.asAdmin().get("/api/v1/statistics/population?by=nationality&facility=" + camp.code()).then().statusCode(200)
                .body("total", equalTo(3), "rows.find { it.key == 'FRA' }.count", equalTo(2),
                        "rows.find { it.key == 'BEL' }.count", equalTo(1));

        TestData.asAdmin().get("/api/v1/persons?q=Maryam " + family).then().statusCode(200)
                .body("items[0].nationalities[0].country", equalTo("BEL"), "items[0].currentFacility.code", equalTo(camp.code()),
                        "items[0].dateOfBirth", equalTo("2017-02-28"), "items[0].category", equalTo("CAMP_RESIDENT"));
        String maryam = TestData.asAdmin().get("/api/v1/persons?q=Maryam " + family).then().extract().path("items[0].id");
        TestData.asAdmin().get("/api/v1/persons/" + maryam + "/movements").then().statusCode(200)
                .body("[0].type", equalTo("ADMISSION"), "[0].date", equalTo(admitted));
        TestData.as("imp-auditor", Roles.AUDITOR).get("/api/v1/audit/events?action=CREATE&entityType=PERSON&entityId=" + maryam)
                .then().statusCode(200).body("items", hasSize(1), "items[0].details", containsString(family));

        TestData.asAdmin().post("/api/v1/imports/" + id + "/commit").then().statusCode(409)
                .body("detail", containsString("committed"));
        assertEquals(3, registered(family), "a second commit saves nothing again");

        post(Spreadsheets.csv(ARABIC_WINDOWS, ';', fixed), "again.csv", "PERSONS").statusCode(201)
                .body("alreadyImported[0].id", equalTo(id), "warnings", hasSize(1));
    }

    @Test
    void anXlsxWithExcelDatesIsPreviewedAndCommitted() {
        Given.Camp camp = Given.campWithWorker("IMX");
        String family = unique("Lefort");
        byte[] workbook = Spreadsheets.xlsx("Liste", null, List.of(
                List.of(Spreadsheets.text("Prénom"), Spreadsheets.text("Nom"), Spreadsheets.text("Sexe"),
                        Spreadsheets.text("Date de naissance"), Spreadsheets.text("Nationalité"), Spreadsheets.text("Camp"),
                        Spreadsheets.text("Date d'arrivée")),
                List.of(Spreadsheets.text("Lina"), Spreadsheets.formula("UPPER(\"" + family + "\")", family),
                        Spreadsheets.text("femme"), Spreadsheets.date(LocalDate.of(2012, 5, 9)), Spreadsheets.text("France"),
                        Spreadsheets.text(camp.code()), Spreadsheets.date(LocalDate.now().minusDays(1)))));
        String id = post(workbook, "liste.xlsx", "PERSONS").statusCode(201)
                .body("valid", equalTo(1), "sheet", equalTo("Liste"), "mapping.'Nom'", equalTo("familyName")).extract().path("id");
        TestData.asAdmin().get("/api/v1/imports/" + id + "?page=0&size=10").then().statusCode(200)
                .body("items[0].row", equalTo(2), "items[0].reading.dateOfBirth", equalTo("2012-05-09"),
                        "items[0].reading.familyName", equalTo(family), "items[0].reading.admission.facilityCode", equalTo(camp.code()));
        TestData.asAdmin().post("/api/v1/imports/" + id + "/commit").then().statusCode(200).body("result.created", equalTo(1));
        assertEquals(1, registered(family));
    }

    @Test
    void possibleDuplicatesInTheRegistryAndInTheFileWaitForTheAdminsChoice() {
        Given.Camp camp = Given.campWithWorker("IMD");
        String family = unique("Haddad");
        String known = Given.person().in(camp.code()).named("Samira", family).sex("F").born("1991-06-01", "EXACT")
                .nationality("FRA", "CLAIMED").register();
        String admitted = LocalDate.now().minusDays(2).toString();
        List<List<String>> rows = List.of(List.of("Given name", "Family name", "Sex", "Date of birth", "Nationality",
                        "Place of birth", "Facility", "Admission date"),
                List.of("Samira", family, "F", "1991", "FRA", "Lyon", camp.code(), admitted),
                List.of("Rania", family, "F", "2016", "FRA", "", camp.code(), admitted),
                List.of("Rania", family, "F", "2016", "FRA", "", camp.code(), admitted));
        String id = post(Spreadsheets.csv(StandardCharsets.UTF_8, ',', rows), "list.csv", "PERSONS").statusCode(201)
                .body("valid", equalTo(3), "possibleDuplicates", equalTo(2)).extract().path("id");
        ValidatableResponse page = TestData.asAdmin().get("/api/v1/imports/" + id).then().statusCode(200);
        page.body("items[0].duplicates[0].personId", equalTo(known), "items[2].duplicates[0].row", equalTo(3));

        TestData.asAdmin().post("/api/v1/imports/" + id + "/commit").then().statusCode(422)
                .body("errors.field", everyItemIs("decision"), "errors.row", equalTo(List.of(2, 4)));

        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("decisions", List.of(
                Map.of("row", 2, "action", "UPDATE", "personId", TestData.uniqueCode("x")))))
                .put("/api/v1/imports/" + id + "/decisions").then().statusCode(400);
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("decisions", List.of(
                Map.of("row", 2, "action", "UPDATE", "personId", known), Map.of("row", 4, "action", "SKIP"))))
                .put("/api/v1/imports/" + id + "/decisions").then().statusCode(200);
        TestData.asAdmin().post("/api/v1/imports/" + id + "/commit").then().statusCode(200)
                .body("result.created", equalTo(1), "result.updated", equalTo(1), "result.skipped", equalTo(1));
        TestData.asAdmin().get("/api/v1/persons/" + known).then()
                .body("placeOfBirth", equalTo("Lyon"), "dateOfBirth", equalTo("1991-06-01"));
        assertEquals(2, registered(family));
    }

    @Test
    void rowsTheRegistryRefusesAtTheCommitSaveNothing() {
        Given.Camp camp = Given.campWithWorker("IMR");
        String family = unique("Saadi");
        String admitted = LocalDate.now().minusDays(1).toString();
        byte[] csv = Spreadsheets.csv(StandardCharsets.UTF_8, ',', List.of(List.of("Given name", "Family name", "Sex",
                "Facility", "Admission date"), List.of("Nour", family, "F", camp.code(), admitted),
                List.of("Zaid", family, "M", camp.code(), admitted)));
        String id = post(csv, "camp.csv", "PERSONS").statusCode(201).body("valid", equalTo(2)).extract().path("id");
        // the camp closes between the preview and the commit
        Map<String, Object> facility = TestData.asAdmin().get("/api/v1/facilities/" + camp.id()).then().statusCode(200)
                .extract().as(Map.class);
        facility.put("active", false);
        TestData.asAdmin().contentType(ContentType.JSON).body(facility).put("/api/v1/facilities/" + camp.id()).then()
                .statusCode(200);
        TestData.asAdmin().post("/api/v1/imports/" + id + "/commit").then().statusCode(422)
                .body("errors.row", equalTo(List.of(2, 3)), "errors.field", everyItemIs("facilityCode"));
        assertEquals(0, registered(family), "nothing of the import was kept");
        TestData.asAdmin().get("/api/v1/imports/" + id).then().body("status", equalTo("PREVIEW"));
    }

    @Test
    void refusalsNameTheirCause() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        post(png, "photo.png", "PERSONS").statusCode(415).body("errors[0].field", equalTo("file"));
        byte[] big = new byte[1200 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        post(big, "big.csv", "PERSONS").statusCode(413).body("errors[0].field", equalTo("file"));
        byte[] csv = Spreadsheets.csv(StandardCharsets.UTF_8, ',', List.of(List.of("Given name"), List.of("Amina")));
        post(csv, "list.csv", "FRIENDS").statusCode(400).body("errors[0].field", equalTo("kind"));
        // a column a movements import does not read is refused by name
        TestData.asAdmin().multiPart("file", "list.csv", csv).multiPart("kind", "MOVEMENTS")
                .multiPart("mapping", "{\"Given name\": \"givenName\"}").post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("mapping"), "errors[0].message", containsString("Given name"));
        TestData.asAdmin().multiPart("file", "list.csv", csv).multiPart("kind", "PERSONS").multiPart("encoding", "klingon")
                .post("/api/v1/imports").then().statusCode(400).body("errors[0].field", equalTo("encoding"));
        TestData.asAdmin().header("Accept-Language", "ar").multiPart("file", "photo.png", png).multiPart("kind", "PERSONS")
                .post("/api/v1/imports").then().statusCode(415).body("errors[0].message", containsString("CSV"));
    }

    @Test
    void onlyAdminsImportAndAnImportIsAuditedWithItsHash() {
        Given.Camp camp = Given.campWithWorker("IMA");
        byte[] csv = Spreadsheets.csv(StandardCharsets.UTF_8, ',', List.of(List.of("Given name", "Facility"),
                List.of("Amina", camp.code())));
        io.restassured.RestAssured.given().multiPart("file", "list.csv", csv).multiPart("kind", "PERSONS")
                .post("/api/v1/imports").then().statusCode(401);
        for (String role : List.of(Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ANALYST, Roles.AUDITOR)) {
            TestData.as(camp.worker(), role).multiPart("file", "list.csv", csv).multiPart("kind", "PERSONS")
                    .post("/api/v1/imports").then().statusCode(403);
        }
        String id = post(csv, "list.csv", "PERSONS").statusCode(201).extract().path("id");
        String sha = post(csv, "list.csv", "PERSONS").statusCode(201).extract().path("sha256");
        TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/imports/" + id).then().statusCode(403);
        TestData.as("imp-auditor", Roles.AUDITOR).get("/api/v1/audit/events?entityType=IMPORT&entityId=" + id).then()
                .statusCode(200).body("items[0].details", containsString(sha));
        TestData.asAdmin().delete("/api/v1/imports/" + id).then().statusCode(204);
        TestData.asAdmin().post("/api/v1/imports/" + id + "/commit").then().statusCode(409);
        TestData.asAdmin().get("/api/v1/imports/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    private static ValidatableResponse post(byte[] file, String name, String kind) {
        return TestData.asAdmin().multiPart("file", name, file).multiPart("kind", kind).post("/api/v1/imports").then();
    }

    /** People registered under exactly this family name (a name search also finds names alike). */
    private static int registered(String family) {
        List<String> found = TestData.asAdmin().get("/api/v1/persons?size=500&q=" + family).then().statusCode(200).extract()
                .path("items.familyName");
        return (int) found.stream().filter(family::equals).count();
    }

    /** A family name no other test registers, in letters a name matcher reads as a name. */
    private static String unique(String stem) {
        String letters = java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return stem + letters.substring(0, Math.min(5, letters.length()));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(Object value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
