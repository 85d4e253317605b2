package org.homeward.ui;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** Pick, don't type: people looked up in scope, countries by name, "all" or some but not both. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class PickersTest {

    @Test
    void aPersonLookupShowsWhoEachMatchIsAndOnlyPeopleInTheCallersScope() {
        Given.Camp camp = Given.campWithWorker("PICK");
        Given.Camp elsewhere = Given.campWithWorker("PICK-ELSE");
        String family = "Pick" + TestData.uniqueCode("N").replaceAll("[^A-Z]", "").toLowerCase();
        Given.person().in(camp.code()).named("Zainab", family).namedInArabic("زينب", null).born("1988-01-01", "EXACT")
                .register();
        Given.person().in(elsewhere.code()).named("Zahra", family).register();
        BrowserLikeSession worker = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER);

        worker.get("/persons/lookup?for=registrationNumber&q=" + family).then().statusCode(200)
                .body(containsString("data-pick=\"registrationNumber\""), containsString("Zainab"),
                        containsString("زينب"), containsString(camp.code()), containsString("Female"),
                        not(containsString("Zahra")));
        // the field it fills in is an id, never markup
        worker.get("/persons/lookup?for=%22%3E%3Cscript%3E&q=" + family).then().statusCode(200)
                .body(not(containsString("<script>")), containsString("data-pick=\"\""));
        new BrowserLikeSession("pick-analyst", Roles.ANALYST).get("/persons/lookup?q=" + family).then().statusCode(403);
    }

    @Test
    void countriesArePickedByTheirNameInThePagesLanguage() {
        Given.Camp camp = Given.campWithWorker("PICK-AR");
        new BrowserLikeSession(camp.worker(), Roles.CASEWORKER).language("ar").get("/persons").then().statusCode(200)
                .body(containsString("<option value=\"FRA\">فرنسا · FRA</option>"),
                        containsString("data-filterable"), containsString("عديم الجنسية"));
        new BrowserLikeSession("pick-admin", Roles.ADMIN).language("fr").get("/persons/new").then().statusCode(200)
                .body(containsString("<option value=\"DEU\">Allemagne · DEU</option>"));
    }

    @Test
    void allNationalitiesAndSomeCannotBeChosenTogetherAndSeveralAreSavedFromOneForm() {
        BrowserLikeSession admin = new BrowserLikeSession("pick-admin", Roles.ADMIN);
        String officer = "pick-officer-" + TestData.uniqueCode("S").toLowerCase();
        admin.get("/staff/" + officer + "/scope");
        admin.post("/staff/" + officer + "/scope", Map.of("nationalities", List.of("FRA", "BEL"))).then()
                .statusCode(303);
        TestData.asAdmin().get("/api/v1/staff/" + officer).then().body("nationalities", containsInAnyOrder("BEL", "FRA"));

        admin.get("/staff/" + officer + "/scope");
        admin.post("/staff/" + officer + "/scope", Map.of("nationalities", List.of("*", "FRA"))).then().statusCode(422)
                .body(containsString("id=\"nationalities-error\""), containsString("not both"));
        admin.get("/staff/" + officer + "/scope");
        admin.post("/staff/" + officer + "/scope", Map.of("facilities", List.of("*", "HOL"))).then().statusCode(422)
                .body(containsString("id=\"facilities-error\""), containsString("not both"));
        TestData.asAdmin().get("/api/v1/staff/" + officer).then().body("nationalities", containsInAnyOrder("BEL", "FRA"));
    }

    @Test
    void signingOutAndASessionThatEndedEachSaySoInTheUsersLanguage() {
        io.restassured.RestAssured.given().header("Accept-Language", "ar").get("/signed-out").then().statusCode(200)
                .body(containsString("لقد سجّلت خروجك"), containsString("dir=\"rtl\""), containsString("href=\"/\""));
        io.restassured.RestAssured.given().header("Accept-Language", "fr").get("/session-ended").then().statusCode(200)
                .body(containsString("Votre session a pris fin"));
    }
}
