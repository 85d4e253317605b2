package org.homeward.facilities;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class FacilityPagesTest {

    private final BrowserLikeSession admin = new BrowserLikeSession("page-admin", Roles.ADMIN);

    @Test
    void anAdminCreatesAFacilityThroughTheFormAndSeesItsPage() {
        String code = TestData.uniqueCode("FORM");
        admin.get("/facilities/new").then().statusCode(200).body(containsString("name=\"csrf-token\""));

        Response created = admin.post("/facilities", form(code, "Camp made by a form", "CAMP", "1200", "0"));
        assertThat(created.statusCode(), equalTo(303));
        assertThat(created.header("Location"), matchesPattern(".*/facilities/[0-9a-f-]{36}\\?flash=created"));

        admin.get(created.header("Location")).then().statusCode(200)
                .body(containsString("id=\"flash\""), containsString("Camp made by a form"), containsString(code));
        admin.get("/facilities").then().body(containsString(code));
    }

    @Test
    void aFormWithErrorsShowsThemNextToTheFieldsAndKeepsWhatWasTyped() {
        String code = TestData.uniqueCode("ERR");
        admin.get("/facilities/new");

        admin.post("/facilities", form(code, "", "CAMP", "twelve hundred", null)).then().statusCode(422)
                .body(containsString("id=\"form-errors\""),
                        // the summary at the top names each field and leads to it
                        containsString("<a href=\"#name\" class=\"alert-link\">Name: required</a>"),
                        containsString("<a href=\"#capacity\" class=\"alert-link\">Capacity: enter a whole number</a>"),
                        containsString("<div class=\"invalid-feedback\" id=\"name-error\">required</div>"),
                        containsString("<div class=\"invalid-feedback\" id=\"capacity-error\">enter a whole number</div>"),
                        containsString("value=\"twelve hundred\""),
                        containsString("value=\"" + code + "\""));
        TestData.asAdmin().get("/api/v1/facilities?size=500").then().body(not(containsString(code)));
    }

    @Test
    void aFacilityIsNamedInArabicWhereverAnArabicPageShowsIt() {
        String camp = TestData.uniqueCode("NAMED");
        String annex = TestData.uniqueCode("NAMEDX");
        String campId = TestData.asAdmin().contentType("application/json").body(Map.of("code", camp,
                "name", "Roj camp " + camp, "nameAr", "مخيم روج " + camp, "type", "CAMP", "capacity", 50))
                .post("/api/v1/facilities").then().statusCode(201).extract().path("id");
        TestData.asAdmin().contentType("application/json").body(Map.of("code", annex, "name", "Annex " + annex,
                "nameAr", "الملحق " + annex, "type", "CAMP_SECTION", "parentId", campId))
                .post("/api/v1/facilities").then().statusCode(201);
        String person = TestData.person(camp, "F", "IRQ", null);
        TestData.asAdmin().contentType("application/json").body(Map.of("type", "TRANSFER", "toFacilityCode", annex,
                "date", java.time.LocalDate.now().minusDays(2).toString()))
                .post("/api/v1/persons/" + person + "/movements").then().statusCode(201);

        BrowserLikeSession arabic = new BrowserLikeSession("names-admin-ar", Roles.ADMIN).language("ar");
        arabic.get("/persons/" + person).then().statusCode(200)
                .body(containsString("id=\"current-facility\">الملحق " + annex + " <bdi class=\"code\">" + annex + "</bdi>"),
                        // the movements, from the camp to its annex, the arrow pointing the way Arabic reads
                        containsString("مخيم روج " + camp + " <bdi class=\"code\">" + camp + "</bdi> ← الملحق " + annex));
        arabic.get("/persons?facility=" + annex).then().statusCode(200).body(containsString("الملحق " + annex));
        arabic.get("/facilities").then().body(containsString("مخيم روج " + camp));
        arabic.get("/statistics?facility=" + camp).then().statusCode(200)
                .body(containsString("<th scope=\"row\">الملحق " + annex + " <span class=\"code text-body-secondary\">" + annex));
        // in English, the name it has in Latin script
        new BrowserLikeSession("names-admin-en", Roles.ADMIN).get("/persons/" + person).then()
                .body(containsString("id=\"current-facility\">Annex " + annex + " <bdi class=\"code\">"));
    }

    @Test
    void errorsAreWrittenInTheUsersLanguage() {
        BrowserLikeSession arabicAdmin = new BrowserLikeSession("page-admin-ar", Roles.ADMIN).language("ar");
        arabicAdmin.get("/facilities/new");
        arabicAdmin.post("/facilities", form(TestData.uniqueCode("AR"), "", "CAMP", "", null)).then().statusCode(422)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"),
                        containsString("id=\"name-error\">مطلوب</div>"),
                        containsString("<a href=\"#name\" class=\"alert-link\">الاسم: مطلوب</a>"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndSavesNothing() {
        String code = TestData.uniqueCode("CSRF");
        admin.get("/facilities/new");
        Response refused = admin.postWithoutCsrfToken("/facilities", form(code, "Forged", "CAMP", "", null));
        assertThat(refused.statusCode(), equalTo(400));
        TestData.asAdmin().get("/api/v1/facilities?size=500").then().body(not(containsString(code)));
    }

    @Test
    void aStaleEditShowsTheirVersionKeepsMineAndSavesOnlyWhenSubmittedAgain() {
        String code = TestData.uniqueCode("STALE");
        String id = TestData.facility(code, "CAMP", null);
        BrowserLikeSession other = new BrowserLikeSession("page-admin-2", Roles.ADMIN);

        admin.get("/facilities/" + id + "/edit").then().body(containsString("name=\"version\" value=\"0\""));
        other.get("/facilities/" + id + "/edit");
        other.post("/facilities/" + id, form(code, "Renamed by the other admin", "CAMP", "500", "0"))
                .then().statusCode(303);

        admin.post("/facilities/" + id, form(code, "My own name", "CAMP", "700", "0")).then().statusCode(409)
                .body(containsString("id=\"conflict\""),
                        containsString("Renamed by the other admin"),
                        containsString("value=\"My own name\""),
                        containsString("value=\"700\""),
                        containsString("name=\"version\" value=\"1\""));
        TestData.asAdmin().get("/api/v1/facilities/" + id).then().body("name", equalTo("Renamed by the other admin"));

        admin.post("/facilities/" + id, form(code, "My own name", "CAMP", "700", "1")).then().statusCode(303);
        TestData.asAdmin().get("/api/v1/facilities/" + id).then()
                .body("name", equalTo("My own name"), "capacity", equalTo(700));
    }

    @Test
    void theListFiltersByCodeOrNameInEitherScript() {
        String code = TestData.uniqueCode("FILTER");
        String id = TestData.facility(code, "CAMP", null);
        Map<String, Object> withArabicName = new HashMap<>(TestData.asAdmin().get("/api/v1/facilities/" + id)
                .then().extract().body().as(Map.class));
        withArabicName.put("nameAr", "مخيم التصفية");
        TestData.asAdmin().contentType("application/json").body(withArabicName).put("/api/v1/facilities/" + id)
                .then().statusCode(200);

        admin.get("/facilities?q=" + code.toLowerCase()).then().statusCode(200)
                .body(containsString(code), containsString("id=\"facility-table\""));
        admin.get("/facilities?q=التصفية").then().body(containsString(code));
        admin.get("/facilities?q=no-such-facility-anywhere").then()
                .body(not(containsString(code)), containsString("id=\"no-facilities\""));
    }

    @Test
    void pagesFollowTheChosenLanguageRightToLeftInArabic() {
        BrowserLikeSession session = new BrowserLikeSession("page-cw", Roles.ADMIN).language("ar");
        session.get("/facilities").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
                        containsString("bootstrap.rtl.min.css"),
                        containsString("<h1 class=\"h3 mb-0\">المرافق</h1>")));
        new BrowserLikeSession("page-cw", Roles.ADMIN).language("fr").get("/facilities").then()
                .body(allOf(containsString("<html lang=\"fr\" dir=\"ltr\">"), containsString("Établissements")));
    }

    @Test
    void theLanguageSwitcherRemembersTheChoiceAndReturnsToThePage() {
        Response switched = new BrowserLikeSession("page-lang", Roles.ANALYST).getFrom("/language/ar",
                "http://localhost:8081/facilities?x=1");
        assertThat(switched.statusCode(), equalTo(303));
        assertThat(switched.header("Location"), containsString("/facilities?x=1"));
        assertThat(switched.getCookie("homeward-lang"), equalTo("ar"));

        Response foreign = new BrowserLikeSession("page-lang", Roles.ANALYST).getFrom("/language/fr",
                "https://evil.example/phish");
        assertThat(foreign.header("Location"), not(containsString("evil")));
    }

    private static Map<String, String> form(String code, String name, String type, String capacity, String version) {
        Map<String, String> form = new HashMap<>(Map.of("code", code, "name", name, "type", type, "capacity",
                capacity, "active", "true"));
        if (version != null) {
            form.put("version", version);
        }
        return form;
    }
}
