package org.homeward.people;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class PersonApiTest {

    @Inject
    EntityManager em;

    @Test
    void aCaseWorkerRegistersAMotherAtAdmissionAndSeesHerPlaced() {
        String camp = TestData.uniqueCode("REG");
        TestData.facility(camp, "CAMP", null);
        TestData.scope("cw-" + camp.toLowerCase(), List.of(camp), List.of());

        Map<String, Object> mother = Map.ofEntries(Map.entry("givenName", "Khadija"), Map.entry("fatherName", "Omar"),
                Map.entry("familyName", "Haddad"), Map.entry("givenNameAr", "خديجة"),
                Map.entry("aliases", List.of("Umm Yusuf")), Map.entry("sex", "F"),
                Map.entry("dateOfBirth", "1995-01-01"), Map.entry("dateOfBirthPrecision", "YEAR"),
                Map.entry("category", "CAMP_RESIDENT"),
                Map.entry("nationalities", List.of(Map.of("country", "FRA", "status", "CLAIMED"))),
                Map.entry("admission", Map.of("facilityCode", camp, "date", LocalDate.now().minusDays(2).toString())));
        String id = TestData.as("cw-" + camp.toLowerCase(), Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(mother).when().post("/api/v1/persons")
                .then().statusCode(201)
                .body("registrationNumber", matchesPattern("HW-\\d{7}"), "status", equalTo("IN_CAMP"),
                        "currentFacility.code", equalTo(camp), "aliases", containsInAnyOrder("Umm Yusuf"),
                        "ageRange.youngest", equalTo(LocalDate.now().getYear() - 1996),
                        "version", equalTo(0))
                .extract().path("id");

        TestData.as("cw-" + camp.toLowerCase(), Roles.CASEWORKER).get("/api/v1/persons/" + id + "/movements")
                .then().statusCode(200).body("type", containsInAnyOrder("ADMISSION"),
                        "[0].toFacility.code", equalTo(camp), "[0].recordedBy", equalTo("cw-" + camp.toLowerCase()));
    }

    @Test
    void registrationNamesEveryBrokenRule() {
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("nationalities", List.of(Map.of("country", "ATL", "status", "CLAIMED")),
                        "dateOfBirth", LocalDate.now().plusDays(3).toString()))
                .when().post("/api/v1/persons")
                .then().statusCode(400)
                .body("errors.field", hasItem("sex"), "errors.field", hasItem("category"),
                        "errors.field", hasItem("givenName"), "errors.field", hasItem("dateOfBirth"),
                        "errors.field", hasItem("nationalities[0].country"), "errors.field", hasItem("admission"));
    }

    @Test
    void statusAndPlaceFollowTheMovementsAndImpossibleOnesAreRefusedWithTheReason() {
        String camp = TestData.uniqueCode("MOVE");
        TestData.facility(camp, "CAMP", null);
        String prison = TestData.uniqueCode("PRISON");
        TestData.facility(prison, "DETENTION_CENTRE", null);
        String id = TestData.person(camp, "M", "IRQ", "2008-05-01");

        move(id, Map.of("type", "TRANSFER", "toFacilityCode", prison, "date", LocalDate.now().minusDays(5).toString()))
                .then().statusCode(201).body("fromFacility.code", equalTo(camp), "toFacility.code", equalTo(prison));
        TestData.asAdmin().get("/api/v1/persons/" + id).then()
                .body("status", equalTo("IN_CUSTODY"), "currentFacility.code", equalTo(prison));

        move(id, Map.of("type", "TRANSFER", "toFacilityCode", camp, "date", LocalDate.now().minusDays(10).toString()))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"),
                        "errors[0].message", equalTo("the date is before this person's last movement"));

        move(id, Map.of("type", "RELEASE", "date", LocalDate.now().toString())).then().statusCode(201);
        TestData.asAdmin().get("/api/v1/persons/" + id).then()
                .body("status", equalTo("RELEASED"), "currentFacility", nullValue());
        move(id, Map.of("type", "TRANSFER", "toFacilityCode", camp, "date", LocalDate.now().toString()))
                .then().statusCode(422)
                .body("errors[0].message", equalTo("this person is not held in any facility at present"));

        move(id, Map.of("type", "DEATH", "date", LocalDate.now().toString())).then().statusCode(201);
        move(id, Map.of("type", "ADMISSION", "toFacilityCode", camp, "date", LocalDate.now().toString()))
                .then().statusCode(422).body("errors[0].message",
                        equalTo("this person is recorded as deceased: no movement can follow"));
        TestData.asAdmin().get("/api/v1/persons/" + id + "/movements").then()
                .body("type", equalTo(List.of("DEATH", "RELEASE", "TRANSFER", "ADMISSION")));
    }

    @Test
    void aCaseWorkerLosesAPersonMovedOutOfTheirFacilityByEveryPath() {
        String mine = TestData.uniqueCode("MINE");
        TestData.facility(mine, "CAMP", null);
        String other = TestData.uniqueCode("OTHER");
        TestData.facility(other, "CAMP", null);
        String worker = "cw-" + mine.toLowerCase();
        TestData.scope(worker, List.of(mine), List.of());
        String id = TestData.person(mine, "F", "BEL", "2012-02-02");

        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/persons/" + id).then().statusCode(200);
        move(id, Map.of("type", "TRANSFER", "toFacilityCode", other, "date", LocalDate.now().toString()))
                .then().statusCode(201);

        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/persons/" + id).then().statusCode(404);
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/persons/" + id + "/movements").then().statusCode(404);
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("type", "RELEASE", "date", LocalDate.now().toString()))
                .post("/api/v1/persons/" + id + "/movements").then().statusCode(404);
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON).body(current(id))
                .put("/api/v1/persons/" + id).then().statusCode(404);
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/persons?size=500").then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void anOfficerSeesOnlyPeopleOfTheirNationalitiesEvenInCountsAndFilters() {
        String camp = TestData.uniqueCode("NAT");
        TestData.facility(camp, "CAMP", null);
        String french = TestData.person(camp, "F", "FRA", null);
        String iraqi = TestData.person(camp, "F", "IRQ", null);
        String officer = "officer-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("FRA"));

        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + french).then().statusCode(200);
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + iraqi).then().statusCode(404);
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + iraqi + "/movements")
                .then().statusCode(404);
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons?facility=" + camp).then()
                .statusCode(200).body("total", equalTo(1), "items.id", containsInAnyOrder(french));
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons?nationality=IRQ&facility=" + camp)
                .then().body("total", equalTo(0));
        TestData.as(officer, Roles.REPATRIATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("type", "RELEASE", "date", LocalDate.now().toString()))
                .post("/api/v1/persons/" + french + "/movements").then().statusCode(403);
    }

    @Test
    void totalsStayExactAsPeopleMoveAndForDualNationals() {
        String camp = TestData.uniqueCode("TOTAL");
        TestData.facility(camp, "CAMP", null);
        String other = TestData.uniqueCode("TOTAL2");
        TestData.facility(other, "CAMP", null);
        String first = TestData.person(camp, "F", "MAR", null);
        TestData.person(camp, "F", "MAR", null);
        TestData.asAdmin().get("/api/v1/persons?nationality=MAR&facility=" + camp).then().body("total", equalTo(2));

        move(first, Map.of("type", "TRANSFER", "toFacilityCode", other, "date", LocalDate.now().toString()))
                .then().statusCode(201);
        TestData.asAdmin().get("/api/v1/persons?nationality=MAR&facility=" + camp).then().body("total", equalTo(1),
                "items.size()", equalTo(1));
        TestData.asAdmin().get("/api/v1/persons?nationality=MAR&facility=" + other).then().body("total", equalTo(1));

        Map<String, Object> dual = current(first);
        dual.put("nationalities", List.of(Map.of("country", "MAR", "status", "CLAIMED"),
                Map.of("country", "ESP", "status", "VERIFIED")));
        TestData.asAdmin().contentType(ContentType.JSON).body(dual).put("/api/v1/persons/" + first)
                .then().statusCode(200);
        String officer = "officer-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("ESP"));
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons?nationality=MAR&facility=" + other)
                .then().body("total", equalTo(1), "items.size()", equalTo(1));
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons?facility=" + other)
                .then().body("total", equalTo(1));

        // a nationality verified is still one person; a release leaves the facility's count
        Map<String, Object> verified = current(first);
        verified.put("nationalities", List.of(Map.of("country", "MAR", "status", "VERIFIED"),
                Map.of("country", "ESP", "status", "VERIFIED")));
        TestData.asAdmin().contentType(ContentType.JSON).body(verified).put("/api/v1/persons/" + first)
                .then().statusCode(200);
        TestData.asAdmin().get("/api/v1/persons?nationality=MAR&facility=" + other).then().body("total", equalTo(1));
        move(first, Map.of("type", "RELEASE", "date", LocalDate.now().toString())).then().statusCode(201);
        TestData.asAdmin().get("/api/v1/persons?nationality=MAR&facility=" + other).then().body("total", equalTo(0),
                "items.size()", equalTo(0));
        TestData.asAdmin().get("/api/v1/persons?nationality=ESP&facility=" + other).then().body("total", equalTo(0));
    }

    @Test
    void theListFiltersBySexAgeAndName() {
        String camp = TestData.uniqueCode("FILT");
        TestData.facility(camp, "CAMP", null);
        String boy = TestData.person(camp, "M", "SYR", LocalDate.now().minusYears(10).toString());
        String woman = TestData.person(camp, "F", "SYR", LocalDate.now().minusYears(30).toString());

        TestData.asAdmin().get("/api/v1/persons?facility=" + camp + "&sex=M").then()
                .body("items.id", containsInAnyOrder(boy));
        TestData.asAdmin().get("/api/v1/persons?facility=" + camp + "&ageFrom=18").then()
                .body("items.id", containsInAnyOrder(woman));
        TestData.asAdmin().get("/api/v1/persons?facility=" + camp + "&ageTo=17").then()
                .body("items.id", containsInAnyOrder(boy));
        TestData.asAdmin().get("/api/v1/persons?facility=" + camp + "&q=أمينة&size=1").then()
                .body("total", equalTo(2), "items.size()", equalTo(1));
        TestData.asAdmin().get("/api/v1/persons?status=SLEEPING").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentState() {
        String camp = TestData.uniqueCode("LOCKP");
        TestData.facility(camp, "CAMP", null);
        String id = TestData.person(camp, "F", "DEU", null);
        Map<String, Object> first = current(id);
        Map<String, Object> second = current(id);
        first.put("placeOfBirth", "Hamburg");
        TestData.asAdmin().contentType(ContentType.JSON).body(first).put("/api/v1/persons/" + id)
                .then().statusCode(200).body("placeOfBirth", equalTo("Hamburg"), "version", equalTo(1));
        second.put("placeOfBirth", "Berlin");
        TestData.asAdmin().contentType(ContentType.JSON).body(second).put("/api/v1/persons/" + id)
                .then().statusCode(409).body("current.placeOfBirth", equalTo("Hamburg"));
    }

    @Test
    void medicalAndSecurityFlagsAreShownOnlyToCaseWorkersAndAdmins() {
        String camp = TestData.uniqueCode("FLAG");
        TestData.facility(camp, "CAMP", null);
        String id = TestData.person(camp, "F", "NLD", null);
        Map<String, Object> flagged = current(id);
        flagged.put("flags", List.of("MEDICAL", "PREGNANT"));
        TestData.asAdmin().contentType(ContentType.JSON).body(flagged).put("/api/v1/persons/" + id)
                .then().statusCode(200).body("flags", containsInAnyOrder("MEDICAL", "PREGNANT"));

        String officer = "officer-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("NLD"));
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + id).then()
                .body("flags", containsInAnyOrder("PREGNANT"));
    }

    @Test
    void everyViewChangeAndRefusalIsAudited() {
        String camp = TestData.uniqueCode("AUDIT");
        TestData.facility(camp, "CAMP", null);
        String id = TestData.person(camp, "F", "SWE", null);
        TestData.as("auditee", Roles.ADMIN).get("/api/v1/persons/" + id).then().statusCode(200);
        TestData.as("auditee-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + id).then().statusCode(404);

        List<?> actions = em.createNativeQuery(
                "select action || ':' || actor from audit_event where entity_id = ?1 order by id")
                .setParameter(1, id).getResultList();
        assertEquals(List.of("CREATE:" + actions.get(0).toString().substring(7), "VIEW:auditee",
                "ACCESS_REFUSED:auditee-officer"), actions);
    }

    private static io.restassured.response.Response move(String id, Map<String, Object> movement) {
        return TestData.asAdmin().contentType(ContentType.JSON).body(movement)
                .post("/api/v1/persons/" + id + "/movements");
    }

    private static Map<String, Object> current(String id) {
        return new HashMap<>(TestData.asAdmin().get("/api/v1/persons/" + id).then().statusCode(200)
                .extract().body().as(Map.class));
    }
}
