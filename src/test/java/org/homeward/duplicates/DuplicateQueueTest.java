package org.homeward.duplicates;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class DuplicateQueueTest {

    @Test
    void aPassOverTheRegistryPairsTheSamePersonRegisteredTwiceAndADecisionIsRemembered() throws Exception {
        String camp = TestData.uniqueCode("QUEUE");
        TestData.facility(camp, "CAMP", null);
        String once = register(camp, "Nawal", "Kubaysi-" + camp, "F", "1988-01-01", "YEAR");
        String twice = register(camp, "Nawwal", "Kubaisi-" + camp, "F", "1988-06-01", "ESTIMATED");
        String brother = register(camp, "Nawal", "Kubaysi-" + camp, "M", "1988-01-01", "YEAR");

        DuplicateScans.scanAndWait();
        String pair = TestData.asAdmin().get("/api/v1/duplicates?size=500").then().statusCode(200)
                .body("items.collect { [it.first.id, it.second.id].sort() }", hasItem(List.of(once, twice).stream()
                        .sorted().toList()))
                .extract().path("items.find { [it.first.id, it.second.id].contains('" + once + "') }.id");
        TestData.asAdmin().get("/api/v1/duplicates?size=500").then()
                .body("items.find { it.id == '" + pair + "' }.reasons", hasItem("NATIONALITY"),
                        "items.collect { it.first.id + it.second.id }.findAll { it.contains('" + brother + "') }.size()",
                        equalTo(0));

        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("decision", "NOT_SAME"))
                .post("/api/v1/duplicates/" + pair + "/decision").then().statusCode(204);
        DuplicateScans.scanAndWait();
        TestData.asAdmin().get("/api/v1/duplicates?size=500").then().body("items.id", not(hasItem(pair)));
        TestData.as("queue-cw", Roles.CASEWORKER).get("/api/v1/duplicates").then().statusCode(403);
    }

    @Test
    void namesakesWithNothingElseInCommonAreNotProposedButTheSameDocumentIsWhateverTheNames() throws Exception {
        String camp = TestData.uniqueCode("NAMESAKES");
        TestData.facility(camp, "CAMP", null);
        // five women of one name, nothing else known: a common name is no question for an admin
        List<String> namesakes = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            namesakes.add(registerWith(camp, "Amal", "Haddad-" + camp, null, List.of()));
        }
        // the same passport under two spellings that share no key: the document pairs them
        List<Map<String, Object>> passport = List.of(Map.of("type", "PASSPORT", "number", camp + "-77",
                "issuingCountry", "FRA"));
        String first = registerWith(camp, "Yusra", "Benyamina-" + camp, "1995-03-02", passport);
        String second = registerWith(camp, "Ioussra", "Ben Yamina-" + camp, "1995-03-02", passport);

        DuplicateScans.scanAndWait();
        List<List<String>> pairs = TestData.asAdmin().get("/api/v1/duplicates?size=500").then().statusCode(200)
                .extract().path("items.collect { [it.first.id, it.second.id].sort() }");
        assertTrue(pairs.stream().noneMatch(pair -> namesakes.containsAll(pair)), "namesakes proposed: " + pairs);
        TestData.asAdmin().get("/api/v1/duplicates?size=500").then().body("items.find { [it.first.id, it.second.id]"
                + ".contains('" + first + "') && [it.first.id, it.second.id].contains('" + second + "') }.reasons",
                hasItem("DOCUMENT"));
    }

    private static String registerWith(String camp, String given, String family, String born,
            List<Map<String, Object>> documents) {
        Map<String, Object> person = new java.util.HashMap<>(Map.of("givenName", given, "familyName", family,
                "sex", "F", "category", "CAMP_RESIDENT", "documents", documents,
                "admission", Map.of("facilityCode", camp, "date", LocalDate.now().toString())));
        if (born != null) {
            person.put("dateOfBirth", born);
            person.put("dateOfBirthPrecision", "EXACT");
        }
        return TestData.asAdmin().contentType(ContentType.JSON).body(person).post("/api/v1/persons").then()
                .statusCode(201).extract().path("id");
    }

    private static String register(String camp, String given, String family, String sex, String born,
            String precision) {
        return Given.person().in(camp).named(given, family).sex(sex).born(born, precision)
                .nationality("IRQ", "CLAIMED").register();
    }
}
