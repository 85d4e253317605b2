package org.homeward.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** Who saw this child: every page, list, search, family view and file that showed her, for an auditor. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class DisclosuresTest {

    @Test
    void anAuditorFindsEveryTimeAChildWasShownAndWhoExportedHerAndWhy() {
        String camp = TestData.uniqueCode("DISC");
        TestData.facility(camp, "CAMP", null);
        String mother = TestData.person(camp, "F", "FRA", "1990-01-01");
        String child = TestData.person(camp, "F", "FRA", "2018-01-01");
        String unrelated = TestData.person(camp, "M", "FRA", "1980-01-01");
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "MOTHER_OF", "personId", child, "evidence", "DECLARED"))
                .post("/api/v1/persons/" + mother + "/relationships").then().statusCode(201);
        String worker = "disc-worker-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of());
        var asWorker = TestData.as(worker, Roles.CASEWORKER);

        asWorker.get("/api/v1/persons/" + child).then().statusCode(200);
        asWorker.get("/api/v1/persons?facility=" + camp).then().statusCode(200);
        asWorker.get("/api/v1/persons?q=Amina&facility=" + camp).then().statusCode(200);
        asWorker.get("/api/v1/persons/" + mother + "/relationships").then().statusCode(200);
        TestData.asAdmin().get("/api/v1/exports/persons?format=csv&facility=" + camp + "&purpose=Family tracing request")
                .then().statusCode(200);

        var auditor = TestData.as("disc-auditor", Roles.AUDITOR);
        auditor.get("/api/v1/persons/" + child + "/disclosures").then().statusCode(200)
                .body("items.how", hasItems("VIEW", "LIST", "SEARCH", "FAMILY", "EXPORT"),
                        "items.find { it.how == 'VIEW' }.actor", equalTo(worker),
                        "items.find { it.how == 'VIEW' }.roles", equalTo(Roles.CASEWORKER),
                        "items.find { it.how == 'EXPORT' }.purpose", equalTo("Family tracing request"),
                        "items.find { it.how == 'EXPORT' }.actor", startsWith("admin-"));
        // the family view of the mother named the child, not the unrelated man
        auditor.get("/api/v1/persons/" + unrelated + "/disclosures").then().statusCode(200)
                .body("items.how", not(hasItem("FAMILY")), "items.how", hasItem("LIST"));
        // last month's, this month's: a period of whole days narrows the answer
        String today = java.time.LocalDate.now().toString();
        TestData.as("disc-auditor", Roles.AUDITOR).get("/api/v1/persons/" + child + "/disclosures?from=" + today
                + "&to=" + today).then().statusCode(200).body("items.how", hasItems("VIEW", "EXPORT"));
        TestData.as("disc-auditor", Roles.AUDITOR).get("/api/v1/persons/" + child + "/disclosures?to="
                + java.time.LocalDate.now().minusDays(1)).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        TestData.as("disc-auditor", Roles.AUDITOR).get("/api/v1/persons/" + child + "/disclosures?from=last-month")
                .then().statusCode(400).body("errors.field", hasItem("from"));
        auditor.get("/api/v1/persons/00000000-0000-4000-8000-000000000000/disclosures").then().statusCode(404);
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/persons/" + child + "/disclosures").then().statusCode(403);
    }

    @Test
    void anAuditorsPagesShowTheTrailItsVerificationAndWhoSawAChildByHerNumber() {
        String camp = TestData.uniqueCode("DISCP");
        TestData.facility(camp, "CAMP", null);
        String child = TestData.person(camp, "F", "FRA", "2019-01-01");
        String number = TestData.asAdmin().get("/api/v1/persons/" + child).then().extract().path("registrationNumber");
        var auditor = new BrowserLikeSession("disc-page-auditor", Roles.AUDITOR);
        auditor.get("/audit?entityId=" + child).then().statusCode(200)
                .body(containsString("id=\"events\""), containsString(child), containsString("VIEW"));
        auditor.get("/audit?from=not-a-date").then().statusCode(400).body(containsString("id=\"from-error\""));
        auditor.get("/audit/verify").then().statusCode(200).body(containsString("id=\"verification\""),
                containsString("alert-success"));
        auditor.get("/disclosures?number=" + number.toLowerCase()).then().statusCode(200)
                .body(containsString("id=\"disclosures\""), containsString("their page"));
        auditor.get("/disclosures?number=" + number + "&to=" + java.time.LocalDate.now().minusDays(1)).then()
                .statusCode(200).body(containsString("id=\"disclosures-none\""));
        auditor.get("/disclosures?number=" + number + "&from=someday").then().statusCode(400)
                .body(containsString("id=\"from-error\""));
        auditor.get("/disclosures?number=HW-NO-SUCH").then().statusCode(404).body(containsString("id=\"number-error\""));
    }
}
