package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Audited reads under concurrent users: every request reads a person (one audit event each), from
 * 1, 8 and 32 clients at once for a fixed time; prints requests per second and latency percentiles.
 * With the audit trail appended under one lock held to commit, throughput stopped growing with
 * clients; appended without one it should grow until the cores are busy. Nothing is asserted.
 *
 * <pre>
 * ./mvnw test -Dtest=AuditedReadBenchmark -DexcludedGroups= -Dbenchmark.seconds=15
 * </pre>
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class AuditedReadBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);

    @TestHTTPResource("/")
    URI base;

    @Test
    void audited_person_reads_from_many_clients_at_once() throws Exception {
        String camp = TestData.uniqueCode("BENCH-AUDIT");
        TestData.facility(camp, "CAMP", null);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(TestData.person(camp, "F", "FRA", null));
        }
        TestData.scope("bench-worker", List.of(camp), List.of());
        String token = Tokens.of("bench-worker", Roles.CASEWORKER);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        run(client, token, people, 8, 5, false);
        for (int clients : new int[] { 1, 8, 32 }) {
            run(client, token, people, clients, SECONDS, true);
        }
    }

    private void run(HttpClient client, String token, List<String> people, int clients, int seconds, boolean print)
            throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            results.add(pool.submit(() -> {
                List<Long> micros = new ArrayList<>();
                for (int i = first; System.nanoTime() < until; i++) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("api/v1/persons/" + people.get(i % people.size())))
                            .header("Authorization", "Bearer " + token).GET().build();
                    long started = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    Timed.check(response);
                    micros.add((System.nanoTime() - started) / 1000);
                }
                return micros;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        if (print) {
            Collections.sort(all);
            System.out.printf("audited person read, %2d clients: %7.1f requests/s   p50 %6.1f ms   p95 %6.1f ms%n",
                    clients, all.size() / (double) seconds, at(all, 0.50), at(all, 0.95));
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
    }
}
