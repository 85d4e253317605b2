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

import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.Tokens;

/**
 * Reads under concurrent users, for a fixed time from 2, 8 and 32 clients at once: an audited
 * person read (one audit event each) and an unaudited facility list; prints requests per second,
 * latency percentiles and how throughput grew from 2 clients to 32. With the trail appended under
 * one lock held to commit, the audited read stopped growing with clients; appended without one it
 * should grow as the unaudited read does. Nothing is asserted.
 */
abstract class ConcurrentReads {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    private static final int[] CLIENTS = { 2, 8, 32 };

    abstract URI base();

    void measure(String where) throws Exception {
        String camp = TestData.uniqueCode("BENCH-AUDIT");
        TestData.facility(camp, "CAMP", null);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add("api/v1/persons/" + TestData.person(camp, "F", "FRA", null));
        }
        TestData.scope("bench-worker", List.of(camp), List.of());
        String token = Tokens.of("bench-worker", Roles.CASEWORKER);
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        List<String> facilities = List.of("api/v1/facilities");
        run(client, token, people, 8, 5);
        run(client, token, facilities, 8, 5);
        for (var read : List.of(new Read("audited person read", people), new Read("unaudited facility list", facilities))) {
            double[] perSecond = new double[CLIENTS.length];
            for (int c = 0; c < CLIENTS.length; c++) {
                List<Long> micros = run(client, token, read.paths(), CLIENTS[c], SECONDS);
                perSecond[c] = micros.size() / (double) SECONDS;
                System.out.printf("%s, %s, %2d clients: %7.1f requests/s   p50 %6.1f ms   p95 %6.1f ms%n", where,
                        read.what(), CLIENTS[c], perSecond[c], at(micros, 0.50), at(micros, 0.95));
            }
            System.out.printf("%s, %s: 32 clients reach %.2f× the throughput of 2%n", where, read.what(),
                    perSecond[CLIENTS.length - 1] / perSecond[0]);
        }
    }

    private record Read(String what, List<String> paths) {
    }

    /** Every client reads in turn for the time given; answers every latency in microseconds, sorted. */
    private List<Long> run(HttpClient client, String token, List<String> paths, int clients, int seconds)
            throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            results.add(pool.submit(() -> {
                List<Long> micros = new ArrayList<>();
                for (int i = first; System.nanoTime() < until; i++) {
                    HttpRequest request = HttpRequest.newBuilder(base().resolve(paths.get(i % paths.size())))
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
        Collections.sort(all);
        return all;
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
    }
}
