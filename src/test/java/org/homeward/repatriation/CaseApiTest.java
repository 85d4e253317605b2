package org.homeward.repatriation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class CaseApiTest {

    private static final String TODAY = LocalDate.now().toString();

    @Inject
    EntityManager em;

    @Test
    void anOfficerTakesAMotherAndTwoChildrenHomeStoppedAtEveryGateAndABelgianOfficerNeverSeesIt() {
        Given.Camp campAndWorker = Given.campWithWorker("CASE");
        String camp = campAndWorker.code();
        String worker = campAndWorker.worker();
        String officer = Given.officerFor("FRA");
        String belgian = Given.officerFor("BEL");
        String mother = person(camp, "F", "1990-01-01", "FRA");
        String son = person(camp, "M", "2015-01-01", "FRA");
        String daughter = person(camp, "F", "2018-01-01", "FRA");
        link(mother, son, "DOCUMENTED");
        String declaredLink = link(mother, daughter, "DECLARED");
        TestData.asAdmin().get("/api/v1/persons?facility=" + camp).then().body("total", equalTo(3));

        String id = as(officer).body(Map.of("country", "FRA", "subjectIds", List.of(mother, son, daughter)))
                .post("/api/v1/repatriation-cases").then().statusCode(201)
                .body("stage", equalTo("IDENTIFIED"), "officer", equalTo(officer), "subjects", hasSize(3),
                        "separations", hasSize(0))
                .extract().path("id");
        as(belgian).get("/api/v1/repatriation-cases/" + id).then().statusCode(404);
        as(belgian).get("/api/v1/repatriation-cases?size=500").then().body("items.id", not(hasItem(id)));
        as(officer).get("/api/v1/repatriation-cases?country=FRA&size=500").then().body("items.id", hasItem(id));

        // consent first: recorded by the case worker of the camp, who may not verify nationality
        move(officer, id, "REQUESTED").then().statusCode(422).body("errors", hasSize(3),
                "errors.message", everyItem(containsString("consent")));
        for (String subject : List.of(mother, son, daughter)) {
            check(worker, id, "CONSENT", Map.of("personId", subject)).then().statusCode(200);
        }
        check(worker, id, "NATIONALITY_VERIFIED", Map.of("personId", mother)).then().statusCode(403);
        move(officer, id, "REQUESTED").then().statusCode(200).body("stage", equalTo("REQUESTED"));
        move(officer, id, "CONSULAR_INTERVIEW").then().statusCode(422)
                .body("errors[0].message", equalTo("a case moves forward one stage at a time"));
        move(officer, id, "NATIONALITY_VERIFICATION").then().statusCode(200);

        move(officer, id, "CONSULAR_INTERVIEW").then().statusCode(422)
                .body("errors.message", everyItem(containsString("nationality")));
        for (String subject : List.of(mother, son, daughter)) {
            check(officer, id, "NATIONALITY_VERIFIED", Map.of("personId", subject)).then().statusCode(200);
        }
        TestData.asAdmin().get("/api/v1/persons/" + son).then().body("nationalities[0].status", equalTo("VERIFIED"));
        move(officer, id, "CONSULAR_INTERVIEW").then().statusCode(200);

        // a declared link does not prove filiation: DNA does
        move(officer, id, "DOCUMENTS").then().statusCode(422).body("errors", hasSize(1),
                "errors[0].message", containsString("no documented or DNA-confirmed link"));
        TestData.asAdmin().delete("/api/v1/persons/" + mother + "/relationships/" + declaredLink).then()
                .statusCode(204);
        link(mother, daughter, "DNA_CONFIRMED");
        move(officer, id, "DOCUMENTS").then().statusCode(200);

        move(officer, id, "APPROVED").then().statusCode(422).body("errors", hasSize(6));
        String expiry = LocalDate.now().plusYears(1).toString();
        for (String subject : List.of(mother, son, daughter)) {
            check(worker, id, "MEDICAL_CLEARANCE", Map.of("personId", subject)).then().statusCode(200);
            check(officer, id, "TRAVEL_DOCUMENT", Map.of("personId", subject, "documentType", "LAISSEZ_PASSER",
                    "documentNumber", "LP-" + subject.substring(0, 6), "documentExpiry", expiry)).then().statusCode(200);
        }
        move(officer, id, "APPROVED").then().statusCode(200);

        move(officer, id, "HANDOVER_SCHEDULED").then().statusCode(422)
                .body("errors[0].message", containsString("handover date"));
        check(officer, id, "HANDOVER_DETAILS", Map.of("handoverDate", TODAY, "handoverPoint", "Semalka crossing",
                "receivingAuthority", "Consulate of France, Erbil")).then().statusCode(200);
        move(officer, id, "HANDOVER_SCHEDULED").then().statusCode(200);
        move(officer, id, "COMPLETED").then().statusCode(422)
                .body("errors[0].message", equalTo("the signed handover protocol is not recorded"));
        check(officer, id, "HANDOVER_PROTOCOL", Map.of("detail", "PV-2026-118")).then().statusCode(200);
        move(officer, id, "COMPLETED").then().statusCode(200).body("stage", equalTo("COMPLETED"),
                "timeline.to", equalTo(List.of("IDENTIFIED", "REQUESTED", "NATIONALITY_VERIFICATION",
                        "CONSULAR_INTERVIEW", "DOCUMENTS", "APPROVED", "HANDOVER_SCHEDULED", "COMPLETED")));

        // home: repatriated, out of the camp, and the case moves no more
        for (String subject : List.of(mother, son, daughter)) {
            TestData.asAdmin().get("/api/v1/persons/" + subject).then().body("status", equalTo("REPATRIATED"));
            TestData.asAdmin().get("/api/v1/persons/" + subject + "/movements").then()
                    .body("[0].type", equalTo("REPATRIATION"), "[0].date", equalTo(TODAY));
        }
        TestData.asAdmin().get("/api/v1/persons?facility=" + camp).then().body("total", equalTo(0));
        move(officer, id, "WITHDRAWN", "too late").then().statusCode(409);
        List<?> audited = em.createNativeQuery("select action from audit_event where entity_type = 'CASE'"
                + " and entity_id = ?1 and action in ('CREATE', 'UPDATE')").setParameter(1, id).getResultList();
        // opened, 7 transitions, 12 checks of the three people and 2 of the handover
        assertEquals(1 + 7 + 12 + 2, audited.size(), "every transition and check audited: " + audited);
    }

    @Test
    void aCaseThatWouldSeparateAChildFromAParentShowsItAndNeedsTheBestInterestsDetermination() {
        String camp = TestData.uniqueCode("SEP");
        TestData.facility(camp, "CAMP", null);
        String prison = TestData.uniqueCode("SEPP");
        TestData.facility(prison, "DETENTION_CENTRE", null);
        String officer = Given.officerFor("FRA");
        String mother = person(camp, "F", "1990-01-01", "FRA");
        String child = person(camp, "M", "2016-01-01", "FRA");
        String father = person(prison, "M", "1985-01-01", "IRQ");
        String staying = person(camp, "F", "2012-01-01", "SYR");
        link(mother, child, "DNA_CONFIRMED");
        link(father, child, "DOCUMENTED");
        link(mother, staying, "DECLARED");

        Map<String, Object> opened = as(officer).body(Map.of("country", "FRA", "subjectIds", List.of(mother, child)))
                .post("/api/v1/repatriation-cases").then().statusCode(201)
                .body("separations", hasSize(2), "separations.childInCase", containsInAnyOrder(true, false))
                .extract().as(Map.class);
        String id = (String) opened.get("id");
        // the father and the girl staying behind are out of the officer's scope: no names, no places
        String body = as(officer).get("/api/v1/repatriation-cases/" + id).then().statusCode(200)
                .body("relativesNotInCase", hasSize(2), "relativesNotInCase.relative", everyItem(equalTo(null)),
                        "separations.find { !it.childInCase }.childId", equalTo(null)).extract().asString();
        assertTrue(!body.contains(father) && !body.contains(staying), body);

        advanceTo(officer, id, List.of(mother, child), "DOCUMENTS");
        move(officer, id, "APPROVED").then().statusCode(422)
                .body("errors.message", hasItem(containsString("no best-interests determination")));
        check(officer, id, "BEST_INTERESTS", Map.of("personId", child, "detail", "BID panel 2026-11: go with mother"))
                .then().statusCode(200);
        // the girl staying behind is not the officer's to name: an admin records hers
        String separationOfGirl = TestData.asAdmin().get("/api/v1/repatriation-cases/" + id).then()
                .extract().path("separations.find { it.childInCase == false }.childId");
        assertEquals(staying, separationOfGirl);
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(atCurrentVersion(id, Map.of("personId", staying, "detail", "stays with aunt")))
                .put("/api/v1/repatriation-cases/" + id + "/checklist/BEST_INTERESTS").then().statusCode(200);
        move(officer, id, "APPROVED").then().statusCode(200);
    }

    @Test
    void holdsRejectionsAndStepsBackNeedAReasonAndAHeldCaseResumesWhereItWas() {
        String camp = TestData.uniqueCode("HOLD");
        TestData.facility(camp, "CAMP", null);
        String officer = Given.officerFor("BEL");
        String man = person(camp, "M", "1980-01-01", "BEL");
        String id = open(officer, "BEL", man);
        check(officer, id, "CONSENT", Map.of("personId", man)).then().statusCode(200);
        move(officer, id, "REQUESTED").then().statusCode(200);

        move(officer, id, "ON_HOLD").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        move(officer, id, "ON_HOLD", "waiting for the ministry").then().statusCode(200)
                .body("stage", equalTo("ON_HOLD"), "heldFromStage", equalTo("REQUESTED"), "stageDue", equalTo(null));
        move(officer, id, "DOCUMENTS").then().statusCode(422);
        move(officer, id, "REQUESTED").then().statusCode(200).body("stage", equalTo("REQUESTED"));
        move(officer, id, "IDENTIFIED").then().statusCode(422).body("errors[0].field", equalTo("reason"));
        move(officer, id, "IDENTIFIED", "request sent to the wrong ministry").then().statusCode(200);
        // a consent withdrawn stops the case again at the same gate
        check(officer, id, "CONSENT", Map.of("personId", man, "done", false)).then().statusCode(200);
        move(officer, id, "REQUESTED").then().statusCode(422);
        move(officer, id, "REJECTED", "not recognised as a national").then().statusCode(200);

        // once ended, a new case may be opened for him; while one is open, not a second one
        String second = open(officer, "BEL", man);
        as(officer).body(Map.of("country", "BEL", "subjectIds", List.of(man))).post("/api/v1/repatriation-cases")
                .then().statusCode(422).body("errors[0].message", containsString("already has an open case"));
        as(officer).body(Map.of("note", "x")).post("/api/v1/repatriation-cases/" + second + "/notes")
                .then().statusCode(400);
        as(officer).body(Map.of("text", "Spoke with the consulate.")).post("/api/v1/repatriation-cases/" + second
                + "/notes").then().statusCode(201).body("notes[0].text", equalTo("Spoke with the consulate."));
    }

    @Test
    void twoOfficersMovingTheSameCaseAtOnceLeaveOneTransitionAndTellTheOtherWhatHappened() {
        String camp = TestData.uniqueCode("RACEC");
        TestData.facility(camp, "CAMP", null);
        String officer = Given.officerFor("NLD");
        String man = person(camp, "M", "1980-01-01", "NLD");
        String id = open(officer, "NLD", man);
        check(officer, id, "CONSENT", Map.of("personId", man)).then().statusCode(200);

        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> move(officer, id, "REQUESTED").statusCode()));
        }
        assertEquals(List.of(200, 409), attempts.stream().map(CompletableFuture::join).sorted().toList());
        as(officer).get("/api/v1/repatriation-cases/" + id).then()
                .body("timeline.to", equalTo(List.of("IDENTIFIED", "REQUESTED")));
        // a stale version is refused with the case as it is now
        move(officer, id, Map.of("to", "NATIONALITY_VERIFICATION", "version", 0)).then().statusCode(409)
                .body("current.stage", equalTo("REQUESTED"));
    }

    @Test
    void caseWorkersSeeTheCasesOfTheirPeopleAndOthersSeeNothing() {
        String camp = TestData.uniqueCode("CWC");
        TestData.facility(camp, "CAMP", null);
        String other = TestData.uniqueCode("CWX");
        TestData.facility(other, "CAMP", null);
        String worker = "cw-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of());
        String outsider = "cw-" + other.toLowerCase();
        TestData.scope(outsider, List.of(other), List.of());
        String officer = Given.officerFor("DEU");
        String woman = person(camp, "F", "1990-01-01", "DEU");
        String id = open(officer, "DEU", woman);

        as(worker).get("/api/v1/repatriation-cases/" + id).then().statusCode(200);
        as(worker).get("/api/v1/repatriation-cases?size=500").then().body("items.id", hasItem(id));
        as(outsider).get("/api/v1/repatriation-cases/" + id).then().statusCode(404);
        as(outsider).get("/api/v1/repatriation-cases?size=500").then().body("items.id", not(hasItem(id)));
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON).body(Map.of("to", "REQUESTED"))
                .post("/api/v1/repatriation-cases/" + id + "/transitions").then().statusCode(403);
        as(officer).body(Map.of("country", "FRA", "subjectIds", List.of(woman))).post("/api/v1/repatriation-cases")
                .then().statusCode(422).body("errors[0].field", equalTo("country"));
        as(officer).get("/api/v1/repatriation-cases/dashboard").then().statusCode(200)
                .body("casesPerCountryAndStage.DEU.IDENTIFIED", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    // ------------------------------------------------------------------ helpers

    private static void advanceTo(String officer, String id, List<String> subjects, String stage) {
        String expiry = LocalDate.now().plusYears(1).toString();
        for (String subject : subjects) {
            check(officer, id, "CONSENT", Map.of("personId", subject)).then().statusCode(200);
            check(officer, id, "NATIONALITY_VERIFIED", Map.of("personId", subject)).then().statusCode(200);
            check(officer, id, "MEDICAL_CLEARANCE", Map.of("personId", subject)).then().statusCode(200);
            check(officer, id, "TRAVEL_DOCUMENT", Map.of("personId", subject, "documentType", "PASSPORT",
                    "documentNumber", "P" + subject.substring(0, 6), "documentExpiry", expiry)).then().statusCode(200);
        }
        for (String next : List.of("REQUESTED", "NATIONALITY_VERIFICATION", "CONSULAR_INTERVIEW", "DOCUMENTS",
                "APPROVED", "HANDOVER_SCHEDULED")) {
            move(officer, id, next).then().statusCode(200);
            if (next.equals(stage)) {
                return;
            }
        }
    }

    private static RequestSpecification as(String username) {
        String role = username.startsWith("cw-") ? Roles.CASEWORKER : Roles.REPATRIATION_OFFICER;
        return TestData.as(username, role).contentType(ContentType.JSON);
    }

    private static String open(String officer, String country, String... subjects) {
        return as(officer).body(Map.of("country", country, "subjectIds", List.of(subjects)))
                .post("/api/v1/repatriation-cases").then().statusCode(201).extract().path("id");
    }

    private static Response move(String who, String id, String to) {
        return move(who, id, Map.of("to", to));
    }

    private static Response move(String who, String id, String to, String reason) {
        return move(who, id, Map.of("to", to, "reason", reason));
    }

    private static Response move(String who, String id, Map<String, Object> body) {
        return as(who).body(atCurrentVersion(id, body)).post("/api/v1/repatriation-cases/" + id + "/transitions");
    }

    private static Response check(String who, String id, String item, Map<String, Object> body) {
        return as(who).body(atCurrentVersion(id, body)).put("/api/v1/repatriation-cases/" + id + "/checklist/" + item);
    }

    /** A change as a client that has just read the case sends it: with the version it read, unless the test sets one. */
    static Map<String, Object> atCurrentVersion(String id, Map<String, Object> body) {
        Map<String, Object> sent = new HashMap<>(body);
        sent.computeIfAbsent("version", key -> TestData.asAdmin().get("/api/v1/repatriation-cases/" + id).then()
                .extract().path("version"));
        return sent;
    }

    private static String person(String facility, String sex, String born, String nationality) {
        return TestData.person(facility, sex, nationality, born);
    }

    private static String link(String parent, String child, String evidence) {
        String type = TestData.asAdmin().get("/api/v1/persons/" + parent).then().extract().path("sex")
                .equals("F") ? "MOTHER_OF" : "FATHER_OF";
        return TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", type, "personId", child, "evidence", evidence))
                .post("/api/v1/persons/" + parent + "/relationships").then().statusCode(201).extract().path("id");
    }
}
