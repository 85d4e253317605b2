package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    static void check(HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("benchmark request failed: " + response.statusCode());
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
    }
}
