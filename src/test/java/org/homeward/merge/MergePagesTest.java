package org.homeward.merge;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class MergePagesTest {

    /**
     * The admin opens the comparison, someone edits one record meanwhile: the merge is refused,
     * the page shows the records as they are now with the admin's choices kept, and a second
     * submission merges. The old record's page then leads to the one kept.
     */
    @Test
    void aComparisonOpenedBeforeAnEditIsShownAgainAsItIsNowWithTheChoicesKept() {
        String camp = TestData.uniqueCode("MERGEP");
        TestData.facility(camp, "CAMP", null);
        String first = TestData.person(camp, "F", "IRQ", "1990-01-01");
        String second = TestData.person(camp, "F", "IRQ", "1991-02-02");
        String secondNumber = TestData.asAdmin().get("/api/v1/persons/" + second).then().extract().path("registrationNumber");
        BrowserLikeSession ada = new BrowserLikeSession("merge-pages-admin", Roles.ADMIN);
        ada.get("/merges/new?first=" + first + "&second=" + second).then().statusCode(200)
                .body(containsString("id=\"field-DATE_OF_BIRTH-second\""), containsString("name=\"csrf-token\""));

        long secondVersion = TestData.version(second);
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("givenName", "Amina", "familyName", "Edited", "sex", "F", "dateOfBirth", "1991-02-02",
                        "dateOfBirthPrecision", "EXACT", "category", "CAMP_RESIDENT",
                        "nationalities", List.of(Map.of("country", "IRQ", "status", "CLAIMED")),
                        "version", secondVersion))
                .put("/api/v1/persons/" + second).then().statusCode(200);

        Map<String, Object> form = new HashMap<>(Map.of("first", first, "second", second, "survivor", "first",
                "field.DATE_OF_BIRTH", "second", "firstVersion", TestData.version(first), "secondVersion", secondVersion));
        ada.post("/merges", form).then().statusCode(409)
                .body(containsString("id=\"merge-stale\""), containsString("Edited"),
                        containsString("id=\"field-DATE_OF_BIRTH-second\" checked"),
                        containsString("name=\"secondVersion\" value=\"" + TestData.version(second) + "\""));

        form.put("secondVersion", TestData.version(second));
        form.put("field.FAMILY_NAME", "second");
        Response merged = ada.post("/merges", form);
        assertThat(merged.statusCode(), equalTo(303));
        assertThat(merged.header("Location"), matchesPattern(".*/merges/[0-9a-f-]{36}\\?flash=merged"));
        ada.get("/persons/" + first).then().statusCode(200).body(containsString("Edited"), containsString("1991-02-02"));
        Response old = TestData.asAdmin().redirects().follow(false).get("/persons/" + second);
        assertThat(old.statusCode(), equalTo(303));
        assertThat(old.header("Location"), containsString("/persons/" + first));

        // the merged-away number is not another record to compare: the page names where it went
        String survivorNumber = TestData.asAdmin().get("/api/v1/persons/" + first).then().extract().path("registrationNumber");
        String third = TestData.person(camp, "F", "IRQ", "1992-03-03");
        ada.get("/merges/new?first=" + secondNumber + "&second=" + third).then().statusCode(400)
                .body(containsString("was merged into " + survivorNumber));
    }

    @Test
    void twoRecordsTheScanDidNotProposeAreComparedByTheirRegistrationNumbers() {
        String camp = TestData.uniqueCode("MERGEN");
        TestData.facility(camp, "CAMP", null);
        String first = TestData.person(camp, "F", "IRQ", "1990-01-01");
        String second = TestData.person(camp, "F", "IRQ", "1991-02-02");
        String firstNumber = TestData.asAdmin().get("/api/v1/persons/" + first).then().extract().path("registrationNumber");
        String secondNumber = TestData.asAdmin().get("/api/v1/persons/" + second).then().extract().path("registrationNumber");
        BrowserLikeSession ada = new BrowserLikeSession("merge-pages-admin", Roles.ADMIN);
        ada.get("/duplicates").then().statusCode(200)
                .body(containsString("id=\"compare-form\""), containsString("hx-get=\"/persons/lookup?for=compare-first\""));
        ada.get("/merges/new?first=" + firstNumber + "&second=" + secondNumber).then().statusCode(200)
                .body(containsString("name=\"first\" value=\"" + first + "\""),
                        containsString("id=\"field-DATE_OF_BIRTH-second\""));
        ada.get("/merges/new?first=" + firstNumber + "&second=HW-9999999").then().statusCode(400)
                .body(containsString("HW-9999999"));
    }
}
