package org.homeward.documents;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Files kept as evidence of a repatriation case's checklist: added by whoever records the entry,
 * seen by whoever sees it, read, removed and restored at {@code /api/v1/documents/{docId}}.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class CheckDocumentApiTest {

    @Test
    void anOfficerKeepsATravelDocumentScanAndTheSignedProtocolWithTheCaseAndAnotherCountrysOfficerSeesNeither()
            throws Exception {
        Given.Camp camp = Given.campWithWorker("CHKF");
        String officer = Given.officerFor("FRA");
        String mother = TestData.person(camp.code(), "F", "FRA", "1990-01-01");
        String kase = open(officer, mother);
        String checklist = "/api/v1/repatriation-cases/" + kase + "/checklist/";
        byte[] scan = DocumentApiTest.minimalPdf();

        String travelDocument = as(officer).multiPart("file", "laissez-passer.pdf", scan, "application/pdf")
                .multiPart("personId", mother).multiPart("note", "issued by the consulate in Erbil")
                .post(checklist + "TRAVEL_DOCUMENT/documents").then().statusCode(201)
                .body("caseId", equalTo(kase), "item", equalTo("TRAVEL_DOCUMENT"), "personId", equalTo(mother),
                        "kind", equalTo("IDENTITY_DOCUMENT"), "contentType", equalTo("application/pdf"),
                        "uploadedBy", equalTo(officer))
                .extract().path("id");
        String protocol = as(officer).multiPart("file", "pv.jpg", TestImages.cameraJpeg(40, 30, 1), "image/jpeg")
                .post(checklist + "HANDOVER_PROTOCOL/documents").then().statusCode(201)
                .body("item", equalTo("HANDOVER_PROTOCOL"), "personId", nullValue(), "kind", equalTo("OTHER"))
                .extract().path("id");

        as(officer).get(checklist + "TRAVEL_DOCUMENT/documents").then().statusCode(200)
                .body("id", equalTo(List.of(travelDocument)), "note", hasItem("issued by the consulate in Erbil"));
        as(officer).get("/api/v1/repatriation-cases/" + kase + "/checklist").then().statusCode(200)
                .body("find { it.item == 'TRAVEL_DOCUMENT' }.files.id", equalTo(List.of(travelDocument)))
                .body("find { it.item == 'HANDOVER_PROTOCOL' }.files.id", equalTo(List.of(protocol)))
                .body("find { it.item == 'CONSENT' }.files", empty());
        byte[] served = as(officer).get("/api/v1/documents/" + travelDocument + "/content").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(scan, served, "a PDF is kept and served as it arrived");
        as(officer).get("/api/v1/documents/" + protocol + "/thumbnail").then().statusCode(200).contentType("image/jpeg");

        String belgian = Given.officerFor("BEL");
        as(belgian).get(checklist + "TRAVEL_DOCUMENT/documents").then().statusCode(404);
        as(belgian).get("/api/v1/documents/" + travelDocument + "/content").then().statusCode(404);
        as(belgian).get("/api/v1/documents/" + protocol + "/content").then().statusCode(404);
        as(belgian).multiPart("file", "x.pdf", scan, "application/pdf").post(checklist + "HANDOVER_PROTOCOL/documents")
                .then().statusCode(404);
        TestData.as("chk-analyst", Roles.ANALYST).get("/api/v1/documents/" + protocol + "/content").then().statusCode(403);
        TestData.as("chk-auditor", Roles.AUDITOR).get(checklist + "TRAVEL_DOCUMENT/documents").then().statusCode(403);

        // a case file is not one of the person's own: it is seen as the case is
        TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/persons/" + mother + "/documents").then()
                .statusCode(200).body("id", not(hasItem(travelDocument)));

        // every look at it is a disclosure of the person it is about
        TestData.as("chk-auditor", Roles.AUDITOR).get("/api/v1/persons/" + mother + "/disclosures").then()
                .statusCode(200).body("items.how", hasItem("DOCUMENT"), "items.actor", hasItem(officer));

        // removed with a reason by the officer, gone from sight, restored by an admin
        as(officer).contentType(ContentType.JSON).body(Map.of("reason", "expired; a new one is coming"))
                .delete("/api/v1/documents/" + travelDocument).then().statusCode(204);
        as(officer).get(checklist + "TRAVEL_DOCUMENT/documents").then().body("", empty());
        as(officer).get("/api/v1/documents/" + travelDocument + "/content").then().statusCode(404);
        TestData.asAdmin().get(checklist + "TRAVEL_DOCUMENT/documents").then()
                .body("removedReason", equalTo(List.of("expired; a new one is coming")));
        TestData.asAdmin().post("/api/v1/documents/" + travelDocument + "/restore").then().statusCode(200);
        as(officer).get(checklist + "TRAVEL_DOCUMENT/documents").then().body("id", equalTo(List.of(travelDocument)));
    }

    @Test
    void aCaseWorkerAddsASignedConsentForThePersonTheyCareForAndNothingElse() throws Exception {
        Given.Camp camp = Given.campWithWorker("CHKC");
        String officer = Given.officerFor("FRA");
        String mother = TestData.person(camp.code(), "F", "FRA", "1991-03-01");
        String kase = open(officer, mother);
        String checklist = "/api/v1/repatriation-cases/" + kase + "/checklist/";
        RequestSpecification worker = TestData.as(camp.worker(), Roles.CASEWORKER);
        byte[] consent = DocumentApiTest.minimalPdf();

        worker.multiPart("file", "consent.pdf", consent, "application/pdf").multiPart("personId", mother)
                .post(checklist + "CONSENT/documents").then().statusCode(201).body("kind", equalTo("CONSENT_FORM"));
        TestData.as(camp.worker(), Roles.CASEWORKER).multiPart("file", "passport.pdf", consent, "application/pdf")
                .multiPart("personId", mother).post(checklist + "TRAVEL_DOCUMENT/documents").then().statusCode(403);

        // what is refused is named by field, and nothing is kept
        as(officer).multiPart("file", "c.pdf", consent, "application/pdf").multiPart("personId", mother)
                .post(checklist + "MEDICAL_CLEARANCE/documents").then().statusCode(422)
                .body("errors.field", hasItem("item"));
        as(officer).multiPart("file", "c.pdf", consent, "application/pdf").post(checklist + "CONSENT/documents").then()
                .statusCode(422).body("errors.field", hasItem("personId"));
        as(officer).multiPart("personId", mother).post(checklist + "CONSENT/documents").then().statusCode(400)
                .body("errors.field", hasItem("file"));
        as(officer).multiPart("file", "c.pdf", "not a scan".getBytes(), "application/pdf").multiPart("personId", mother)
                .post(checklist + "CONSENT/documents").then().statusCode(415);
        as(officer).multiPart("file", "c.pdf", consent, "application/pdf").multiPart("personId", mother)
                .post(checklist + "NO_SUCH_ITEM/documents").then().statusCode(400);
        as(officer).get(checklist + "CONSENT/documents").then().body("", hasSize(1));

        // another camp's case worker does not see the case at all
        Given.Camp elsewhere = Given.campWithWorker("CHKE");
        TestData.as(elsewhere.worker(), Roles.CASEWORKER).get(checklist + "CONSENT/documents").then().statusCode(404);
    }

    private static RequestSpecification as(String officer) {
        return TestData.as(officer, Roles.REPATRIATION_OFFICER);
    }

    private static String open(String officer, String... subjects) {
        return as(officer).contentType(ContentType.JSON).body(Map.of("country", "FRA", "subjectIds", List.of(subjects)))
                .post("/api/v1/repatriation-cases").then().statusCode(201).extract().path("id");
    }
}
