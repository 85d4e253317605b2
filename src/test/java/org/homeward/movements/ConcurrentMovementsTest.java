package org.homeward.movements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Many people moved at the same moment, between two camps in both directions, each by a request of
 * its own (as 32 case workers would): every movement is recorded (201) — none refused for a lock the
 * registry's counters take (placement counters updated in place deadlocked under the load test; they
 * are appended as deltas since, ADR 006) — and the lists' totals, read from those counters, are exact.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class ConcurrentMovementsTest {

    @Test
    void thirtyTwoMovementsAtOnceInBothDirectionsAreAllRecorded() throws Exception {
        String east = TestData.uniqueCode("CONC-E");
        String west = TestData.uniqueCode("CONC-W");
        TestData.facility(east, "CAMP", null);
        TestData.facility(west, "CAMP", null);
        List<String[]> moves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            moves.add(new String[] { TestData.person(east, i % 2 == 0 ? "F" : "M", "SYR", null), west });
            moves.add(new String[] { TestData.person(west, i % 2 == 0 ? "M" : "F", "SYR", null), east });
        }
        ExecutorService clients = Executors.newFixedThreadPool(moves.size());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (String[] move : moves) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return TestData.asAdmin().contentType(ContentType.JSON)
                        .body(Map.of("type", "TRANSFER", "toFacilityCode", move[1], "date", LocalDate.now().toString()))
                        .post("/api/v1/persons/" + move[0] + "/movements").statusCode();
            }, clients));
        }
        go.countDown();
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
        clients.shutdown();
        assertEquals(Collections.nCopies(moves.size(), 201), statuses);
        TestData.asAdmin().get("/api/v1/persons?facility=" + east + "&sex=F").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(8));
        TestData.asAdmin().get("/api/v1/persons?facility=" + west + "&sex=F").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(8));
    }
}
