package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every role's home (issue 18: under 300 ms at a million people), against a real PostgreSQL
 * holding a synthetic population. Not part of ./mvnw verify; run it with
 *
 * <pre>
 * ./mvnw test -Dtest=HomeBenchmark -DexcludedGroups= -Dbenchmark.people=1000000 \
 *     -Dbenchmark.warmup=5 -Dbenchmark.requests=20 -Dbenchmark.seconds=5 -Dbenchmark.rounds=3
 * </pre>
 *
 * Each home is the HTML page a browser gets, timed on loopback around the request, and each part a
 * home fetches once loaded; then the case worker's home under 2, 8 and 32 concurrent
 * clients. Figures are printed; nothing is asserted.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class HomeBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyRolesHome() throws Exception {
        BenchmarkPopulation.load(dataSource, LocalDate.now(ZoneOffset.UTC));
        long held = TestData.asAdmin().get("/api/v1/persons?facility=ROJ&size=1").then().extract()
                .<Integer>path("total");
        long inHol = TestData.asAdmin().get("/api/v1/persons?facility=HOL&size=1").then().extract()
                .<Integer>path("total");
        System.out.printf("ROJ holds %,d people; HOL with its sections %,d%n", held, inHol);

        TestData.scope("bench-roj", List.of("ROJ"), List.of());
        TestData.scope("bench-hol", List.of("HOL"), List.of());
        TestData.scope("bench-officer", List.of(), List.of("IRQ", "FRA"));
        Timed timed = new Timed(base);
        String roj = Tokens.of("bench-roj", Roles.CASEWORKER);
        String hol = Tokens.of("bench-hol", Roles.CASEWORKER);
        String officer = Tokens.of("bench-officer", Roles.REPATRIATION_OFFICER);
        String admin = Tokens.of("bench-admin", Roles.ADMIN);
        String auditor = Tokens.of("bench-auditor", Roles.AUDITOR);
        String analyst = Tokens.of("bench-analyst", Roles.ANALYST);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        int seconds = Integer.getInteger("benchmark.seconds", 10);
        // one load takes ten minutes, so the rounds that give a median and a spread share it
        int rounds = Integer.getInteger("benchmark.rounds", 1);
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("-- round %d of %d%n", round, rounds);
            timed.report("case worker (ROJ): home", () -> timed.get(roj, "/"));
            for (String later : List.of("children-without-carer", "NO_NATIONALITY", "split-households")) {
                timed.report("case worker (ROJ): count fetched after loading, " + later,
                        () -> timed.get(roj, "/home/queues/" + later));
            }
            timed.report("case worker (HOL and its sections): home", () -> timed.get(hol, "/"));
            timed.report("officer (IRQ, FRA): home", () -> timed.get(officer, "/"));
            timed.report("officer (IRQ, FRA): count fetched after loading, nationals-without-case",
                    () -> timed.get(officer, "/home/queues/nationals-without-case"));
            timed.report("admin: home", () -> timed.get(admin, "/"));
            timed.report("admin: count fetched after loading, nearly-full",
                    () -> timed.get(admin, "/home/queues/nearly-full"));
            timed.report("auditor: home", () -> timed.get(auditor, "/"));
            timed.report("analyst: home", () -> timed.get(analyst, "/"));
            timed.report("analyst: headline fetched after loading", () -> timed.get(analyst, "/home/headline"));
            for (int clients : new int[] { 2, 8, 32 }) {
                List<Long> micros = Timed.concurrently(client, base, roj, List.of(""), clients, seconds);
                System.out.printf("case worker (ROJ) home, %2d clients: %6.1f requests/s   p50 %6.1f ms   p95 %6.1f ms%n",
                        clients, micros.size() / (double) seconds, Timed.at(micros, 0.50), Timed.at(micros, 0.95));
            }
        }
    }
}
