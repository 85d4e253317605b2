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
import java.util.function.Supplier;

/**
 * Requests timed on loopback with the JDK's HTTP client (RestAssured's own work would count as
 * server time), after a warm-up; percentiles printed, nothing asserted.
 */
final class Timed {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 300);
    private static final int MEASURED = Integer.getInteger("benchmark.requests", 1000);

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;

    Timed(URI base) {
        this.base = base;
    }

    HttpResponse<byte[]> get(String token, String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    void report(String what, Supplier<HttpResponse<byte[]>> request) {
        for (int i = 0; i < WARM_UP; i++) {
            check(request.get());
        }
        List<Long> micros = new ArrayList<>(MEASURED);
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            check(request.get());
            micros.add((System.nanoTime() - started) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("%-70s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms%n", what, at(micros, 0.50),
                at(micros, 0.95), at(micros, 0.99));
    }

    /** Every client reads in turn for the time given; answers every latency in microseconds, sorted. */
    static List<Long> concurrently(HttpClient client, URI base, String token, List<String> paths, int clients,
            int seconds)
            throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            results.add(pool.submit(() -> {
                List<Long> micros = new ArrayList<>();
                for (int i = first; System.nanoTime() < until; i++) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get(i % paths.size())))
                            .header("Authorization", "Bearer " + token).GET().build();
                    long started = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    check(response);
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

    /**
     * Runs the duplicate queue's pass over the whole registry and waits for it; prints how long
     * it took from start to finish and how many pairs it proposed (or why it failed).
     */
    static void duplicatePass(String adminToken) throws InterruptedException {
        long started = System.nanoTime();
        io.restassured.RestAssured.given().auth().oauth2(adminToken).contentType("application/json").body("{}")
                .post("/api/v1/duplicates/scans").then().statusCode(202);
        Object pairs = null;
        while (pairs == null) {
            Thread.sleep(1000);
            var latest = io.restassured.RestAssured.given().auth().oauth2(adminToken)
                    .get("/api/v1/duplicates/scans/latest");
            if (latest.path("finishedAt") != null) {
                pairs = latest.path("pairsFound") == null ? latest.path("failure") : latest.path("pairsFound");
            }
        }
        System.out.printf("%-70s %6.1f s, %s pairs proposed%n", "admin: duplicate pass over the whole registry",
                (System.nanoTime() - started) / 1e9, pairs);
    }

    static void check(HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("benchmark request failed: " + response.statusCode());
        }
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
    }
}
