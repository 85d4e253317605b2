package org.homeward.families;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class FamilyApiTest {

    private static final String TODAY = LocalDate.now().toString();

    @Inject
    EntityManager em;

    @Test
    void aMotherAndThreeChildrenAreRegisteredInOneStepWithTheirLinksAndHousehold() {
        Given.Camp campAndWorker = Given.campWithWorker("FAM");
        String camp = campAndWorker.code();
        String worker = campAndWorker.worker();

        Map<String, Object> registered = TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(family(camp, "Haddad-" + camp, "1990-03-01", "2012-05-01", "2015-07-01", "2019-01-20"))
                .post("/api/v1/households/family-registrations")
                .then().statusCode(201)
                .body("mother.status", equalTo("IN_CAMP"), "children", hasSize(3),
                        "children.currentFacility.code", everyOne(camp, 3),
                        "children.collect { it.nationalities[0].country }", everyOne("FRA", 3),
                        "household.members", hasSize(4), "household.members.reference", hasItem(true))
                .extract().as(Map.class);
        String motherId = (String) ((Map<?, ?>) registered.get("mother")).get("id");
        String childId = (String) ((Map<?, ?>) ((List<?>) registered.get("children")).get(0)).get("id");

        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/persons/" + motherId + "/relationships")
                .then().statusCode(200).body("kin", equalTo(List.of("CHILD", "CHILD", "CHILD")),
                        "type", everyOne("MOTHER_OF", 3));
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/persons/" + childId + "/relationships")
                .then().body("kin", equalTo(List.of("MOTHER")), "[0].personId", equalTo(motherId),
                        "[0].relative.currentFacility.code", equalTo(camp), "[0].hidden", equalTo(false));
    }

    @Test
    void aFamilyRegistrationIsAllOrNothing() {
        String camp = TestData.uniqueCode("ALL");
        TestData.facility(camp, "CAMP", null);
        String family = "Nothing-" + camp;

        Map<String, Object> body = family(camp, family, "1990-03-01", "2012-05-01", "2015-07-01");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) body.get("children");
        children.get(1).remove("sex");
        TestData.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/households/family-registrations")
                .then().statusCode(400).body("errors.field", hasItem("children[1].sex"));

        // a child born when the mother was eight: refused at the link, after people were inserted
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(family(camp, family, "1990-03-01", "2012-05-01", "1998-01-01"))
                .post("/api/v1/households/family-registrations")
                .then().statusCode(422).body("errors[0].field", equalTo("children[1].dateOfBirth"));

        TestData.asAdmin().get("/api/v1/persons?facility=" + camp).then().body("total", equalTo(0));
    }

    @Test
    void impossibleLinksAreRefusedWithTheReasonAndDoubtfulOnesWarn() {
        String camp = TestData.uniqueCode("RULE");
        TestData.facility(camp, "CAMP", null);
        String mother = person(camp, "F", "1985-01-01", "EXACT");
        String otherMother = person(camp, "F", "1980-01-01", "EXACT");
        String child = person(camp, "M", "2010-01-01", "EXACT");
        String grandchild = person(camp, "F", "2025-01-01", "EXACT");
        String young = person(camp, "F", "2003-06-01", "ESTIMATED");

        link(mother, "MOTHER_OF", mother).then().statusCode(422)
                .body("errors[0].message", equalTo("a person cannot be their own relative"));
        link(child, "MOTHER_OF", grandchild).then().statusCode(422).body("errors[0].field", equalTo("type"));
        link(mother, "MOTHER_OF", child).then().statusCode(201).body("kin", equalTo("CHILD"), "warnings", nullValue());
        link(otherMother, "MOTHER_OF", child).then().statusCode(422)
                .body("errors[0].message", containsString("already has a mother"));
        link(mother, "MOTHER_OF", child).then().statusCode(422);
        // the child cannot become the mother's father (age aside, it would be a cycle)
        String olderChild = person(camp, "M", "1950-01-01", "EXACT");
        link(mother, "MOTHER_OF", olderChild).then().statusCode(422)
                .body("errors[0].message", containsString("under 12"));
        link(child, "FATHER_OF", mother).then().statusCode(422)
                .body("errors[0].message", equalTo("this would make a person their own ancestor"));
        // born in 2003 "estimated": perhaps only 13 at the birth in 2016-ish — allowed, with a warning
        String youngChild = person(camp, "F", "2017-01-01", "YEAR");
        link(young, "MOTHER_OF", youngChild).then().statusCode(201)
                .body("warnings[0]", containsString("check the dates of birth"));
        link(child, "SIBLING_OF", grandchild).then().statusCode(201);
        link(grandchild, "SIBLING_OF", child).then().statusCode(422)
                .body("errors[0].message", equalTo("this link is already recorded"));
    }

    @Test
    void twoMothersRecordedAtOnceForOneChildLeaveOne() {
        String camp = TestData.uniqueCode("RACE");
        TestData.facility(camp, "CAMP", null);
        String child = person(camp, "F", "2015-01-01", "EXACT");
        List<String> mothers = List.of(person(camp, "F", "1985-01-01", "EXACT"),
                person(camp, "F", "1986-01-01", "EXACT"));

        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        for (String mother : mothers) {
            attempts.add(CompletableFuture.supplyAsync(() -> link(mother, "MOTHER_OF", child).statusCode()));
        }
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(201, 422), statuses);
        TestData.asAdmin().get("/api/v1/persons/" + child + "/relationships").then().body("kin",
                equalTo(List.of("MOTHER")));
    }

    @Test
    void aSplitFamilyShowsRelativesOutsideTheCallersScopeWithoutAnythingIdentifying() {
        String camp = TestData.uniqueCode("SPLITC");
        TestData.facility(camp, "CAMP", null);
        String prison = TestData.uniqueCode("SPLITP");
        TestData.facility(prison, "DETENTION_CENTRE", null);
        String campWorker = "cw-" + camp.toLowerCase();
        TestData.scope(campWorker, List.of(camp), List.of());
        String bothWorker = "cw-both-" + camp.toLowerCase();
        TestData.scope(bothWorker, List.of(camp, prison), List.of());
        String officer = "officer-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("FRA"));

        String mother = person(camp, "F", "1990-01-01", "YEAR", "FRA", "Test");
        String child = person(camp, "M", "2014-01-01", "YEAR", "FRA", "Test");
        String father = person(prison, "M", "1985-01-01", "YEAR", "IRQ", "Zaydan");
        link(mother, "MOTHER_OF", child).then().statusCode(201);
        // a case worker with both facilities links the father held in the prison
        TestData.as(bothWorker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("type", "FATHER_OF", "personId", child, "evidence", "DNA_CONFIRMED"))
                .post("/api/v1/persons/" + father + "/relationships").then().statusCode(201);
        TestData.as(bothWorker, Roles.CASEWORKER).get("/api/v1/persons/" + child + "/relationships")
                .then().body("find { it.kin == 'FATHER' }.relative.currentFacility.code", equalTo(prison),
                        "find { it.kin == 'FATHER' }.evidence", equalTo("DNA_CONFIRMED"));

        for (var caller : List.of(TestData.as(campWorker, Roles.CASEWORKER),
                TestData.as(officer, Roles.REPATRIATION_OFFICER))) {
            String body = caller.get("/api/v1/persons/" + child + "/relationships").then().statusCode(200)
                    .body("find { it.kin == 'FATHER' }.hidden", equalTo(true),
                            "find { it.kin == 'FATHER' }.personId", nullValue(),
                            "find { it.kin == 'FATHER' }.relative", nullValue(),
                            "find { it.kin == 'MOTHER' }.relative.currentFacility.code", equalTo(camp))
                    .extract().asString();
            assertFalse(body.contains(father) || body.contains("Zaydan"), body);
        }
        // the case worker of the camp cannot unlink, nor link to, the man they may not see
        String fatherLink = TestData.asAdmin().get("/api/v1/persons/" + child + "/relationships")
                .then().extract().path("find { it.kin == 'FATHER' }.id");
        TestData.as(campWorker, Roles.CASEWORKER).delete("/api/v1/persons/" + child + "/relationships/" + fatherLink)
                .then().statusCode(404);
        TestData.as(campWorker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("type", "SIBLING_OF", "personId", father, "evidence", "DECLARED"))
                .post("/api/v1/persons/" + child + "/relationships").then().statusCode(422)
                .body("errors[0].field", equalTo("personId"));
        // an officer for Iraq sees the father, and nothing of the French mother and child but "hidden"
        String iraqOfficer = "officer-irq-" + camp.toLowerCase();
        TestData.scope(iraqOfficer, List.of(), List.of("IRQ"));
        TestData.as(iraqOfficer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + father + "/relationships")
                .then().body("kin", equalTo(List.of("CHILD")), "[0].hidden", equalTo(true));
        TestData.as(iraqOfficer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + child + "/relationships")
                .then().statusCode(404);

        // the person page says the same
        String page = TestData.as(campWorker, Roles.CASEWORKER).get("/persons/" + child).then().statusCode(200)
                .extract().asString();
        assertFalse(page.contains("Zaydan") || page.contains(father), "the father must not be named");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("A relative outside your access"), page);
        String fullView = TestData.as(bothWorker, Roles.CASEWORKER).get("/persons/" + child).then().extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(fullView.contains("Zaydan") && fullView.contains(prison), fullView);

        // an unlink by someone who sees both is kept on record, and audited before and after
        TestData.as(bothWorker, Roles.CASEWORKER)
                .delete("/api/v1/persons/" + child + "/relationships/" + fatherLink + "?reason=DNA test negative")
                .then().statusCode(204);
        TestData.asAdmin().get("/api/v1/persons/" + child + "/relationships").then().body("kin",
                equalTo(List.of("MOTHER")));
        List<?> audited = em.createNativeQuery("select action || ':' || actor || ':' || details from audit_event"
                + " where entity_type = 'RELATIONSHIP' and entity_id = ?1 order by id")
                .setParameter(1, fatherLink).getResultList();
        assertEquals(2, audited.size(), audited.toString());
        org.junit.jupiter.api.Assertions.assertTrue(audited.get(0).toString().startsWith("CREATE:" + bothWorker));
        org.junit.jupiter.api.Assertions.assertTrue(audited.get(1).toString().startsWith("DELETE:" + bothWorker)
                && audited.get(1).toString().contains("\"before\"") && audited.get(1).toString().contains("DNA test negative"));
    }

    @Test
    void householdsKeepTheirHistoryAndAreScopedLikePeople() {
        String camp = TestData.uniqueCode("HH");
        TestData.facility(camp, "CAMP", null);
        String elsewhere = TestData.uniqueCode("HHX");
        TestData.facility(elsewhere, "CAMP", null);
        String worker = "cw-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of());
        String outsider = "cw-" + elsewhere.toLowerCase();
        TestData.scope(outsider, List.of(elsewhere), List.of());
        String a = person(camp, "F", "1990-01-01", "YEAR");
        String b = person(camp, "M", "2012-01-01", "YEAR");
        String c = person(camp, "F", "2014-01-01", "YEAR");

        String first = TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(a, b))).post("/api/v1/households")
                .then().statusCode(201).body("referencePersonId", equalTo(a), "members", hasSize(2))
                .extract().path("id");
        String second = TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(c))).post("/api/v1/households")
                .then().statusCode(201).extract().path("id");
        // b moves to the second household: gone from the first, remembered as a former member
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON).body(Map.of("personId", b))
                .post("/api/v1/households/" + second + "/members").then().statusCode(200)
                .body("members.person.id", containsInAnyOrder(c, b));
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/households/" + first).then().statusCode(200)
                .body("members.person.id", equalTo(List.of(a)), "formerMembers.person.id", equalTo(List.of(b)),
                        "formerMembers[0].leftAt", not(nullValue()));
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON).body(Map.of("personId", b))
                .post("/api/v1/households/" + second + "/members").then().statusCode(422);

        // a stale reference change is refused with the current state
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("referencePersonId", b, "version", 0)).put("/api/v1/households/" + second)
                .then().statusCode(200).body("referencePersonId", equalTo(b), "version", equalTo(1));
        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("referencePersonId", c, "version", 0)).put("/api/v1/households/" + second)
                .then().statusCode(409).body("current.referencePersonId", equalTo(b));

        // outside the camp, the households do not exist
        TestData.as(outsider, Roles.CASEWORKER).get("/api/v1/households/" + first).then().statusCode(404);
        TestData.as(outsider, Roles.CASEWORKER).get("/api/v1/households?size=500").then()
                .body("items.id", not(hasItem(first)));
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/households?size=500").then()
                .body("items.id", hasItem(first));
        TestData.as(outsider, Roles.CASEWORKER).contentType(ContentType.JSON).body(Map.of("memberIds", List.of(a)))
                .post("/api/v1/households").then().statusCode(422);

        TestData.as(worker, Roles.CASEWORKER).delete("/api/v1/households/" + second + "/members/" + b)
                .then().statusCode(200).body("members.person.id", equalTo(List.of(c)),
                        "referencePersonId", nullValue());
        List<?> changes = em.createNativeQuery("select action from audit_event where entity_type = 'HOUSEHOLD'"
                + " and entity_id = ?1 and action in ('CREATE', 'UPDATE') order by id")
                .setParameter(1, second).getResultList();
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "UPDATE"), changes);
    }

    @Test
    void childrenWithoutAParentBesideThemAreListedAndTheFlagIsConfirmedByAPerson() {
        String camp = TestData.uniqueCode("UAC");
        TestData.facility(camp, "CAMP", null);
        String centre = TestData.uniqueCode("UACR");
        TestData.facility(centre, "REHABILITATION_CENTRE", null);
        String worker = "cw-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp, centre), List.of());
        String mother = person(camp, "F", "1985-01-01", "YEAR");
        String withMother = person(camp, "F", "2015-01-01", "YEAR");
        String boy = person(centre, "M", "2010-03-01", "MONTH");
        String sister = person(centre, "F", "2000-01-01", "YEAR");
        String alone = person(camp, "M", "2016-01-01", "YEAR");
        link(mother, "MOTHER_OF", withMother).then().statusCode(201);
        link(mother, "MOTHER_OF", boy).then().statusCode(201);
        link(sister, "SIBLING_OF", boy).then().statusCode(201);

        Response listed = TestData.as(worker, Roles.CASEWORKER).get("/api/v1/children-without-carer?size=500");
        listed.then().statusCode(200).body("items.child.id", hasItem(boy), "items.child.id", hasItem(alone),
                "items.child.id", not(hasItem(withMother)),
                "items.find { it.child.id == '" + boy + "' }.suggested", equalTo("SEPARATED_CHILD"),
                "items.find { it.child.id == '" + alone + "' }.suggested", equalTo("UNACCOMPANIED_CHILD"),
                "items.find { it.child.id == '" + alone + "' }.confirmed", hasSize(0));

        TestData.as(worker, Roles.CASEWORKER).contentType(ContentType.JSON).body(Map.of("flag", "UNACCOMPANIED_CHILD"))
                .post("/api/v1/persons/" + alone + "/flags").then().statusCode(200)
                .body("flags", hasItem("UNACCOMPANIED_CHILD"));
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/children-without-carer?size=500").then()
                .body("items.find { it.child.id == '" + alone + "' }.confirmed", equalTo(List.of("UNACCOMPANIED_CHILD")));
        // once the mother is held with him, the boy is no longer without a carer
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "TRANSFER", "toFacilityCode", camp, "date", TODAY))
                .post("/api/v1/persons/" + boy + "/movements").then().statusCode(201);
        TestData.as(worker, Roles.CASEWORKER).get("/api/v1/children-without-carer?size=500").then()
                .body("items.child.id", not(hasItem(boy)));
    }

    /**
     * A relative outside the caller's access is there, and related so; nothing else about them comes
     * through: not who recorded the link, when or on what evidence, not when they joined a household
     * or whether they head it, not their other children, not in a count, and not, by their presence,
     * in the list of children without a carer.
     */
    @Test
    void aHiddenRelativeGivesAwayOnlyThatTheyExistAndHowTheyAreRelated() {
        String camp = TestData.uniqueCode("HIDE");
        TestData.facility(camp, "CAMP", null);
        String officer = "officer-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("FRA"));
        String mother = person(camp, "F", "1990-01-01", "YEAR", "SYR", "Hidden");
        String child = person(camp, "M", "2018-01-01", "YEAR", "FRA", "Shown");
        String halfSister = person(camp, "F", "2016-01-01", "YEAR", "FRA", "Shown");
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "MOTHER_OF", "personId", child, "evidence", "DNA_CONFIRMED"))
                .post("/api/v1/persons/" + mother + "/relationships").then().statusCode(201);
        link(mother, "MOTHER_OF", halfSister).then().statusCode(201);
        String household = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(mother, child))).post("/api/v1/households").then().statusCode(201)
                .extract().path("id");
        var asOfficer = TestData.as(officer, Roles.REPATRIATION_OFFICER);

        Response links = asOfficer.get("/api/v1/persons/" + child + "/relationships");
        links.then().statusCode(200).body("hidden", everyOne(true, 1), "kin", hasItem("MOTHER"),
                "[0].evidence", nullValue(), "[0].recordedBy", nullValue(), "[0].recordedAt", nullValue());
        assertThat(links.asString(), not(containsString("DNA_CONFIRMED")));

        String page = new org.homeward.support.BrowserLikeSession(officer, Roles.REPATRIATION_OFFICER)
                .get("/persons/" + child).then().statusCode(200).extract().asString();
        assertThat(page, not(containsString(halfSister)));
        assertThat(page, not(containsString("through a shared parent")));

        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/households/" + household).then().statusCode(200)
                .body("members.find { it.hidden }.joinedAt", nullValue(),
                        "members.find { it.hidden }.reference", equalTo(false));
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/households?size=500").then()
                .body("items.find { it.id == '" + household + "' }.members", equalTo(1));

        // the mother is beside him, but not the officer's to see: the boy is listed as the officer sees him
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/children-without-carer?size=500").then()
                .statusCode(200).body("items.find { it.child.id == '" + child + "' }.suggested",
                        equalTo("UNACCOMPANIED_CHILD"));
        // to those who see her, he has his mother
        TestData.asAdmin().get("/api/v1/children-without-carer?size=500").then()
                .body("items.child.id", not(hasItem(child)));
    }

    // ------------------------------------------------------------------ helpers

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyOne(Object value, int times) {
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            expected.add(value);
        }
        return org.hamcrest.Matchers.contains(expected.stream().map(org.hamcrest.Matchers::equalTo).toList()
                .toArray(new org.hamcrest.Matcher[0]));
    }

    private static Map<String, Object> family(String camp, String familyName, String motherBorn, String... children) {
        Map<String, Object> mother = new HashMap<>(Map.of("givenName", "Khadija", "familyName", familyName,
                "sex", "F", "dateOfBirth", motherBorn, "dateOfBirthPrecision", "EXACT", "category", "CAMP_RESIDENT",
                "nationalities", List.of(Map.of("country", "FRA", "status", "CLAIMED")),
                "admission", Map.of("facilityCode", camp, "date", TODAY)));
        List<Map<String, Object>> kids = new ArrayList<>();
        for (int i = 0; i < children.length; i++) {
            kids.add(new HashMap<>(Map.of("givenName", "Child" + i, "familyName", familyName,
                    "sex", i % 2 == 0 ? "M" : "F", "dateOfBirth", children[i], "dateOfBirthPrecision", "EXACT")));
        }
        return new HashMap<>(Map.of("mother", mother, "children", kids, "evidence", "DECLARED"));
    }

    private static String person(String facility, String sex, String born, String precision) {
        return person(facility, sex, born, precision, "SYR", "Test");
    }

    private static String person(String facility, String sex, String born, String precision, String nationality,
            String familyName) {
        return TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("givenName", "Someone", "familyName", familyName, "sex", sex, "dateOfBirth", born,
                        "dateOfBirthPrecision", precision, "category", "CAMP_RESIDENT",
                        "nationalities", List.of(Map.of("country", nationality, "status", "CLAIMED")),
                        "admission", Map.of("facilityCode", facility, "date", TODAY)))
                .post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    private static Response link(String from, String type, String to) {
        return TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", type, "personId", to, "evidence", "DOCUMENTED"))
                .post("/api/v1/persons/" + from + "/relationships");
    }
}
