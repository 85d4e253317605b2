package org.homeward.retention;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.homeward.access.Roles;
import org.homeward.audit.AuditSealer;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention (issue 23): rules an admin sets; a run previewed, then executed with a reason, which
 * anonymizes the people whose time is up — but never one on legal hold — with the statistics
 * unchanged and the audit chain still verifiable. The rules are set to 25 years here, so that only
 * this test's people, gone since 2000, are due in the shared test database.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class RetentionApiTest {

    private static final String ADMIN = "retention-admin";
    private static final List<String> CATEGORIES = List.of("REPATRIATED", "RELEASED", "DECEASED");

    @Inject
    AuditSealer sealer;

    @Inject
    EntityManager em;

    private final Map<String, Integer> rulesBefore = new HashMap<>();

    private static RequestSpecification admin() {
        return TestData.as(ADMIN, Roles.ADMIN).contentType(ContentType.JSON);
    }

    @BeforeEach
    void thirtyYears() {
        for (String category : CATEGORIES) {
            rulesBefore.put(category, setRule(category, 300));
        }
    }

    @AfterEach
    void rulesAsTheyWere() {
        rulesBefore.forEach(this::setRule);
    }

    /** Sets a rule's months; answers those it had. */
    private int setRule(String category, int months) {
        Map<String, Object> rule = admin().get("/api/v1/retention/rules").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.category == '" + category + "' }");
        admin().body(Map.of("months", months, "version", rule.get("version"))).put("/api/v1/retention/rules/" + category)
                .then().statusCode(200).body("months", equalTo(months));
        return (Integer) rule.get("months");
    }

    @Test
    void rulesAreShownToAdminsAndChangedWithTheirVersionOnly() {
        admin().get("/api/v1/retention/rules").then().statusCode(200)
                .body("category", equalTo(CATEGORIES), "months", equalTo(List.of(300, 300, 300)));
        Map<String, Object> rule = admin().get("/api/v1/retention/rules").then().extract().jsonPath()
                .getMap("find { it.category == 'RELEASED' }");
        admin().body(Map.of("months", 5, "version", rule.get("version"))).put("/api/v1/retention/rules/RELEASED")
                .then().statusCode(400).body("errors[0].field", equalTo("months"),
                        "errors[0].message", equalTo("give a number of months from 12 to 1200"));
        admin().header("Accept-Language", "ar").body(Map.of("months", 5, "version", rule.get("version")))
                .put("/api/v1/retention/rules/RELEASED").then().statusCode(400)
                .body("errors[0].message", containsString("عدد أشهر"));
        admin().body(Map.of("months", 48, "version", ((Number) rule.get("version")).longValue() - 1))
                .put("/api/v1/retention/rules/RELEASED").then().statusCode(409);
        admin().body(Map.of("months", 48, "version", rule.get("version"))).put("/api/v1/retention/rules/RELEASED")
                .then().statusCode(200).body("months", equalTo(48), "updatedBy", equalTo(ADMIN));
        admin().body(Map.of("months", 48, "version", 0)).put("/api/v1/retention/rules/SOMEONE").then().statusCode(404);
        TestData.as("retention-worker", Roles.CASEWORKER).get("/api/v1/retention/rules").then().statusCode(403);
        TestData.as("retention-analyst", Roles.ANALYST).contentType(ContentType.JSON).body(Map.of("dryRun", true))
                .post("/api/v1/retention/runs").then().statusCode(403);
    }

    @Test
    void aPreviewChangesNothingAndTheRunAnonymizesAllButThoseOnHoldWithStatisticsAndChainIntact() {
        String camp = TestData.uniqueCode("RET");
        TestData.facility(camp, "CAMP", null);
        String released = gone(camp, "Khadija", "RELEASE", "2000-06-01", "Released to her uncle Yusuf in Raqqa");
        String repatriated = gone(camp, "Samira", "REPATRIATION", "2000-07-01", null);
        String investigated = gone(camp, "Layla", "DEATH", "2000-08-01", null);
        flag(investigated);
        String recent = gone(camp, "Nour", "RELEASE", java.time.LocalDate.now().minusMonths(3).toString(), null);
        String registration = admin().get("/api/v1/persons/" + released).then().extract().path("registrationNumber");
        String heldNumber = admin().get("/api/v1/persons/" + investigated).then().extract().path("registrationNumber");
        seal();
        Map<String, String> statisticsBefore = statistics();

        var preview = admin().body(Map.of("dryRun", true)).post("/api/v1/retention/runs").then().statusCode(201)
                .body("dryRun", equalTo(true), "persons", greaterThanOrEqualTo(2), "onHold", greaterThanOrEqualTo(1),
                        "auditDetails", greaterThanOrEqualTo(6), "files", greaterThanOrEqualTo(0),
                        "byCategory.RELEASED.persons", greaterThanOrEqualTo(1),
                        "byCategory.REPATRIATED.persons", greaterThanOrEqualTo(1),
                        "held.registrationNumber", hasItem(heldNumber), "held.reasons.flatten()", hasItem("INVESTIGATION"))
                .extract();
        assertFalse(preview.jsonPath().getList("held.registrationNumber").contains(registration));
        admin().get("/api/v1/persons/" + released).then().body("givenName", equalTo("Khadija"));

        admin().body(Map.of("dryRun", false)).post("/api/v1/retention/runs").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        var run = admin().body(Map.of("dryRun", false, "reason", "Yearly retention review, approved by the data protection officer"))
                .post("/api/v1/retention/runs").then().statusCode(201)
                .body("dryRun", equalTo(false), "persons", equalTo(preview.path("persons")),
                        "auditDetails", equalTo(preview.path("auditDetails")), "onHold", equalTo(preview.path("onHold")))
                .extract();

        admin().get("/api/v1/persons/" + released).then().statusCode(200)
                .body("givenName", nullValue(), "familyName", nullValue(), "givenNameAr", nullValue(),
                        "aliases", empty(), "placeOfBirth", nullValue(), "documents", empty(),
                        "dateOfBirth", equalTo("1970-01-01"), "dateOfBirthPrecision", equalTo("YEAR"),
                        "anonymizedAt", notNullValue(), "sex", equalTo("F"), "status", equalTo("RELEASED"),
                        "registrationNumber", equalTo(registration), "nationalities[0].country", equalTo("SYR"));
        admin().get("/api/v1/persons/" + released + "/movements").then().statusCode(200)
                .body("type", equalTo(List.of("RELEASE", "ADMISSION")), "note", equalTo(java.util.Arrays.asList(null, null)));
        admin().get("/api/v1/persons/" + repatriated).then().body("givenName", nullValue());
        String page = TestData.as(ADMIN, Roles.ADMIN).get("/persons/" + released).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"anonymized\"") && page.contains("Anonymized record"), page);
        assertFalse(page.contains("Khadija") || page.contains("edit-person"), page);
        Map<String, Object> edit = new HashMap<>(admin().get("/api/v1/persons/" + released).then().extract().jsonPath().getMap("$"));
        edit.put("givenName", "Khadija");
        admin().body(edit).put("/api/v1/persons/" + released).then().statusCode(422)
                .body("errors[0].message", equalTo("this record was anonymized by a retention run: it is no longer edited"));
        admin().get("/api/v1/persons/" + investigated).then().body("givenName", equalTo("Layla"), "anonymizedAt", nullValue());
        admin().get("/api/v1/persons/" + recent).then().body("givenName", equalTo("Nour"));
        admin().get("/api/v1/persons?q=Khadija").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(released)));

        // the trail: its copies of the record redacted, the chain still whole, the run on it
        seal();
        String trail = TestData.as("retention-auditor", Roles.AUDITOR)
                .get("/api/v1/audit/events?entityType=PERSON&entityId=" + released + "&size=100").then().statusCode(200)
                .extract().asString();
        assertFalse(trail.contains("Khadija"), trail);
        assertTrue(trail.contains("[anonymized]"), trail);
        String movementsTrail = TestData.as("retention-auditor", Roles.AUDITOR)
                .get("/api/v1/audit/events?entityType=MOVEMENT&entityId=" + released + "&size=100").then().statusCode(200)
                .extract().asString();
        assertTrue(movementsTrail.contains("RELEASE"), movementsTrail);
        assertFalse(movementsTrail.contains("Yusuf"), movementsTrail);
        TestData.as("retention-auditor", Roles.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
        TestData.as("retention-auditor", Roles.AUDITOR)
                .get("/api/v1/audit/events?entityType=RETENTION_RUN&entityId=" + run.path("id")).then().statusCode(200)
                .body("items.action", hasItem("UPDATE"), "items.actor", hasItem(ADMIN));

        assertEquals(statisticsBefore, statistics(), "the statistics are those before the run");
        // a second run finds no one left of these
        admin().body(Map.of("dryRun", true)).post("/api/v1/retention/runs").then().statusCode(201)
                .body("held.registrationNumber", hasItem(heldNumber));
        admin().get("/api/v1/persons/" + released).then().body("anonymizedAt", notNullValue());
    }

    @Test
    void theRulesFormNamesWhatItCannotReadAndSavesWhatItCan() {
        org.homeward.support.BrowserLikeSession page = new org.homeward.support.BrowserLikeSession(ADMIN, Roles.ADMIN);
        page.get("/retention").then().statusCode(200);
        Map<String, Object> rule = admin().get("/api/v1/retention/rules").then().extract().jsonPath()
                .getMap("find { it.category == 'DECEASED' }");
        page.post("/retention/rules/DECEASED", Map.of("months", "two years", "version", String.valueOf(rule.get("version"))))
                .then().statusCode(422).body(containsString("months-DECEASED"), containsString("number"));
        page.post("/retention/rules/DECEASED", Map.of("months", "36", "version", String.valueOf(rule.get("version"))))
                .then().statusCode(303);
        admin().get("/api/v1/retention/rules").then().body("find { it.category == 'DECEASED' }.months", equalTo(36));
        page.post("/retention/runs", Map.of("reason", " ")).then().statusCode(422)
                .body(containsString("form-errors"), containsString("say why the people are anonymized now"));
    }

    @Inject
    RetentionProposal proposal;

    @Test
    void theScheduleProposesARunAndAnonymizesNoOne() {
        String camp = TestData.uniqueCode("RET-S");
        TestData.facility(camp, "CAMP", null);
        String due = gone(camp, "Hala", "RELEASE", "2000-06-01", null);
        proposal.propose();
        admin().get("/api/v1/retention/runs").then().statusCode(200)
                .body("[0].startedBy", equalTo(RetentionProposal.PROPOSER), "[0].dryRun", equalTo(true),
                        "[0].persons", greaterThanOrEqualTo(1));
        admin().get("/api/v1/persons/" + due).then().body("givenName", equalTo("Hala"));
    }

    /** A woman admitted in 2000 who left (or died) on that date: gone, with a name, alias, birthplace, passport and note. */
    private static String gone(String camp, String given, String type, String date, String note) {
        Map<String, Object> person = new HashMap<>(Map.of("givenName", given, "familyName", "Haddad", "givenNameAr", "اسم",
                "aliases", List.of("Umm " + given), "placeOfBirth", "Deir ez-Zor", "sex", "F", "category", "CAMP_RESIDENT",
                "dateOfBirth", "1970-05-12", "dateOfBirthPrecision", "EXACT"));
        person.put("nationalities", List.of(Map.of("country", "SYR", "status", "CLAIMED")));
        person.put("documents", List.of(Map.of("type", "PASSPORT", "number", "N" + given.toUpperCase(), "issuingCountry", "SYR")));
        person.put("admission", Map.of("facilityCode", camp, "date", "2000-01-01"));
        String id = admin().body(person).log().ifValidationFails()
                .post("/api/v1/persons").then().log().ifValidationFails().statusCode(201).extract().path("id");
        Map<String, Object> movement = new HashMap<>(Map.of("type", type, "date", date));
        if (note != null) {
            movement.put("note", note);
        }
        admin().body(movement).post("/api/v1/persons/" + id + "/movements").then().statusCode(201);
        return id;
    }

    private void flag(String person) {
        Map<String, Object> record = admin().get("/api/v1/persons/" + person).then().extract().jsonPath().getMap("$");
        Map<String, Object> edit = new HashMap<>(record);
        edit.put("flags", List.of("INVESTIGATION"));
        admin().body(edit).put("/api/v1/persons/" + person).then().statusCode(200).body("flags", hasItem("INVESTIGATION"));
    }

    private Map<String, String> statistics() {
        Map<String, String> figures = new HashMap<>();
        for (String by : List.of("nationality", "facility", "sex", "ageBand", "status")) {
            figures.put(by, admin().get("/api/v1/statistics/population?by=" + by).then().statusCode(200).extract().asString());
        }
        for (String kind : List.of("movements?", "cases?by=stage&", "cases?by=country&", "repatriated?", "children?")) {
            figures.put(kind, admin().get("/api/v1/statistics/" + kind + "from=1980-01-01&to=2030-12-31").then()
                    .statusCode(200).extract().asString());
        }
        for (String by : List.of("sex", "ageBand", "status")) {
            figures.put("SYR " + by, admin().get("/api/v1/statistics/population?nationality=SYR&by=" + by).then()
                    .statusCode(200).extract().asString());
        }
        return figures;
    }

    private void seal() {
        for (int pass = 0; pass < 50 && ((Number) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("select count(*) from audit_event e where not exists"
                        + " (select 1 from audit_seal s where s.event_id = e.id)").getSingleResult())).longValue() > 0; pass++) {
            sealer.seal();
        }
    }
}
