package org.homeward.documents;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** Files from the person's page, as a browser without JavaScript sends them. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class DocumentPagesTest {

    @Test
    void aPhotoAddedOnThePersonsPageShowsBesideTheirNameAndAnotherCountrysOfficerSeesNothing() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCP");
        String person = TestData.person(camp.code(), "F", "FRA", null);
        BrowserLikeSession worker = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER);
        worker.get("/persons/" + person).then().statusCode(200)
                .body(containsString("id=\"document-form\""), containsString("enctype=\"multipart/form-data\""),
                        containsString("capture=\"environment\""), containsString("person-photo-none"));

        Response refused = worker.upload("/persons/" + person + "/documents", "file", "me.jpg",
                TestImages.cameraJpeg(50, 60, 1), "image/jpeg", Map.of("kind", "PHOTO"), false);
        assertThat("a form without its token is refused", refused.statusCode(), equalTo(400));

        worker.get("/persons/" + person);
        Response added = worker.upload("/persons/" + person + "/documents", "camera", "camera.jpg",
                TestImages.cameraJpeg(50, 60, 1), "image/jpeg", Map.of("kind", "PHOTO", "note", "at the gate"), true);
        assertThat(added.statusCode(), equalTo(303));
        assertThat(added.header("Location"), matchesPattern(".*/persons/" + person + "\\?flash=document_added#documents"));
        String page = worker.get("/persons/" + person + "?flash=document_added").then().statusCode(200)
                .body(containsString("The file has been added."), containsString("id=\"person-photo\""),
                        containsString("at the gate"), not(containsString("person-photo-none")))
                .extract().asString();
        String photo = page.replaceAll("(?s).*<a href=\"/documents/([0-9a-f-]{36})/content\" class=\"person-portrait\".*", "$1");
        worker.get("/documents/" + photo + "/thumbnail").then().statusCode(200).contentType("image/jpeg");

        // who someone is, at a glance: in the list, the header's search, the pickers
        String thumbnail = "/documents/" + photo + "/thumbnail";
        worker.get("/persons?facility=" + camp.code()).then().statusCode(200).body(containsString(thumbnail));
        String number = TestData.asAdmin().get("/api/v1/persons/" + person).then().extract().path("registrationNumber");
        worker.get("/persons/suggestions?q=" + number).then().statusCode(200).body(containsString(thumbnail));
        worker.get("/persons/lookup?q=" + number + "&for=registrationNumber").then().statusCode(200)
                .body(containsString(thumbnail));
        // and side by side where two records may be one person
        String other = TestData.person(camp.code(), "F", "FRA", null);
        String otherNumber = TestData.asAdmin().get("/api/v1/persons/" + other).then().extract().path("registrationNumber");
        new BrowserLikeSession("doc-merge-admin", Roles.ADMIN).get("/merges/new?first=" + number + "&second=" + otherNumber)
                .then().statusCode(200).body(containsString("id=\"compare-photos\""), containsString(thumbnail));

        String french = Given.officerFor("FRA");
        new BrowserLikeSession(french, Roles.REPATRIATION_OFFICER).get("/persons/" + person).then().statusCode(200)
                .body(containsString("id=\"person-photo\""), not(containsString("id=\"document-form\"")));
        String iraqi = Given.officerFor("IRQ");
        new BrowserLikeSession(iraqi, Roles.REPATRIATION_OFFICER).get("/documents/" + photo + "/content").then()
                .statusCode(404);
    }

    @Test
    void aRefusedFileComesBackOnThePageWithItsReasonInTheUsersLanguage() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCQ");
        String person = TestData.person(camp.code(), "M", "IRQ", null);
        BrowserLikeSession arabic = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER).language("ar");
        arabic.get("/persons/" + person);
        arabic.upload("/persons/" + person + "/documents", "file", "notes.txt",
                "plain words".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain",
                Map.of("kind", "OTHER"), true).then().statusCode(415)
                .body(containsString("id=\"form-errors\""), containsString("لا تُقبل الملفات من هذا النوع"),
                        containsString("id=\"document-file-error\""));

        arabic.get("/persons/" + person);
        arabic.upload("/persons/" + person + "/documents", "file", "scan.pdf", DocumentApiTest.minimalPdf(),
                "application/pdf", Map.of("kind", "BIRTH_CERTIFICATE"), true).then().statusCode(303);
        String document = TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/persons/" + person + "/documents")
                .then().extract().path("[0].id");
        arabic.get("/persons/" + person).then().body(containsString("شهادة ميلاد"));
        arabic.post("/documents/" + document + "/removal", Map.of("reason", "")).then().statusCode(422)
                .body(containsString("id=\"reason-" + document + "-error\">اذكر سبب إزالة الملف"));
        arabic.get("/persons/" + person);
        arabic.post("/documents/" + document + "/removal", Map.of("reason", "نسخة مكررة")).then().statusCode(303);
        // a change sent with no body and no token (as a page of the same site could) is refused
        BrowserLikeSession admin = new BrowserLikeSession("doc-restore-admin", Roles.ADMIN);
        admin.get("/persons/" + person);
        admin.postWithoutBody("/documents/" + document + "/restoration").then().statusCode(400);
        TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/persons/" + person + "/documents").then()
                .body("size()", equalTo(0));
    }
}
