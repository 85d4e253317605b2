package org.homeward.exports;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The subject-access report (issue 23): everything held about a person, for them, with other people
 * withheld — as JSON and as a PDF in English, Arabic or French; admins only; audited. The PDFs'
 * first pages are kept as pictures under {@code target/subject-access/} to be looked at.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class SubjectAccessReportTest {

    private static RequestSpecification admin() {
        return TestData.as("sar-admin", Roles.ADMIN).contentType(ContentType.JSON);
    }

    @Test
    void aPersonsReportHoldsTheirRecordHistoryCasesFilesAndDisclosuresButNoOneElsesName() throws Exception {
        String camp = TestData.uniqueCode("SAR");
        TestData.facility(camp, "CAMP", null);
        String annex = TestData.uniqueCode("SAR-A");
        TestData.facility(annex, "CAMP", null);
        String person = admin().body(Map.of("givenName", "Rania", "familyName", "Saleh", "givenNameAr", "رانيا",
                "familyNameAr", "صالح", "sex", "F", "category", "CAMP_RESIDENT", "dateOfBirth", "1994-03-02",
                "dateOfBirthPrecision", "EXACT", "nationalities", List.of(Map.of("country", "IRQ", "status", "CLAIMED")),
                "admission", Map.of("facilityCode", camp, "date", "2025-02-01"))).post("/api/v1/persons").then()
                .statusCode(201).extract().path("id");
        String mother = admin().body(Map.of("givenName", "Zainab", "familyName", "Jabouri", "sex", "F",
                "category", "CAMP_RESIDENT", "nationalities", List.of(Map.of("country", "IRQ", "status", "CLAIMED")),
                "admission", Map.of("facilityCode", camp, "date", "2025-02-01"))).post("/api/v1/persons").then()
                .statusCode(201).extract().path("id");
        admin().body(Map.of("type", "MOTHER_OF", "personId", person, "evidence", "DECLARED"))
                .post("/api/v1/persons/" + mother + "/relationships").then().statusCode(201);
        admin().body(Map.of("type", "TRANSFER", "toFacilityCode", annex, "date", "2025-06-01",
                "note", "Moved with her mother Zainab Jabouri to the annex")).post("/api/v1/persons/" + person + "/movements")
                .then().statusCode(201);
        TestData.scope("sar-worker", List.of(annex), List.of());
        TestData.as("sar-worker", Roles.CASEWORKER).get("/api/v1/persons/" + person).then().statusCode(200);

        String json = admin().get("/api/v1/persons/" + person + "/subject-access-report?format=json").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("person.givenName", equalTo("Rania"), "person.registrationNumber", notNullValue(),
                        "movements.type", equalTo(List.of("TRANSFER", "ADMISSION")),
                        "movements[0].note", equalTo("Moved with her mother […] […] to the annex"),
                        "familyLinks.kin", equalTo(List.of("MOTHER")), "familyLinks[0].evidence", equalTo("DECLARED"),
                        "cases", empty(), "documents", empty(), "disclosures.actor", hasItem("sar-worker"),
                        "withheld", not(empty()))
                .extract().asString();
        assertFalse(json.contains("Zainab"), json);
        assertFalse(json.contains("Jabouri"), json);
        assertFalse(json.contains(mother), "the relative's id is withheld too");

        for (String language : List.of("en", "ar", "fr")) {
            byte[] pdf = admin().get("/api/v1/persons/" + person + "/subject-access-report?format=pdf&language=" + language)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertFalse(text.contains("Zainab"), language + ": " + text);
                if (!language.equals("ar")) {
                    assertTrue(text.contains("Rania"), language + ": " + text);
                }
                Path pictures = Files.createDirectories(Path.of("target", "subject-access"));
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
                        pictures.resolve("report-" + language + ".png").toFile());
            }
        }

        admin().get("/api/v1/persons/" + person + "/subject-access-report?format=xml").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        admin().get("/api/v1/persons/00000000-0000-4000-8000-00000000000a/subject-access-report").then().statusCode(404);
        TestData.as("sar-worker", Roles.CASEWORKER).get("/api/v1/persons/" + person + "/subject-access-report").then()
                .statusCode(403);
        TestData.as("sar-auditor", Roles.AUDITOR).get("/api/v1/audit/events?entityType=PERSON&entityId=" + person
                + "&action=EXPORT").then().statusCode(200).body("items.actor", hasItem("sar-admin"));
    }
}
