package org.homeward.movements;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.security.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class TransferTest {

    @Test
    void aBulkTransferMovesEveryoneOrNobody() {
        String from = TestData.uniqueCode("BULKFROM");
        String fromId = TestData.facility(from, "CAMP", null);
        String to = TestData.uniqueCode("BULKTO");
        String toId = TestData.facility(to, "REHABILITATION_CENTRE", null);
        String first = TestData.person(from, "M", "SYR", "2009-01-01");
        String second = TestData.person(from, "M", "SYR", "2009-06-01");
        String released = TestData.person(from, "M", "SYR", "2009-03-01");
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "RELEASE", "date", LocalDate.now().toString()))
                .post("/api/v1/persons/" + released + "/movements").then().statusCode(201);

        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(first, second, released), "toFacilityCode", to,
                        "date", LocalDate.now().toString()))
                .post("/api/v1/transfers").then().statusCode(422)
                .body("errors[0].field", equalTo("personIds"),
                        "errors[0].message", containsString("not held in any facility"));
        TestData.asAdmin().get("/api/v1/facilities/" + fromId).then().body("occupancy", equalTo(2));
        TestData.asAdmin().get("/api/v1/facilities/" + toId).then().body("occupancy", equalTo(0));

        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(first, second), "toFacilityCode", to,
                        "date", LocalDate.now().toString(), "note", "Turning 18"))
                .post("/api/v1/transfers").then().statusCode(200).body("transferred", equalTo(2));
        TestData.asAdmin().get("/api/v1/facilities/" + fromId).then().body("occupancy", equalTo(0));
        TestData.asAdmin().get("/api/v1/facilities/" + toId).then().body("occupancy", equalTo(2));
        TestData.asAdmin().get("/api/v1/persons/" + first).then()
                .body("status", equalTo("IN_CUSTODY"), "currentFacility.code", equalTo(to));
    }

    @Test
    void theTransferPageMovesTheChosenPeople() {
        String from = TestData.uniqueCode("PGFROM");
        String fromId = TestData.facility(from, "CAMP", null);
        String to = TestData.uniqueCode("PGTO");
        TestData.facility(to, "CAMP", null);
        String person = TestData.person(from, "F", "TUN", null);
        String worker = "cw-" + from.toLowerCase();
        TestData.scope(worker, List.of(from), List.of());
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);

        session.get("/facilities/" + fromId + "/transfer").then().statusCode(200).body(containsString(person));
        session.post("/facilities/" + fromId + "/transfer", Map.of("personIds", person, "toFacilityCode", to,
                "date", LocalDate.now().toString())).then().statusCode(303)
                .header("Location", containsString("flash=transferred"));
        TestData.asAdmin().get("/api/v1/persons/" + person).then().body("currentFacility.code", equalTo(to));
    }
}
