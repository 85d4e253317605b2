package org.homeward.movements;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.statistics.CounterCompaction;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class TransferTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CounterCompaction counterCompaction;

    @Test
    void aBulkTransferMovesEveryoneOrNobody() {
        String from = TestData.uniqueCode("BULKFROM");
        String fromId = TestData.facility(from, "CAMP", null);
        String to = TestData.uniqueCode("BULKTO");
        String toId = TestData.facility(to, "REHABILITATION_CENTRE", null);
        String first = TestData.person(from, "M", "SYR", "2009-01-01");
        String second = TestData.person(from, "M", "SYR", "2009-06-01");
        String released = TestData.person(from, "M", "SYR", "2009-03-01");
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "RELEASE", "date", LocalDate.now().toString()))
                .post("/api/v1/persons/" + released + "/movements").then().statusCode(201);

        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(first, second, released), "toFacilityCode", to,
                        "date", LocalDate.now().toString()))
                .post("/api/v1/transfers").then().statusCode(422)
                .body("errors[0].field", equalTo("personIds"),
                        "errors[0].message", containsString("not held in any facility"));
        TestData.asAdmin().get("/api/v1/facilities/" + fromId).then().body("occupancy", equalTo(2));
        TestData.asAdmin().get("/api/v1/facilities/" + toId).then().body("occupancy", equalTo(0));

        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(first, second), "toFacilityCode", to,
                        "date", LocalDate.now().toString(), "note", "Turning 18"))
                .post("/api/v1/transfers").then().statusCode(200).body("transferred", equalTo(2));
        TestData.asAdmin().get("/api/v1/facilities/" + fromId).then().body("occupancy", equalTo(0));
        TestData.asAdmin().get("/api/v1/facilities/" + toId).then().body("occupancy", equalTo(2));
        TestData.asAdmin().get("/api/v1/persons/" + first).then()
                .body("status", equalTo("IN_CUSTODY"), "currentFacility.code", equalTo(to));
    }

    /**
     * Someone else's change holding the population counters of these people (the totals by
     * nationality and by placement, as the compactor does while it folds): the transfer waits for
     * none of them, since it only appends to the counters (V30, V32). Held in place, they made
     * every change of an Iraqi in Al-Hol wait for the one before it, and two bulk transfers of
     * several nationalities deadlock.
     */
    @Test
    void aTransferWaitsForNoOneHoldingThePopulationCounters() throws Exception {
        String from = TestData.uniqueCode("HELDFROM");
        String fromId = TestData.facility(from, "CAMP", null);
        String to = TestData.uniqueCode("HELDTO");
        TestData.facility(to, "CAMP", null);
        String tuvaluan = TestData.person(from, "F", "TUV", "1990-01-01");
        String nauruan = TestData.person(from, "F", "NRU", "1990-01-01");
        counterCompaction.compact();

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                assertEquals(2, rows(statement, "select 1 from nationality_placement_count where country in ('TUV', 'NRU')"
                        + " and facility_key = '" + fromId + "' for update"));
                assertEquals(2, rows(statement, "select 1 from nationality_grid_count where country in ('TUV', 'NRU')"
                        + " and facility_id = '" + fromId + "' for update"));
                assertEquals(1, rows(statement, "select 1 from person_placement_count where facility_id = '" + fromId
                        + "' for update"));
            }
            CompletableFuture<io.restassured.response.Response> sent = CompletableFuture.supplyAsync(() -> TestData
                    .asAdmin().contentType(ContentType.JSON).body(Map.of("personIds", List.of(tuvaluan, nauruan),
                            "toFacilityCode", to, "date", LocalDate.now().toString()))
                    .post("/api/v1/transfers"));
            // answered while the counters are still held (a transfer waiting for them would never be)
            sent.get(30, TimeUnit.SECONDS).then().statusCode(200).body("transferred", equalTo(2));
            other.rollback();
        }
        TestData.asAdmin().get("/api/v1/facilities/" + fromId).then().body("occupancy", equalTo(0));
        // counted where they are now, from the deltas and once they are folded
        TestData.asAdmin().get("/api/v1/persons?nationality=TUV&facility=" + to).then().body("total", equalTo(1));
        TestData.asAdmin().get("/api/v1/persons?nationality=NRU&facility=" + from).then().body("total", equalTo(0));
        counterCompaction.compact();
        TestData.asAdmin().get("/api/v1/persons?nationality=TUV&facility=" + to).then().body("total", equalTo(1));
        TestData.asAdmin().get("/api/v1/persons?nationality=NRU&facility=" + from).then().body("total", equalTo(0));
    }

    /**
     * Two changes crossing on the same people: this bulk transfer has moved the Tuvaluan and waits
     * for the Nauruan, whom another transaction holds while it waits for the Tuvaluan. PostgreSQL
     * ends the transfer; the user is told to send it again, not shown an error page, and nothing
     * of it was saved. Sent again, it goes through.
     */
    @Test
    void aTransferCaughtInADeadlockIsRefusedWholeAndGoesThroughWhenSentAgain() throws Exception {
        String from = TestData.uniqueCode("LOCKFROM");
        String fromId = TestData.facility(from, "CAMP", null);
        String to = TestData.uniqueCode("LOCKTO");
        TestData.facility(to, "CAMP", null);
        String tuvaluan = TestData.person(from, "F", "TUV", "1990-01-01");
        String nauruan = TestData.person(from, "F", "NRU", "1990-01-01");
        Map<String, Object> transfer = Map.of("personIds", List.of(tuvaluan, nauruan), "toFacilityCode", to,
                "date", LocalDate.now().toString());

        try (Connection other = dataSource.getConnection(); Connection watcher = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // the transfer's own check for a deadlock comes first (a second), so it is the one ended
                statement.execute("set local deadlock_timeout = '30s'");
                statement.execute("select 1 from person where id = '" + nauruan + "' for update");
            }
            CompletableFuture<io.restassured.response.Response> sent = CompletableFuture.supplyAsync(() -> TestData
                    .asAdmin().contentType(ContentType.JSON).body(transfer).post("/api/v1/transfers"));
            awaitAWaitingLock(watcher);
            try (Statement statement = other.createStatement()) {
                statement.execute("select 1 from person where id = '" + tuvaluan + "' for update");
            }
            sent.get(30, TimeUnit.SECONDS).then().statusCode(409)
                    .body("detail", containsString("Nothing was saved"));
            other.rollback();
        }
        TestData.asAdmin().get("/api/v1/persons/" + tuvaluan).then().body("currentFacility.code", equalTo(from));
        TestData.asAdmin().get("/api/v1/facilities/" + fromId).then().body("occupancy", equalTo(2));

        TestData.asAdmin().contentType(ContentType.JSON).body(transfer).post("/api/v1/transfers").then()
                .statusCode(200).body("transferred", equalTo(2));
    }

    private static int rows(Statement statement, String sql) throws Exception {
        int rows = 0;
        try (ResultSet found = statement.executeQuery(sql)) {
            while (found.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** Until some transaction waits for a row another holds. */
    private static void awaitAWaitingLock(Connection watcher) throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Statement statement = watcher.createStatement();
                    ResultSet waiting = statement.executeQuery("select count(*) from pg_locks where not granted")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the transfer never waited for the person another transaction holds");
    }

    @Test
    void theTransferPageMovesTheChosenPeople() {
        String from = TestData.uniqueCode("PGFROM");
        String fromId = TestData.facility(from, "CAMP", null);
        String to = TestData.uniqueCode("PGTO");
        TestData.facility(to, "CAMP", null);
        String person = TestData.person(from, "F", "TUN", null);
        String worker = "cw-" + from.toLowerCase();
        TestData.scope(worker, List.of(from), List.of());
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);

        session.get("/facilities/" + fromId + "/transfer").then().statusCode(200).body(containsString(person));
        session.post("/facilities/" + fromId + "/transfer", Map.of("personIds", person, "toFacilityCode", to,
                "date", LocalDate.now().toString())).then().statusCode(303)
                .header("Location", containsString("flash=transferred"));
        TestData.asAdmin().get("/api/v1/persons/" + person).then().body("currentFacility.code", equalTo(to));
    }
}
