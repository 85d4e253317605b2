package org.homeward.documents;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** Files on a case's checklist from the case's page, as a browser without JavaScript sends them. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class CheckDocumentPagesTest {

    @Test
    void anOfficerAddsTheSignedConsentOnTheCasePageAndTheCaseWorkerOfAnotherCampSeesNoCase() throws Exception {
        Given.Camp camp = Given.campWithWorker("CHKP");
        String officer = Given.officerFor("FRA");
        String mother = TestData.person(camp.code(), "F", "FRA", "1989-05-01");
        String kase = open(officer, mother);
        BrowserLikeSession session = new BrowserLikeSession(officer, Roles.REPATRIATION_OFFICER);
        session.get("/cases/" + kase).then().statusCode(200)
                .body(containsString("action=\"/cases/" + kase + "/checklist/CONSENT/documents\""),
                        containsString("action=\"/cases/" + kase + "/checklist/HANDOVER_PROTOCOL/documents\""),
                        not(containsString("/checklist/MEDICAL_CLEARANCE/documents")),
                        containsString("capture=\"environment\""));

        Response added = session.upload("/cases/" + kase + "/checklist/CONSENT/documents", "camera", "consent.jpg",
                TestImages.cameraJpeg(60, 80, 6), "image/jpeg", Map.of("personId", mother, "note", "signed in Roj"), true);
        assertThat(added.statusCode(), equalTo(303));
        assertThat(added.header("Location"), matchesPattern(".*/cases/" + kase + "\\?flash=document_added#checklist"));
        String file = TestData.as(officer, Roles.REPATRIATION_OFFICER)
                .get("/api/v1/repatriation-cases/" + kase + "/checklist/CONSENT/documents").then().extract().path("[0].id");
        session.get("/cases/" + kase + "?flash=document_added").then().statusCode(200)
                .body(containsString("The file has been added."), containsString("id=\"check-file-" + file + "\""),
                        containsString("signed in Roj"), containsString("/documents/" + file + "/thumbnail"));

        // refused in the user's language, and the case comes back saying why
        BrowserLikeSession arabic = new BrowserLikeSession(officer, Roles.REPATRIATION_OFFICER).language("ar");
        arabic.get("/cases/" + kase);
        arabic.upload("/cases/" + kase + "/checklist/HANDOVER_PROTOCOL/documents", "file", "notes.txt",
                "plain words".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", Map.of(), true).then()
                .statusCode(415).body(containsString("لا تُقبل الملفات من هذا النوع"), containsString("id=\"checklist\""));
        arabic.get("/cases/" + kase);
        arabic.post("/documents/" + file + "/removal", Map.of("reason", "")).then().statusCode(422)
                .body(containsString("اذكر سبب إزالة الملف"));
        arabic.get("/cases/" + kase);
        arabic.post("/documents/" + file + "/removal", Map.of("reason", "غير موقّعة")).then().statusCode(303)
                .header("Location", matchesPattern(".*/cases/" + kase + "\\?flash=document_removed#checklist"));
        session.get("/cases/" + kase).then().body(not(containsString("id=\"check-file-" + file + "\"")));

        // an admin sees it removed, and brings it back
        BrowserLikeSession admin = new BrowserLikeSession("chk-restore-admin", Roles.ADMIN);
        admin.get("/cases/" + kase).then().body(containsString("id=\"check-file-restore-" + file + "\""));
        admin.post("/documents/" + file + "/restoration", Map.of()).then().statusCode(303);
        session.get("/cases/" + kase).then().body(containsString("id=\"check-file-" + file + "\""));

        Given.Camp elsewhere = Given.campWithWorker("CHKQ");
        new BrowserLikeSession(elsewhere.worker(), Roles.CASEWORKER).get("/cases/" + kase).then().statusCode(404);
        new BrowserLikeSession(elsewhere.worker(), Roles.CASEWORKER).get("/documents/" + file + "/content").then()
                .statusCode(404);
    }

    private static String open(String officer, String... subjects) {
        return TestData.as(officer, Roles.REPATRIATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("country", "FRA", "subjectIds", List.of(subjects)))
                .post("/api/v1/repatriation-cases").then().statusCode(201).extract().path("id");
    }
}
