package org.homeward.statistics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.sql.Connection;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.people.PersonStatus;
import org.homeward.population.GeneratedPerson;
import org.homeward.population.PopulationGenerator;
import org.homeward.population.PopulationLoader;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class StatisticsApiTest {

    private static final LocalDate TODAY = LocalDate.now();

    /**
     * A camp of its own with known people: 12 French women, 3 Belgian girls under five, one Dutch
     * man. Admins read them exactly; an analyst reads 10 French, "<5" Belgians and Dutch, total 15.
     */
    @Test
    void figuresOfKnownPeopleAreExactForAdminsAndProtectedForAnalysts() {
        String camp = TestData.uniqueCode("STATS");
        String annex = camp + "-B";
        String campId = TestData.facility(camp, "CAMP", null);
        TestData.facility(annex, "CAMP_SECTION", campId);
        for (int i = 0; i < 12; i++) {
            register(camp, "F", "FRA", "1990-05-01");
        }
        for (int i = 0; i < 3; i++) {
            register(annex, "F", "BEL", TODAY.minusYears(2).toString());
        }
        register(camp, "M", "NLD", null);

        TestData.asAdmin().get("/api/v1/statistics/population?by=nationality&facility=" + camp).then().statusCode(200)
                .body("by", equalTo("nationality"), "rows.find { it.key == 'FRA' }.count", equalTo(12),
                        "rows.find { it.key == 'BEL' }.count", equalTo(3), "rows.find { it.key == 'NLD' }.count",
                        equalTo(1), "total", equalTo(16), "rounded", equalTo(false));
        TestData.asAdmin().get("/api/v1/statistics/population?by=sexAgeBand&facility=" + camp).then()
                .body("rows.find { it.key == 'F|ADULT' }.count", equalTo(12),
                        "rows.find { it.key == 'F|UNDER_5' }.count", equalTo(3),
                        "rows.find { it.key == 'M|UNKNOWN' }.count", equalTo(1));
        TestData.asAdmin().get("/api/v1/statistics/population?by=facility&facility=" + camp).then()
                .body("rows.find { it.key == '" + camp + "' }.count", equalTo(13),
                        "rows.find { it.key == '" + annex + "' }.count", equalTo(3));

        String analyst = "stats-analyst";
        TestData.as(analyst, Roles.ANALYST).get("/api/v1/statistics/population?by=nationality&facility=" + camp).then()
                .statusCode(200).body("rows.find { it.key == 'FRA' }.count", equalTo(10),
                        "rows.find { it.key == 'BEL' }.count", nullValue(),
                        "rows.find { it.key == 'BEL' }.suppressed", equalTo(true),
                        "rows.find { it.key == 'NLD' }.suppressed", equalTo(true), "total", equalTo(15),
                        "rounded", equalTo(true));
        // the same people by sex: 15 women, "<5" men, total 15 — not 16, which would give the Dutch man away
        TestData.as(analyst, Roles.ANALYST).get("/api/v1/statistics/population?by=sex&facility=" + camp).then()
                .body("rows.find { it.key == 'F' }.count", equalTo(15), "rows.find { it.key == 'M' }.suppressed",
                        equalTo(true), "total", equalTo(15));
        TestData.as(analyst, Roles.ANALYST).get("/api/v1/statistics/population?by=facility&facility=" + annex).then()
                .body("rows[0].count", nullValue(), "total", nullValue());

        // analysts never reach a record
        TestData.as(analyst, Roles.ANALYST).get("/api/v1/persons?facility=" + camp).then().statusCode(403);
        TestData.as("stats-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/statistics/population?by=sex").then()
                .statusCode(403);
        TestData.as(analyst, Roles.ANALYST).get("/api/v1/statistics/population?by=name").then().statusCode(400)
                .body("errors.field", hasItem("by"));
        TestData.as(analyst, Roles.ANALYST).get("/api/v1/statistics/population?by=sex&facility=NOPE-" + camp).then()
                .statusCode(400).body("errors[0].message", containsString("NOPE-"));
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * A synthetic population from the generator with a fixed seed: what it adds to the figures is
     * exactly what the generator made — by nationality and by sex, among the people it left held.
     */
    @Test
    void aGeneratedPopulationAddsExactlyItsOwnPeopleToTheFigures() throws Exception {
        Map<String, Integer> nationalitiesBefore = counts("nationality");
        Map<String, Integer> sexesBefore = counts("sex");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            // a seed of its own: the search evaluation loads the dev demo population (seed 2026)
            PopulationLoader.load(connection, 400, 2027, today);
        }
        Map<String, Integer> expectedNationalities = new HashMap<>();
        Map<String, Integer> expectedSexes = new HashMap<>();
        for (GeneratedPerson person : new PopulationGenerator(2027, today).generate(400)) {
            if (HELD.contains(person.status())) {
                expectedNationalities.merge(person.nationality(), 1, Integer::sum);
                expectedSexes.merge(person.sex().name(), 1, Integer::sum);
            }
        }
        assertEquals(expectedNationalities, added(nationalitiesBefore, counts("nationality")));
        assertEquals(expectedSexes, added(sexesBefore, counts("sex")));
    }

    private static final java.util.Set<PersonStatus> HELD = java.util.Set.of(PersonStatus.IN_CAMP,
            PersonStatus.IN_CUSTODY, PersonStatus.HOSPITALISED);

    private static Map<String, Integer> counts(String by) {
        return AdminFigures.at("/api/v1/statistics/population?by=" + by);
    }

    private static Map<String, Integer> added(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> added = new HashMap<>();
        after.forEach((key, count) -> {
            int more = count - before.getOrDefault(key, 0);
            if (more != 0) {
                added.put(key, more);
            }
        });
        return added;
    }

    /** Narrowed to a nationality, figures are read from its counters (V16): a corrected birth date shows at once. */
    @Test
    void aNationalitysFiguresFollowAChangeOfBirthDate() {
        String camp = TestData.uniqueCode("STATB");
        TestData.facility(camp, "CAMP", null);
        String id = register(camp, "F", "LUX", "1980-01-01");
        String query = "/api/v1/statistics/population?by=sexAgeBand&nationality=LUX&facility=" + camp;
        TestData.asAdmin().get(query).then().body("rows.find { it.key == 'F|ADULT' }.count", equalTo(1));
        long version = TestData.version(id);
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("givenName", "Counted", "familyName", "Person",
                "sex", "F", "dateOfBirth", TODAY.minusYears(3).toString(), "dateOfBirthPrecision", "EXACT",
                "category", "CAMP_RESIDENT", "nationalities", List.of(Map.of("country", "LUX", "status", "CLAIMED")),
                "version", version)).put("/api/v1/persons/" + id).then().statusCode(200);
        TestData.asAdmin().get(query).then().body("rows.find { it.key == 'F|ADULT' }.count", equalTo(0),
                "rows.find { it.key == 'F|UNDER_5' }.count", equalTo(1));
    }

    @Test
    void movementsAndRepatriationsAreCountedPerMonth() {
        String camp = TestData.uniqueCode("STATM");
        String other = TestData.uniqueCode("STATN");
        TestData.facility(camp, "CAMP", null);
        TestData.facility(other, "CAMP", null);
        String month = TODAY.toString().substring(0, 7);
        for (int i = 0; i < 6; i++) {
            String person = register(camp, "F", "TUN", "1980-01-01");
            TestData.transfer(person, other);
        }
        TestData.asAdmin().get("/api/v1/statistics/movements?facility=" + other).then().statusCode(200)
                .body("rows.find { it.key == '" + month + "|TRANSFER' }.count", equalTo(6),
                        "rows.find { it.key == '" + month + "|ADMISSION' }", nullValue());
        TestData.asAdmin().get("/api/v1/statistics/movements?facility=" + camp).then()
                .body("rows.find { it.key == '" + month + "|ADMISSION' }.count", equalTo(6));
        TestData.as("stats-analyst-2", Roles.ANALYST).get("/api/v1/statistics/movements?facility=" + other).then()
                .body("rows.find { it.key == '" + month + "|TRANSFER' }.count", equalTo(5));
        TestData.asAdmin().get("/api/v1/statistics/movements?from=2026-02-01&to=2026-01-01").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void analystsCountWholeMonthsSoThatDayWindowsCannotBeDifferenced() {
        String camp = TestData.uniqueCode("STATW");
        String other = TestData.uniqueCode("STATX");
        TestData.facility(camp, "CAMP", null);
        TestData.facility(other, "CAMP", null);
        for (int i = 0; i < 6; i++) {
            TestData.transfer(register(camp, "F", "TUN", "1980-01-01"), other);
        }
        // a day of this month other than today, when the six were transferred
        java.time.LocalDate day = TODAY.plusDays(1).getMonth() == TODAY.getMonth() ? TODAY.plusDays(1) : TODAY.minusDays(1);
        String window = "/api/v1/statistics/movements?facility=" + other + "&from=" + day + "&to=" + day;
        String month = TODAY.toString().substring(0, 7);
        TestData.asAdmin().get(window).then().statusCode(200)
                .body("rows.find { it.key == '" + month + "|TRANSFER' }", nullValue());
        TestData.as("stats-analyst-3", Roles.ANALYST).get(window).then().statusCode(200)
                .body("rows.find { it.key == '" + month + "|TRANSFER' }.count", equalTo(5));
    }

    @Test
    void theStatisticsPageDrawsChartsWithTheirTablesAndNoRecord() {
        String camp = TestData.uniqueCode("STATP");
        TestData.facility(camp, "CAMP", null);
        for (int i = 0; i < 7; i++) {
            register(camp, "F", "SWE", "1985-01-01");
        }
        register(camp, "M", "NOR", "1985-01-01");
        var analyst = new org.homeward.support.BrowserLikeSession("stats-page-analyst", Roles.ANALYST);
        analyst.get("/statistics?facility=" + camp).then().statusCode(200)
                .body(containsString("<svg"), containsString("id=\"table-nationalities\""),
                        containsString("&lt;5"), not(containsString("/persons/")), not(containsString("HW-")));
        new org.homeward.support.BrowserLikeSession("stats-page-admin", Roles.ADMIN).language("ar")
                .get("/statistics?facility=" + camp).then().statusCode(200)
                .body(containsString("dir=\"rtl\""), containsString("إناث"));
    }

    @Test
    void aFilterUnderWhichNoOneIsHeldDrawsNoEmptyChartButSaysSo() {
        String camp = TestData.uniqueCode("STATE");
        TestData.facility(camp, "CAMP", null);
        String page = new org.homeward.support.BrowserLikeSession("stats-empty-admin", Roles.ADMIN)
                .get("/statistics?facility=" + camp).then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, not(containsString("<svg")));
        for (String section : List.of("section-facilities", "section-nationalities", "section-pyramid")) {
            String drawn = page.substring(page.indexOf("id=\"" + section + "\""));
            org.hamcrest.MatcherAssert.assertThat(section, drawn.substring(0, drawn.indexOf("</section>")),
                    containsString("<p>None in this period or filter.</p>"));
        }
    }

    @Test
    void everyFigureOfTheStatisticsTablesHasAColumnAndARowHeader() {
        String camp = TestData.uniqueCode("STATH");
        TestData.facility(camp, "CAMP", null);
        register(camp, "F", "DNK", "1990-01-01");
        String page = new org.homeward.support.BrowserLikeSession("stats-headers-admin", Roles.ADMIN)
                .get("/statistics").then().statusCode(200).extract().asString();
        var tables = java.util.regex.Pattern.compile("<table class=\"table table-sm\" id=\"(table-[a-z-]+)\">(.*?)</table>",
                java.util.regex.Pattern.DOTALL).matcher(page);
        int seen = 0;
        while (tables.find()) {
            String table = tables.group(2);
            seen++;
            org.hamcrest.MatcherAssert.assertThat(tables.group(1) + " names its columns", table,
                    containsString("<th scope=\"col\""));
            var rows = java.util.regex.Pattern.compile("<tbody>(.*?)</tbody>", java.util.regex.Pattern.DOTALL)
                    .matcher(table);
            org.junit.jupiter.api.Assertions.assertTrue(rows.find());
            for (String row : rows.group(1).split("<tr>")) {
                if (!row.isBlank() && row.contains("text-end")) {
                    org.hamcrest.MatcherAssert.assertThat(tables.group(1) + " names its rows", row.strip(),
                            org.hamcrest.Matchers.startsWith("<th scope=\"row\""));
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(seen >= 9, "all the page's tables were read: " + seen);
    }

    private static String register(String camp, String sex, String nationality, String born) {
        return Given.person().in(camp).admitted(TODAY.toString()).named("Counted", "Person").sex(sex)
                .nationality(nationality, "CLAIMED").born(born, "EXACT").register();
    }
}
