package org.homeward.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Each role's home: its work queues count what the lists they open hold, in the caller's scope,
 * and a record outside it counts for nothing.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class HomePageTest {

    private static final String TODAY = LocalDate.now().toString();

    @Test
    void aCaseWorkersQueuesCountTheirPeopleAndOpenListsHoldingExactlyThose() {
        Given.Camp camp = Given.campWithWorker("HOME");
        Given.Camp elsewhere = Given.campWithWorker("HOME-ELSE");
        Given.person().in(camp.code()).admitted(TODAY).born("1990-01-01", "EXACT").nationality("IRQ", "CLAIMED").register();
        Given.person().in(camp.code()).admitted(LocalDate.now().minusDays(40).toString()).born(null, null).register();
        Given.person().in(camp.code()).admitted(LocalDate.now().minusDays(40).toString()).born("1985-05-05", "EXACT")
                .register();
        // in another camp: counts on no page of this case worker
        Given.person().in(elsewhere.code()).admitted(TODAY).born(null, null).register();

        BrowserLikeSession worker = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER);
        String home = worker.get("/").then().statusCode(200).extract().asString();
        assertThat(home, containsString("id=\"home-caseworker\""));
        assertThat(home, containsString("id=\"home-search\""));
        assertThat(home, not(containsString("id=\"home-admin\"")));

        assertEquals(3, count(home, "present"));
        assertEquals(1, count(home, "ADMITTED_THIS_WEEK"));
        assertEquals(0, count(home, "MOVED_THIS_WEEK"));
        assertEquals(1, count(home, "NO_DATE_OF_BIRTH"));
        assertEquals(2, countLater(worker, home, "NO_NATIONALITY"));
        assertEquals(0, count(home, "overdue-cases"));

        // every count opens the list it counts, for the same caller
        for (String queue : List.of("present", "ADMITTED_THIS_WEEK", "NO_DATE_OF_BIRTH")) {
            String list = worker.get(href(home, queue)).then().statusCode(200).extract().asString();
            assertThat(queue, list, containsString(peopleMatch(count(home, queue))));
        }
        assertThat(worker.get(href(home, "NO_NATIONALITY")).asString(), containsString("2 people match"));
        worker.get("/home/queues/no-such-queue").then().statusCode(404);
        new BrowserLikeSession("home-analyst", Roles.ANALYST).get("/home/queues/NO_NATIONALITY").then().statusCode(403);
        TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/persons?attention=NO_DATE_OF_BIRTH")
                .then().statusCode(200).body("total", equalTo(1));
        TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/persons?attention=NOT_A_QUEUE")
                .then().statusCode(400).body("errors[0].field", equalTo("attention"));
    }

    @Test
    void aMoveThisWeekAndASplitHouseholdShowOnTheHomesOfBothCamps() {
        Given.Camp camp = Given.campWithWorker("HOME-SPLIT");
        Given.Camp other = Given.campWithWorker("HOME-SPLIT2");
        String mother = Given.person().in(camp.code()).born("1990-01-01", "EXACT").register();
        String son = Given.person().in(camp.code()).named("Omar", "Test").sex("M").born("2012-01-01", "EXACT").register();
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("referencePersonId", mother, "memberIds", List.of(mother, son))).post("/api/v1/households")
                .then().statusCode(201);
        BrowserLikeSession worker = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER);
        assertEquals(0, countLater(worker, worker.get("/").asString(), "split-households"));

        TestData.transfer(son, other.code());

        String home = worker.get("/").asString();
        assertEquals(1, countLater(worker, home, "split-households"));
        assertThat(worker.get(href(home, "split-households")).asString(), containsString("1 household<"));
        String otherHome = new BrowserLikeSession(other.worker(), Roles.CASEWORKER).get("/").asString();
        assertEquals(1, count(otherHome, "MOVED_THIS_WEEK"));
        assertEquals(1, countLater(new BrowserLikeSession(other.worker(), Roles.CASEWORKER), otherHome,
                "split-households"));
    }

    @Test
    void anOfficerSeesEveryStageOfTheirCountryZerosIncludedEachOpeningItsList() {
        String officer = Given.officerFor("URY");
        Given.Camp camp = Given.campWithWorker("HOME-URY");
        String held = Given.person().in(camp.code()).nationality("URY", "VERIFIED").register();
        Given.person().in(camp.code()).nationality("URY", "VERIFIED").register();
        TestData.as(officer, Roles.REPATRIATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("country", "URY", "subjectIds", List.of(held))).post("/api/v1/repatriation-cases")
                .then().statusCode(201);

        BrowserLikeSession desk = new BrowserLikeSession(officer, Roles.REPATRIATION_OFFICER);
        String home = desk.get("/").then().statusCode(200).extract().asString();
        assertEquals(1, cell(home, "URY", "IDENTIFIED"));
        assertEquals(0, cell(home, "URY", "DOCUMENTS"));
        assertEquals(1, countLater(desk, home, "nationals-without-case"));
        assertEquals(0, count(home, "HANDOVER_SOON"));
        assertThat(home, containsString("href=\"/cases?country=URY&amp;stage=IDENTIFIED\""));
        assertThat(desk.get("/cases?country=URY&stage=IDENTIFIED").asString(), containsString("1 case<"));
        assertThat(home, not(containsString("id=\"stages-FRA\"")));
    }

    @Test
    void aConsentMissingForAPersonInAnotherCampCountsOnlyWhereThatPersonIsHeld() {
        String officer = Given.officerFor("PRY");
        Given.Camp mothers = Given.campWithWorker("HOME-CONS");
        Given.Camp sons = Given.campWithWorker("HOME-CONS2");
        String mother = Given.person().in(mothers.code()).nationality("PRY", "VERIFIED").register();
        String son = Given.person().in(sons.code()).named("Omar", "Test").sex("M").nationality("PRY", "VERIFIED")
                .register();
        String kase = TestData.as(officer, Roles.REPATRIATION_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("country", "PRY", "subjectIds", List.of(mother, son))).post("/api/v1/repatriation-cases")
                .then().statusCode(201).extract().path("id");
        long version = ((Number) TestData.asAdmin().get("/api/v1/repatriation-cases/" + kase).then().extract()
                .path("version")).longValue();
        TestData.as(mothers.worker(), Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("personId", mother, "version", version))
                .put("/api/v1/repatriation-cases/" + kase + "/checklist/CONSENT").then().statusCode(200);

        // the mother's worker sees the case, but not the son, whose missing consent is not theirs to know
        assertEquals(0, count(new BrowserLikeSession(mothers.worker(), Roles.CASEWORKER).get("/").asString(), "no-consent"));
        BrowserLikeSession sonsWorker = new BrowserLikeSession(sons.worker(), Roles.CASEWORKER);
        String home = sonsWorker.get("/").asString();
        assertEquals(1, count(home, "no-consent"));
        assertThat(sonsWorker.get(href(home, "no-consent")).asString(), containsString("1 case<"));
    }

    @Test
    void anAdminSeesStaffWaitingForAScopeAndTheListHoldsThem() {
        String newcomer = "newcomer-" + TestData.uniqueCode("HOME").toLowerCase();
        // a first request records the login, with the role the token carries
        TestData.as(newcomer, Roles.CASEWORKER).get("/api/v1/persons").then().statusCode(200);

        BrowserLikeSession admin = new BrowserLikeSession("home-admin", Roles.ADMIN);
        String home = admin.get("/").then().statusCode(200).extract().asString();
        assertThat(count(home, "staff-without-scope"), greaterThanOrEqualTo(1L));
        long pending = count(home, "NATIONALITY_PENDING");
        assertThat(admin.get(href(home, "NATIONALITY_PENDING")).asString(), containsString(peopleMatch(pending)));
        // counted after loading, as the page fetches it: a figure, in the admin's own home only
        countLater(admin, home, "nearly-full");
        new BrowserLikeSession("home-worker-nf", Roles.CASEWORKER).get("/home/queues/nearly-full").then().statusCode(404);
        String waiting = admin.get(href(home, "staff-without-scope")).asString();
        assertThat(waiting, containsString(newcomer));
        assertEquals(count(home, "staff-without-scope"), rows(waiting, "/scope\" class=\"btn"));
        assertThat(home, containsString("id=\"queue-duplicate-pairs\""));
        assertThat(home, containsString("id=\"queue-nearly-full\""));
    }

    @Test
    void anAuditorSeesTheWeeksExportsWithTheirPurposesAndAnAnalystTheHeadlineCharts() {
        String home = new BrowserLikeSession("home-auditor", Roles.AUDITOR).get("/").then().statusCode(200)
                .extract().asString();
        assertThat(home, containsString("id=\"home-auditor\""));
        for (String report : List.of("recent-exports", "merges", "refusals", "access-changes")) {
            assertThat(href(home, report), containsString("/audit/reports/"));
            new BrowserLikeSession("home-auditor", Roles.AUDITOR).get(href(home, report)).then().statusCode(200);
        }
        BrowserLikeSession anna = new BrowserLikeSession("home-analyst", Roles.ANALYST).language("ar");
        String analyst = anna.get("/").then().statusCode(200).extract().asString();
        assertThat(analyst, containsString("dir=\"rtl\""));
        assertThat(analyst, containsString("hx-get=\"/home/headline\""));
        assertThat(analyst, not(containsString("id=\"home-caseworker\"")));
        String headline = anna.get("/home/headline").then().statusCode(200).extract().asString();
        assertThat(headline, containsString("id=\"headline-held\""));
        assertThat(headline, containsString("<svg"));
        new BrowserLikeSession("home-auditor", Roles.AUDITOR).get("/home/headline").then().statusCode(403);
    }

    @Test
    void theHomeSpeaksTheCallersLanguage() {
        Given.Camp camp = Given.campWithWorker("HOME-AR");
        String home = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER).language("ar").get("/").asString();
        assertThat(home, containsString("سجلات بلا تاريخ ميلاد"));
        assertThat(home, containsString("<bdi>0</bdi>"));
    }

    /** The figure of a queue the home counts after loading, fetched as the page's script does. */
    static long countLater(BrowserLikeSession session, String home, String queue) {
        assertThat(home, containsString("hx-get=\"/home/queues/" + queue + "\""));
        Matcher figure = Pattern.compile("<bdi>(\\d+)</bdi>").matcher(session.get("/home/queues/" + queue).then()
                .statusCode(200).extract().asString());
        assertThat(figure.find(), equalTo(true));
        return Long.parseLong(figure.group(1));
    }

    private static final Pattern QUEUE = Pattern.compile(
            "href=\"([^\"]+)\" id=\"queue-([^\"]+)\"[^>]*>\\s*<span>[^<]*</span>\\s*<span[^>]*><bdi>(\\d+|…)</bdi>");

    /** The figure a home shows for a queue. */
    static long count(String home, String queue) {
        String figure = queueMatch(home, queue).group(3);
        if (figure.equals("…")) {
            throw new AssertionError(queue + " is counted after the page loads: use countLater");
        }
        return Long.parseLong(figure);
    }

    /** Where a queue of the home leads. */
    static String href(String home, String queue) {
        return queueMatch(home, queue).group(1).replace("&amp;", "&");
    }

    private static Matcher queueMatch(String home, String queue) {
        Matcher found = QUEUE.matcher(home);
        while (found.find()) {
            if (found.group(2).equals(queue)) {
                return found;
            }
        }
        throw new AssertionError("the home shows no queue " + queue);
    }

    private static long cell(String home, String country, String stage) {
        Matcher found = Pattern.compile("id=\"stage-" + country + "-" + stage + "\"[^>]*><bdi>(\\d+)</bdi>").matcher(home);
        if (!found.find()) {
            throw new AssertionError("no cell for " + country + " at " + stage);
        }
        return Long.parseLong(found.group(1));
    }

    private static long rows(String page, String marker) {
        return page.split(Pattern.quote(marker), -1).length - 1;
    }

    @Test
    void whoMayNotSeeNationalityClaimsMayNotListPeopleByThem() {
        String officer = Given.officerFor("URY");
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/persons?attention=NATIONALITY_PENDING").then()
                .statusCode(400);
        new BrowserLikeSession(officer, Roles.REPATRIATION_OFFICER).get("/persons").then().statusCode(200)
                .body(not(containsString("value=\"NATIONALITY_PENDING\"")), containsString("value=\"NO_DATE_OF_BIRTH\""));
        TestData.asAdmin().get("/api/v1/persons?attention=NATIONALITY_PENDING").then().statusCode(200);
        // which families are split says a member out of sight is held elsewhere: a case worker's question
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/households?split=true").then().statusCode(403);
        TestData.as(officer, Roles.REPATRIATION_OFFICER).get("/api/v1/households").then().statusCode(200);
    }

    @Test
    void aCaseListFilterThatCannotBeReadIsRefusedAndPagesKeepTheFilter() {
        BrowserLikeSession desk = new BrowserLikeSession(Given.officerFor("URY"), Roles.REPATRIATION_OFFICER);
        desk.get("/cases?attention=SOMETIME").then().statusCode(400);
        desk.get("/cases?attention=NO_CONSENT").then().statusCode(200);
        assertThat(new org.homeward.repatriation.CasePages.ListQuery(null, null, null, false, "NO_CONSENT").link(2),
                containsString("attention=NO_CONSENT"));
    }

    /** The person list's total, in English's two forms. */
    private static String peopleMatch(long count) {
        return count == 1 ? "1 person matches" : count + " people match";
    }
}
