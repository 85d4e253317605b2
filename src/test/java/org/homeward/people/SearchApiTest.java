package org.homeward.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class SearchApiTest {

    @Test
    void anArabicQueryFindsALatinOnlyRecordAndTheReverse() {
        String camp = TestData.uniqueCode("SRCH");
        TestData.facility(camp, "CAMP", null);
        String latinOnly = register(camp, Map.of("givenName", "Mohamed", "familyName", "Abdallah-Qutaybi"), "IRQ");
        String arabicOnly = register(camp, Map.of("givenNameAr", "مُحَمَّد", "familyNameAr", "عبد الله القتيبي"), "IRQ");

        for (String query : List.of("محمد عبد الله القتيبي", "Muhammad Abdullah al-Qutaibi", "mhmd abdulla qutaybi")) {
            TestData.asAdmin().queryParam("q", query).queryParam("facility", camp).get("/api/v1/persons").then()
                    .statusCode(200).body("items.id", hasItem(latinOnly), "items.id", hasItem(arabicOnly));
        }
        // refiners narrow a name search like any list
        TestData.asAdmin().queryParam("q", "Muhammad Qutaibi").queryParam("facility", camp)
                .queryParam("sex", "F").get("/api/v1/persons").then().body("total", equalTo(0));
        String number = TestData.asAdmin().get("/api/v1/persons/" + latinOnly).then().extract().path("registrationNumber");
        TestData.asAdmin().queryParam("q", number.toLowerCase().replace("-", "")).get("/api/v1/persons").then()
                .body("total", equalTo(1), "items[0].id", equalTo(latinOnly));
    }

    @Test
    void anOfficerSearchingANameHeldOnlyByAnotherNationalityGetsNothingAndNoHint() {
        String camp = TestData.uniqueCode("SRCHS");
        TestData.facility(camp, "CAMP", null);
        register(camp, Map.of("givenName", "Zubayr", "familyName", "Qaraqoshi"), "IRQ");
        String officer = "officer-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("FRA"));

        TestData.as(officer, Roles.REPATRIATION_OFFICER).queryParam("q", "Zubair Karakoshi").get("/api/v1/persons")
                .then().statusCode(200).body("total", equalTo(0), "items.size()", equalTo(0));
        TestData.as(officer, Roles.REPATRIATION_OFFICER).queryParam("q", "Zubair Karakoshi")
                .get("/persons/suggestions").then().statusCode(200)
                .body(containsString("id=\"no-suggestion\""), not(containsString("Qaraqoshi")));
        TestData.asAdmin().queryParam("q", "Zubair Karakoshi").get("/persons/suggestions").then()
                .body(containsString("Zubayr Qaraqoshi"));
    }

    private static String register(String camp, Map<String, Object> names, String nationality) {
        Map<String, Object> body = new java.util.HashMap<>(names);
        body.putAll(Map.of("sex", "M", "category", "DETAINEE",
                "nationalities", List.of(Map.of("country", nationality, "status", "CLAIMED")),
                "admission", Map.of("facilityCode", camp, "date", LocalDate.now().toString())));
        return TestData.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/persons").then()
                .statusCode(201).extract().path("id");
    }
}
