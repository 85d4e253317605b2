package org.homeward.statistics;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.population.PopulationLoader;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Statistics narrowed to a nationality are summed from counters the database keeps (V16, kept
 * as deltas folded by the compactor since V32), as the lists' totals are (V7, V30): they
 * must answer what counting the people themselves answers, on the day an age boundary falls and
 * after every kind of change a registry sees.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class StatisticsCountersTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CounterCompaction counterCompaction;

    /**
     * Liechtensteiners born on either side of each age boundary, to the day: the counters know
     * only their month of birth, the boundary months are read from the people. The figures must
     * be those counted from the people (the same camp, not narrowed to the nationality).
     */
    @Test
    void aNationalitysAgeBandsAreExactOnEitherSideOfEachBoundary() {
        String camp = TestData.uniqueCode("STATC");
        String other = TestData.uniqueCode("STATD");
        TestData.facility(camp, "CAMP", null);
        TestData.facility(other, "CAMP", null);
        for (int years : List.of(5, 12, 18)) {
            LocalDate boundary = TODAY.minusYears(years);
            TestData.person(camp, "F", "LIE", boundary.minusDays(1).toString());
            TestData.person(camp, "F", "LIE", boundary.toString());
            TestData.person(camp, "M", "LIE", boundary.plusDays(1).toString());
        }
        TestData.person(camp, "M", "LIE", null);
        String moved = TestData.person(camp, "F", "LIE", "1970-06-15");
        TestData.transfer(moved, other);

        String narrowed = "/api/v1/statistics/population?by=sexAgeBand&nationality=LIE&facility=" + camp;
        Map<String, Integer> expected = new HashMap<>(Map.of(
                // born the day after the boundary is still under the age; born on it, of it
                "F|UNDER_5", 0, "F|AGE_5_11", 2, "F|AGE_12_17", 2, "F|ADULT", 2, "F|UNKNOWN", 0,
                "M|UNDER_5", 1, "M|AGE_5_11", 1, "M|AGE_12_17", 1, "M|ADULT", 0, "M|UNKNOWN", 1));
        assertEquals(expected, AdminFigures.at(narrowed));
        assertEquals(AdminFigures.at("/api/v1/statistics/population?by=sexAgeBand&facility=" + camp), AdminFigures.at(narrowed));
        TestData.asAdmin().get("/api/v1/statistics/population?by=facility&nationality=LIE&facility=" + other).then()
                .body("rows.find { it.key == '" + other + "' }.count", equalTo(1));

        // movements of the nationality, from its counters, are those of the camp it alone was in
        assertEquals(AdminFigures.at("/api/v1/statistics/movements?facility=" + camp),
                AdminFigures.at("/api/v1/statistics/movements?nationality=LIE&facility=" + camp));
        String month = TODAY.toString().substring(0, 7);
        assertEquals(1, AdminFigures.at("/api/v1/statistics/movements?nationality=LIE&facility=" + other).get(month + "|TRANSFER"));
        // and everyone's movements, from theirs: eleven admitted to the camp (TestData: 30 days ago), one moved out of it
        Map<String, Integer> camps = AdminFigures.at("/api/v1/statistics/movements?facility=" + camp);
        assertEquals(11, camps.get(TODAY.minusDays(30).toString().substring(0, 7) + "|ADMISSION"));
        assertEquals(1, camps.get(month + "|TRANSFER"));
        // a period ending the day before the transfer does not hold it; one starting on its day does
        assertEquals(null, AdminFigures.at("/api/v1/statistics/movements?facility=" + other + "&to=" + TODAY.minusDays(1)
                + "&from=" + TODAY.minusDays(40)).get(month + "|TRANSFER"));
        assertEquals(1, AdminFigures.at("/api/v1/statistics/movements?facility=" + other + "&from=" + TODAY + "&to=" + TODAY)
                .get(month + "|TRANSFER"));
    }

    /**
     * People registered, moved, corrected, given and stripped of a nationality, merged and
     * unmerged, and a generated population copied in: afterwards every counter of the registry
     * equals the count of the rows it stands for.
     */
    @Test
    void theCountersEqualARecountAfterEveryKindOfChange() throws Exception {
        String camp = TestData.uniqueCode("STATE");
        String annex = TestData.uniqueCode("STATF");
        TestData.facility(camp, "CAMP", null);
        TestData.facility(annex, "CAMP", null);
        String first = TestData.person(camp, "F", "MLT", "1991-02-03");
        String second = TestData.person(annex, "F", "MLT", "1991-02-03");
        TestData.transfer(first, annex);
        // another birth date, another sex, a second nationality; then the first one taken away
        update(second, "M", "2015-07-08", List.of("MLT", "CYP"));
        update(second, "M", "2015-07-08", List.of("CYP"));

        String mergeId = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("survivorId", first, "mergedId", second, "survivorVersion", TestData.version(first),
                        "mergedVersion", TestData.version(second), "fromMerged", List.of()))
                .post("/api/v1/merges").then().statusCode(201).extract().path("id");
        assertCountersEqualARecount();
        // the deltas folded into their totals count the same, and no total is left at zero (a key
        // nobody is counted under keeps nothing, not even that someone once was)
        counterCompaction.compact();
        assertCountersEqualARecount();
        assertEquals(0L, count("""
                select (select count(*) from nationality_placement_delta) + (select count(*) from nationality_grid_delta)
                     + (select count(*) from nationality_movement_delta)
                     + (select count(*) from nationality_placement_count where people = 0)
                     + (select count(*) from nationality_grid_count where people = 0)
                     + (select count(*) from nationality_movement_count where movements = 0)"""));
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Two people after all"))
                .post("/api/v1/merges/" + mergeId + "/unmerge").then().statusCode(200);
        try (Connection connection = dataSource.getConnection()) {
            PopulationLoader.load(connection, 300, 77, LocalDate.now(ZoneOffset.UTC));
        }
        assertCountersEqualARecount();
    }

    private void assertCountersEqualARecount() {
        // the list's totals (V30): people placed, by facility, status, sex and category
        assertEquals(List.of(), differences("""
                select facility_id, status, sex, category, sum(people) from (
                    select facility_id, status, sex, category, people from person_placement_count
                    union all
                    select facility_id, status, sex, category, delta from person_placement_delta) c
                 group by 1, 2, 3, 4 having sum(people) <> 0
                """, """
                select current_facility_id, status, sex, category, count(*) from person
                 where current_facility_id is not null group by 1, 2, 3, 4
                """));
        // the statistics' population grid and movements by day (V31)
        assertEquals(List.of(), differences("""
                select facility_id, sex, birth_month, sum(people) from (
                    select facility_id, sex, birth_month, people from person_grid_count
                    union all
                    select facility_id, sex, birth_month, delta from person_grid_delta) c
                 group by 1, 2, 3 having sum(people) <> 0
                """, """
                select current_facility_id, sex, date_trunc('month', date_of_birth)::date, count(*)
                  from person where current_facility_id is not null and merged_into is null group by 1, 2, 3
                """));
        assertEquals(List.of(), differences("""
                select date, type, from_key, to_key, sum(movements) from (
                    select date, type, from_key, to_key, movements from movement_day_count
                    union all
                    select date, type, from_key, to_key, delta from movement_day_delta) c
                 group by 1, 2, 3, 4 having sum(movements) <> 0
                """, """
                select date, type, coalesce(from_facility_id, '00000000-0000-0000-0000-000000000000'),
                       coalesce(to_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
                  from movement group by 1, 2, 3, 4
                """));
        // by nationality (V7, V16; deltas since V32)
        assertEquals(List.of(), differences("""
                select country, facility_key, sum(people) from (
                    select country, facility_key, people from nationality_placement_count
                    union all
                    select country, facility_key, delta from nationality_placement_delta) c
                 group by 1, 2 having sum(people) <> 0
                """, """
                select country, coalesce(current_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
                  from person_nationality group by 1, 2
                """));
        assertEquals(List.of(), differences("""
                select country, facility_id, sex, birth_month, sum(people) from (
                    select country, facility_id, sex, birth_month, people from nationality_grid_count
                    union all
                    select country, facility_id, sex, birth_month, delta from nationality_grid_delta) c
                 group by 1, 2, 3, 4 having sum(people) <> 0
                """, """
                select country, current_facility_id, sex, date_trunc('month', date_of_birth)::date, count(*)
                  from person_nationality where current_facility_id is not null group by 1, 2, 3, 4
                """));
        assertEquals(List.of(), differences("""
                select country, date, type, from_key, to_key, sum(movements) from (
                    select country, date, type, from_key, to_key, movements from nationality_movement_count
                    union all
                    select country, date, type, from_key, to_key, delta from nationality_movement_delta) c
                 group by 1, 2, 3, 4, 5 having sum(movements) <> 0
                """, """
                select n.country, m.date, m.type, coalesce(m.from_facility_id, '00000000-0000-0000-0000-000000000000'),
                       coalesce(m.to_facility_id, '00000000-0000-0000-0000-000000000000'), count(*)
                  from movement m join person_nationality n on n.person_id = m.person_id group by 1, 2, 3, 4, 5
                """));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The rows of either query the other does not have, as text: counters and recount side by side. */
    @SuppressWarnings("unchecked")
    private List<String> differences(String counters, String recount) {
        return em.createNativeQuery("select 'counted ' || d::text from ((" + counters + ") except all (" + recount
                + ")) d union all select 'recounted ' || r::text from ((" + recount + ") except all (" + counters
                + ")) r").getResultList();
    }

    private static void update(String id, String sex, String born, List<String> nationalities) {
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("givenName", "Amina", "familyName", "Test",
                "sex", sex, "dateOfBirth", born, "dateOfBirthPrecision", "EXACT", "category", "CAMP_RESIDENT",
                "nationalities", nationalities.stream().map(country -> Map.of("country", country, "status", "CLAIMED"))
                        .toList(),
                "version", TestData.version(id))).put("/api/v1/persons/" + id).then().statusCode(200);
    }
}
