package org.homeward.families;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.ErrorSummaryLinks;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** The family pages as a browser without JavaScript uses them: forms posted, redirects followed. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class FamilyPagesTest {

    @Test
    void aFamilyIsRegisteredThroughTheFormWithMoreRowsAskedOnTheWayAndNothingTypedLost() {
        Given.Camp campAndWorker = Given.campWithWorker("FPAGE");
        String camp = campAndWorker.code();
        String worker = campAndWorker.worker();
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);
        session.get("/households/register-family").then().statusCode(200)
                .body(containsString("id=\"child3-givenName\""), not(containsString("id=\"child4-givenName\"")));

        Map<String, Object> form = new HashMap<>(Map.of("givenName", "Hanan", "familyName", "Karim-" + camp,
                "dateOfBirth", "1991-01-01", "dateOfBirthPrecision", "YEAR", "nationality", "bel",
                "admissionFacility", camp, "admissionDate", LocalDate.now().toString(), "evidence", "DOCUMENTED",
                "rows", "4"));
        form.put("childGivenName", List.of("Adam", "", "", "", "Sara"));
        form.put("childGivenNameAr", List.of("آدم", "", "", "", ""));
        form.put("childFamilyName", List.of("", "", "", "", ""));
        form.put("childSex", List.of("M", "", "", "", "F"));
        form.put("childDateOfBirth", List.of("2015-01-01", "", "", "", "2019-05-01"));
        form.put("childPrecision", List.of("YEAR", "YEAR", "YEAR", "YEAR", "EXACT"));

        Map<String, Object> moreRows = new HashMap<>(form);
        moreRows.put("action", "more-rows");
        session.post("/households/register-family", moreRows).then().statusCode(200)
                .body(containsString("id=\"child7-givenName\""), containsString("value=\"Hanan\""),
                        containsString("value=\"Adam\""), containsString("value=\"Sara\""));

        Response registered = session.post("/households/register-family", form);
        assertThat(registered.statusCode(), equalTo(303));
        assertThat(registered.header("Location"), matchesPattern(".*/households/[0-9a-f-]{36}\\?flash=family_registered"));
        String household = registered.header("Location");
        session.get(household.substring(household.indexOf("/households/"))).then().statusCode(200)
                .body(containsString("Hanan Karim-" + camp), containsString("Adam"), containsString("Sara"),
                        containsString("The family has been registered."));
    }

    @Test
    void childrenAreRegisteredWithTheYearOfBirthAloneAndEachErrorOfTheSummaryLeadsToItsField() {
        Given.Camp campAndWorker = Given.campWithWorker("FDOB");
        String camp = campAndWorker.code();
        BrowserLikeSession session = new BrowserLikeSession(campAndWorker.worker(), Roles.CASEWORKER);
        session.get("/households/register-family").then().statusCode(200)
                .body(containsString("id=\"child0-dateOfBirthYear\""), containsString("name=\"childDobYear\""));

        Map<String, Object> form = new HashMap<>(Map.of("givenName", "Noura", "familyName", "Noura-" + camp,
                "dobMonth", "14", "dobYear", "1990", "nationality", "BEL", "admissionFacility", camp,
                "admissionDate", LocalDate.now().toString(), "evidence", "DECLARED", "rows", "4"));
        form.put("childGivenName", List.of("Amir", "Huda", "", ""));
        form.put("childSex", List.of("M", "F", "", ""));
        form.put("childDobDay", List.of("", "3", "", ""));
        form.put("childDobMonth", List.of("", "", "", ""));
        form.put("childDobYear", List.of("2016", "2018", "", ""));
        form.put("childDobEstimated", List.of("false", "false", "false", "false"));
        // dates that cannot be read are refused first, on their rows
        Response unreadable = session.post("/households/register-family", form);
        assertThat(unreadable.statusCode(), equalTo(422));
        String page = unreadable.body().asString();
        assertThat(ErrorSummaryLinks.targets(page), equalTo(List.of("mother.dateOfBirth", "children[1].dateOfBirth")));
        ErrorSummaryLinks.assertEachLeadsToAField(page);
        assertThat(page, containsString("id=\"child1-dateOfBirth-error\">enter the month too, or leave the day empty"));

        // then the rules broken by what was read
        form.put("dobMonth", "");
        form.put("childDobDay", List.of("", "", "", ""));
        form.putAll(Map.of("givenName", "", "nationality", "QQQ", "childSex", List.of("", "F", "", "")));
        session.get("/households/register-family");
        Response broken = session.post("/households/register-family", form);
        assertThat(broken.statusCode(), equalTo(422));
        page = broken.body().asString();
        assertThat(ErrorSummaryLinks.targets(page), org.hamcrest.Matchers.hasItems("mother.givenName",
                "mother.nationalities[0].country", "children[0].sex"));
        ErrorSummaryLinks.assertEachLeadsToAField(page);

        form.putAll(Map.of("givenName", "Noura", "nationality", "BEL", "childSex", List.of("M", "F", "", "")));
        session.get("/households/register-family");
        Response registered = session.post("/households/register-family", form);
        assertThat(registered.body().asString(), registered.statusCode(), equalTo(303));
        TestData.asAdmin().get("/api/v1/persons?q=Amir&facility=" + camp).then()
                .body("items[0].dateOfBirth", equalTo("2016-01-01"), "items[0].dateOfBirthPrecision", equalTo("YEAR"));
    }

    @Test
    void aChildBornBeforeTheMotherWasTwelveIsShownOnItsRowAndNothingIsSaved() {
        String camp = TestData.uniqueCode("FPAGE2");
        TestData.facility(camp, "CAMP", null);
        BrowserLikeSession session = new BrowserLikeSession("cw-" + camp.toLowerCase(), Roles.ADMIN);
        session.get("/households/register-family").then().statusCode(200);
        Map<String, Object> form = new HashMap<>(Map.of("givenName", "Salma", "familyName", "Young-" + camp,
                "dateOfBirth", "2000-01-01", "dateOfBirthPrecision", "EXACT", "nationality", "IRQ",
                "admissionFacility", camp, "admissionDate", LocalDate.now().toString(), "evidence", "DECLARED"));
        form.put("childGivenName", List.of("", "Omar"));
        form.put("childSex", List.of("", "M"));
        form.put("childDateOfBirth", List.of("", "2008-01-01"));
        form.put("childPrecision", List.of("YEAR", "EXACT"));
        session.post("/households/register-family", form).then().statusCode(422)
                .body(containsString("id=\"child1-dateOfBirth-error\""), containsString("under 12"),
                        containsString("value=\"Omar\""));
        TestData.asAdmin().get("/api/v1/persons?facility=" + camp).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aLinkIsAddedByRegistrationNumberFromThePersonPageAndRemovedAgain() {
        Given.Camp campAndWorker = Given.campWithWorker("FLINK");
        String camp = campAndWorker.code();
        String worker = campAndWorker.worker();
        String mother = TestData.person(camp, "F", "SYR", "1980-01-01");
        String child = TestData.person(camp, "M", "SYR", "2010-01-01");
        String motherNumber = TestData.asAdmin().get("/api/v1/persons/" + mother).then().extract()
                .path("registrationNumber");
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);
        session.get("/persons/" + child + "/relationships/new").then().statusCode(200);

        session.post("/persons/" + child + "/relationships", Map.of("relation", "CHILD_OF",
                "registrationNumber", "hw-nobody", "evidence", "DECLARED")).then().statusCode(422)
                .body(containsString("no such person in your access"), containsString("value=\"hw-nobody\""));
        Response linked = session.post("/persons/" + child + "/relationships", Map.of("relation", "CHILD_OF",
                "registrationNumber", motherNumber.toLowerCase(), "evidence", "DOCUMENTED"));
        assertThat(linked.statusCode(), equalTo(303));
        session.get("/persons/" + child).then().body(containsString("id=\"family-parents\""),
                containsString("Documented"));
        String link = TestData.asAdmin().get("/api/v1/persons/" + child + "/relationships").then().extract()
                .path("[0].id");
        TestData.asAdmin().get("/api/v1/persons/" + mother + "/relationships").then()
                .body("[0].kin", equalTo("CHILD"), "[0].type", equalTo("MOTHER_OF"));

        session.post("/persons/" + child + "/relationships/" + link + "/remove", Map.of()).then().statusCode(303);
        session.get("/persons/" + child).then().body(containsString("id=\"family-none\""));
    }
}
