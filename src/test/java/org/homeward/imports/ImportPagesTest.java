package org.homeward.imports;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
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

/** Imports from the pages, as a browser without JavaScript sends them: upload, preview, decisions, commit. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class ImportPagesTest {

    @Test
    void anAdminUploadsARegisterSeesItsPreviewInArabicAndCommitsIt() {
        Given.Camp camp = Given.campWithWorker("IMPG");
        String family = "Nasr" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String admitted = LocalDate.now().minusDays(1).toString();
        byte[] register = Spreadsheets.csv(Charset.forName("windows-1256"), ';', List.of(
                List.of("الاسم", "الكنية", "الجنس", "تاريخ الميلاد", "الجنسية", "المخيم", "تاريخ الدخول"),
                List.of("Hana", family, "أنثى", "2015", "العراق", camp.code(), admitted),
                List.of("Ali", family, "ذكر", "2013", "IRQ", camp.code(), admitted)));
        BrowserLikeSession admin = new BrowserLikeSession("imp-page-admin", Roles.ADMIN).language("ar");
        admin.get("/imports").then().statusCode(200).body(containsString("id=\"import-form\""),
                containsString("enctype=\"multipart/form-data\""), containsString("name=\"progress\""));

        Response refused = admin.upload("/imports", "file", "register.csv", register, "text/csv", Map.of("kind", "PERSONS"), false);
        assertThat("a form without its token is refused", refused.statusCode(), equalTo(400));

        admin.get("/imports");
        Response uploaded = admin.upload("/imports", "file", "register.csv", register, "text/csv", Map.of("kind", "PERSONS"), true);
        assertThat(uploaded.statusCode(), equalTo(303));
        String location = uploaded.header("Location");
        assertThat(location, matchesPattern(".*/imports/[0-9a-f-]{36}"));
        String path = location.replaceAll("^https?://[^/]+", "");
        admin.get(path).then().statusCode(200)
                .body(containsString("id=\"preview-help\""), containsString("هذه معاينة"),
                        containsString("<bdi id=\"count-rows\">2</bdi>"), containsString("<bdi id=\"count-invalid\">0</bdi>"),
                        containsString("قُرئ بترميز"), containsString("name=\"column-0\""));

        Response committed = admin.post(path + "/commit", Map.of());
        assertThat(committed.statusCode(), equalTo(303));
        admin.get(path + "?flash=import_committed").then().statusCode(200)
                .body(containsString("تم اعتماد الاستيراد"), containsString("<bdi id=\"result-created\">2</bdi>"),
                        containsString("id=\"imported-people\""), containsString("Hana " + family));
        List<String> registered = TestData.asAdmin().get("/api/v1/persons?q=" + family).then().extract().path("items.familyName");
        assertThat(registered.stream().filter(family::equals).count(), equalTo(2L));
    }

    @Test
    void aMovementsImportShowsEachRowsPersonAndMovementThenRecordsThem() {
        Given.Camp camp = Given.campWithWorker("IMPM");
        String hospital = TestData.uniqueCode("IMPH");
        TestData.facility(hospital, "HOSPITAL", null);
        String person = Given.person().named("Layla", "Impm").in(camp.code()).admitted(LocalDate.now().minusDays(5).toString())
                .register();
        String number = TestData.asAdmin().get("/api/v1/persons/" + person).then().extract().path("registrationNumber");
        byte[] file = Spreadsheets.csv(java.nio.charset.StandardCharsets.UTF_8, ',', List.of(
                List.of("رقم التسجيل", "الحركة", "الوجهة", "التاريخ"),
                List.of(number, "مستشفى", hospital, LocalDate.now().minusDays(1).toString())));
        BrowserLikeSession admin = new BrowserLikeSession("imp-page-admin", Roles.ADMIN).language("ar");
        admin.get("/imports");
        Response uploaded = admin.upload("/imports", "file", "moves.csv", file, "text/csv", Map.of("kind", "MOVEMENTS"), true);
        assertThat(uploaded.statusCode(), equalTo(303));
        String path = uploaded.header("Location").replaceAll("^https?://[^/]+", "");
        admin.get(path).then().statusCode(200)
                .body(containsString("<bdi>" + number + "</bdi>"), containsString("Layla"), containsString("<bdi>" + hospital + "</bdi>"),
                        containsString("ما يفعله الصف"), containsString("دوّن هذا التنقل"),
                        not(containsString("id=\"count-duplicates\"")), containsString("value=\"movementType\" selected"),
                        not(containsString("value=\"givenName\"")));
        assertThat(admin.post(path + "/commit", Map.of()).statusCode(), equalTo(303));
        admin.get(path).then().statusCode(200).body(containsString("<bdi id=\"result-created\">1</bdi>"),
                containsString("تنقلات دُوّنت"));
        TestData.asAdmin().get("/api/v1/persons/" + person).then().body("status", equalTo("HOSPITALISED"));
    }

    @Test
    void aColumnMappedAgainOnThePageIsReadAgainFromTheStoredCells() {
        Given.Camp camp = Given.campWithWorker("IMPR");
        String admitted = LocalDate.now().minusDays(1).toString();
        byte[] file = Spreadsheets.csv(java.nio.charset.StandardCharsets.UTF_8, ',', List.of(
                List.of("Prénom", "Lignée", "Sexe", "Camp", "Date d'admission"),
                List.of("Nadia", "Remap" + camp.code(), "F", camp.code(), admitted)));
        BrowserLikeSession admin = new BrowserLikeSession("imp-page-admin", Roles.ADMIN).language("fr");
        admin.get("/imports");
        Response uploaded = admin.upload("/imports", "file", "register.csv", file, "text/csv", Map.of("kind", "PERSONS"), true);
        String path = uploaded.header("Location").replaceAll("^https?://[^/]+", "");
        // "Lignée" names no field the guess knows: the family name is not read yet
        admin.get(path).then().statusCode(200).body(containsString("<bdi>Nadia</bdi>"),
                not(containsString("Nadia Remap" + camp.code())));
        Response remapped = admin.post(path + "/mapping", Map.of("column-0", "givenName", "column-1", "familyName",
                "column-2", "sex", "column-3", "facilityCode", "column-4", "admissionDate"));
        assertThat(remapped.statusCode(), equalTo(303));
        admin.get(path).then().statusCode(200).body(containsString("Nadia Remap" + camp.code()),
                containsString("value=\"familyName\" selected"));
        assertThat("a form without its token changes nothing",
                admin.postWithoutCsrfToken(path + "/mapping", Map.of("column-1", "")).statusCode(), equalTo(400));
        TestData.asAdmin().get("/api/v1/imports/" + path.substring(path.lastIndexOf('/') + 1)).then()
                .body("mapping.'Lignée'", equalTo("familyName"));
    }

    @Test
    void aFileThatIsNotASheetComesBackOnTheFormWithItsReason() {
        BrowserLikeSession admin = new BrowserLikeSession("imp-page-admin2", Roles.ADMIN);
        admin.get("/imports");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        admin.upload("/imports", "file", "photo.png", png, "image/png", Map.of("kind", "PERSONS"), true).then()
                .statusCode(415).body(containsString("id=\"form-errors\""), containsString("send a CSV or an XLSX file"),
                        containsString("id=\"import-file-error\""));
    }
}
