package org.homeward.audit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The auditor's reports: who exported what and why, merges and their undoing, account, role and
 * scope changes, and refusals, where an actor refused again and again stands out.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class AuditReportsTest {

    private static final String TODAY = LocalDate.now().toString();

    @Inject
    EntityManager em;

    @Test
    void anExportIsListedWithItsPurposeAndRows() {
        String camp = TestData.uniqueCode("REPEXP");
        TestData.facility(camp, "CAMP", null);
        TestData.person(camp, "F", "FRA", "2015-01-01");
        TestData.person(camp, "M", "FRA", "2016-01-01");
        String purpose = "Tracing request " + camp;
        TestData.asAdmin().get("/api/v1/exports/persons?format=csv&facility=" + camp + "&purpose=" + purpose)
                .then().statusCode(200);

        new BrowserLikeSession("rep-auditor", Roles.AUDITOR).get("/audit/reports/exports?from=" + TODAY).then()
                .statusCode(200).body(containsString("id=\"exports\""),
                        matchesPatternIn("<td class=\"export-purpose\"><bdi>" + purpose
                                + "</bdi></td>\\s*<td class=\"text-end\"><bdi dir=\"ltr\">2</bdi></td>\\s*<td>completed"));
    }

    @Test
    void aMergeAndItsUndoingAreListedWithBothNumbersAndTheReason() {
        String camp = TestData.uniqueCode("REPMRG");
        TestData.facility(camp, "CAMP", null);
        String kept = TestData.person(camp, "F", "IRQ", "1990-01-01");
        String other = TestData.person(camp, "F", "IRQ", "1990-01-01");
        String keptNumber = TestData.asAdmin().get("/api/v1/persons/" + kept).then().extract().path("registrationNumber");
        String otherNumber = TestData.asAdmin().get("/api/v1/persons/" + other).then().extract().path("registrationNumber");
        String mergeId = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("survivorId", kept, "mergedId", other, "survivorVersion", TestData.version(kept),
                        "mergedVersion", TestData.version(other), "fromMerged", List.of()))
                .post("/api/v1/merges").then().statusCode(201).extract().path("id");
        String reason = "Two sisters " + camp;
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/merges/" + mergeId + "/unmerge").then().statusCode(200);

        String page = new BrowserLikeSession("rep-auditor", Roles.AUDITOR).get("/audit/reports/merges").then()
                .statusCode(200).extract().asString();
        String undone = row(page, reason);
        assertContains(undone, "merge undone", keptNumber, otherNumber);
        assertContains(row(page, "merged</td>", keptNumber), otherNumber);
    }

    @Test
    void aScopeChangeIsListedWithWhatWentFromWhatToWhat() {
        String camp = TestData.uniqueCode("REPSCO");
        TestData.facility(camp, "CAMP", null);
        String worker = "rep-worker-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of("FRA"));

        String page = new BrowserLikeSession("rep-auditor", Roles.AUDITOR).get("/audit/reports/access").then()
                .statusCode(200).extract().asString();
        String changed = row(page, worker);
        assertContains(changed, "scope", "facilities", camp, "nationalities", "FRA");
    }

    @Test
    void anActorRefusedAgainAndAgainStandsOut() {
        String camp = TestData.uniqueCode("REPREF");
        TestData.facility(camp, "CAMP", null);
        String elsewhere = TestData.uniqueCode("REPREFX");
        TestData.facility(elsewhere, "CAMP", null);
        String prober = "rep-prober-" + camp.toLowerCase();
        String once = "rep-once-" + camp.toLowerCase();
        TestData.scope(prober, List.of(camp), List.of());
        TestData.scope(once, List.of(camp), List.of());
        for (int i = 0; i < AuditReports.REPEATED_REFUSALS; i++) {
            String hidden = TestData.person(elsewhere, "F", "IRQ", null);
            TestData.as(prober, Roles.CASEWORKER).get("/api/v1/persons/" + hidden).then().statusCode(404);
        }
        TestData.as(once, Roles.CASEWORKER).get("/api/v1/persons/" + TestData.person(elsewhere, "M", "IRQ", null))
                .then().statusCode(404);

        var auditor = new BrowserLikeSession("rep-auditor", Roles.AUDITOR);
        String page = auditor.get("/audit/reports/refusals?from=" + TODAY + "&to=" + TODAY).then().statusCode(200)
                .extract().asString();
        assertContains(row(page, prober), "repeated-badge", ">" + AuditReports.REPEATED_REFUSALS + "<");
        String single = row(page, once);
        assertEquals(false, single.contains("repeated-badge"), single);
        // the period is a filter: nothing was refused yesterday
        auditor.get("/audit/reports/refusals?to=" + LocalDate.now().minusDays(1)).then().statusCode(200)
                .body(not(containsString(prober)));
    }

    @Test
    void reportsAreForAuditorsAndAdminsOnlyTheirDatesAreCheckedAndReadingThemIsAudited() {
        for (String report : List.of("exports", "merges", "access", "refusals")) {
            new BrowserLikeSession("rep-worker", Roles.CASEWORKER).get("/audit/reports/" + report).then().statusCode(403);
            new BrowserLikeSession("rep-analyst", Roles.ANALYST).get("/audit/reports/" + report).then().statusCode(403);
            new BrowserLikeSession("rep-admin", Roles.ADMIN).get("/audit/reports/" + report).then().statusCode(200);
            new BrowserLikeSession("rep-checker", Roles.AUDITOR).get("/audit/reports/" + report + "?from=31-12-2026")
                    .then().statusCode(400).body(allOf(containsString("id=\"from-error\""), containsString("is-invalid")));
        }
        String auditor = "rep-audited-" + TestData.uniqueCode("A").toLowerCase();
        new BrowserLikeSession(auditor, Roles.AUDITOR).get("/audit/reports/refusals").then().statusCode(200);
        long audited = ((Number) em.createNativeQuery("select count(*) from audit_event where actor = ?1"
                + " and action = 'SEARCH' and entity_type = 'AUDIT' and details like '%refusals%'")
                .setParameter(1, auditor).getSingleResult()).longValue();
        assertEquals(1, audited);
    }

    /** The table row of a page that holds every one of these texts. */
    private static String row(String page, String... texts) {
        for (String row : page.split("<tr")) {
            if (List.of(texts).stream().allMatch(row::contains)) {
                return row;
            }
        }
        throw new AssertionError("no row holds " + List.of(texts) + " in\n" + page);
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            if (!text.contains(part)) {
                throw new AssertionError("'" + part + "' is not in " + text);
            }
        }
    }

    private static org.hamcrest.Matcher<String> matchesPatternIn(String regex) {
        return matchesPattern("(?s).*" + regex + ".*");
    }
}
