package org.homeward.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
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

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class DuplicateCheckTest {

    @Test
    void registeringSomeoneAlreadyHeldShowsTheExistingRecordWithTheReasons() {
        Given.Camp campAndWorker = Given.campWithWorker("DUP");
        String camp = campAndWorker.code();
        String worker = campAndWorker.worker();
        String existing = register(camp, "Khadija", "Quraishi", "F", "1990-04-01", "YEAR", "FRA");

        TestData.as(worker, Roles.CASEWORKER).queryParam("givenNameAr", "خديجة").queryParam("familyNameAr", "القريشي")
                .queryParam("sex", "F").queryParam("dateOfBirth", "1991-01-01").queryParam("dateOfBirthPrecision", "ESTIMATED")
                .queryParam("nationality", "FRA").get("/api/v1/persons/duplicates").then().statusCode(200)
                .body("person.id", hasItem(existing), "[0].reasons", hasItem("date of birth compatible"),
                        "[0].reasons", hasItem("same nationality: FRA"));
        TestData.as(worker, Roles.CASEWORKER).queryParam("givenName", "Khadeeja").queryParam("familyName", "Qurashi")
                .queryParam("sex", "M").get("/api/v1/persons/duplicates").then().body("person.id", not(hasItem(existing)));
        TestData.as(worker, Roles.CASEWORKER).queryParam("givenName", "Khadeeja").queryParam("familyName", "Qurashi")
                .queryParam("sex", "F").queryParam("dateOfBirth", "1960-01-01").queryParam("dateOfBirthPrecision", "EXACT")
                .get("/api/v1/persons/duplicates").then().body("person.id", not(hasItem(existing)));

        // the API registers anyway and says so in its answer
        Map<String, Object> again = person(camp, "Khadeeja", "Al-Qurayshi", "F", "1990-01-01", "YEAR", "FRA");
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON).body(again).post("/api/v1/persons")
                .then().statusCode(201).body("registrationNumber", matchesPattern("HW-\\d{7}"),
                        "possibleDuplicates.person.id", hasItem(existing));

        // someone else's facility: not a candidate, not a hint
        String other = TestData.uniqueCode("DUPX");
        TestData.facility(other, "CAMP", null);
        String outsider = "cw-" + other.toLowerCase();
        TestData.scope(outsider, List.of(other), List.of());
        TestData.as(outsider, Roles.CASEWORKER).queryParam("givenName", "Khadija").queryParam("familyName", "Quraishi")
                .queryParam("sex", "F").get("/api/v1/persons/duplicates").then().body("size()", equalTo(0));
    }

    @Test
    void theRegistrationFormShowsLikelyMatchesFirstAndRegistersOnceTheUserSaysItIsSomeoneElse() {
        Given.Camp campAndWorker = Given.campWithWorker("DUPP");
        String camp = campAndWorker.code();
        String worker = campAndWorker.worker();
        String existing = register(camp, "Yusuf", "Barzani", "M", "2009-01-01", "YEAR", "IRQ");
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);
        session.get("/persons/new").then().statusCode(200);

        Map<String, Object> form = new HashMap<>(Map.of("givenName", "Youssef", "familyName", "Barazani",
                "sex", "M", "dateOfBirth", "2009-06-01", "dateOfBirthPrecision", "ESTIMATED", "category", "CAMP_RESIDENT",
                "admissionFacility", camp, "admissionDate", LocalDate.now().toString()));
        form.put("nationalityCountry", List.of("IRQ"));
        form.put("nationalityStatus", List.of("CLAIMED"));
        Response shown = session.post("/persons", form);
        shown.then().statusCode(200).body(containsString("id=\"possible-duplicates\""), containsString(existing),
                containsString("name=\"notADuplicate\" value=\"true\""), containsString("value=\"Youssef\""));

        form.put("notADuplicate", "true");
        Response saved = session.post("/persons", form);
        assertThat(saved.statusCode(), equalTo(303));
    }

    private static String register(String camp, String given, String family, String sex, String born, String precision,
            String nationality) {
        return TestData.asAdmin().contentType(ContentType.JSON)
                .body(person(camp, given, family, sex, born, precision, nationality)).post("/api/v1/persons")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> person(String camp, String given, String family, String sex, String born,
            String precision, String nationality) {
        return Map.of("givenName", given, "familyName", family, "sex", sex, "dateOfBirth", born,
                "dateOfBirthPrecision", precision, "category", "CAMP_RESIDENT",
                "nationalities", List.of(Map.of("country", nationality, "status", "CLAIMED")),
                "admission", Map.of("facilityCode", camp, "date", LocalDate.now().toString()));
    }
}
