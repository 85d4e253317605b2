package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.homeward.population.GeneratedPerson;
import org.homeward.population.PopulationGenerator;
import org.homeward.population.PopulationLoader;
import org.homeward.security.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The speed targets of the person registry, measured against a real PostgreSQL holding a
 * synthetic population. Not part of ./mvnw verify (it loads a million people); run it with
 *
 * <pre>
 * ./mvnw test -Dtest=PersonListBenchmark -DexcludedGroups= -Dbenchmark.people=1000000 \
 *     -Dbenchmark.warmup=50 -Dbenchmark.requests=300
 * </pre>
 *
 * Times are taken on loopback around each request, after a warm-up: they include the audit
 * event every read writes. Figures are printed; no timing is asserted.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class PersonListBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 300);
    private static final int MEASURED = Integer.getInteger("benchmark.requests", 1000);

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void personListAndPersonPage() throws Exception {
        int people = Integer.getInteger("benchmark.people", 100_000);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PopulationLoader.Loaded loaded;
        try (Connection connection = dataSource.getConnection()) {
            loaded = PopulationLoader.load(connection, people, 42, today);
        }
        System.out.printf("%nLoaded %,d people in %.1f s%n", loaded.people(), loaded.millis() / 1000.0);

        List<GeneratedPerson> sample = new PopulationGenerator(42, today).generate(2000);
        String officer = "bench-officer";
        TestData.scope(officer, List.of(), List.of("IRQ", "FRA"));

        // One token per caller, as a real client holds one; only the request itself is timed, with
        // the JDK's HTTP client (RestAssured's own work would be counted as server time otherwise).
        String admin = Tokens.of("bench-admin", Roles.ADMIN);
        String officerToken = Tokens.of(officer, Roles.REPATRIATION_OFFICER);
        report("admin: list, nationality=IRQ & facility=HOL, 50 rows",
                () -> get(admin, "/api/v1/persons?nationality=IRQ&facility=HOL&size=50"));
        report("admin: list, nationality=FRA & facility=HOL-ANNEX, 50 rows",
                () -> get(admin, "/api/v1/persons?nationality=FRA&facility=HOL-ANNEX&size=50"));
        report("officer (IRQ, FRA): list, nationality=FRA & facility=HOL, 50 rows",
                () -> get(officerToken, "/api/v1/persons?nationality=FRA&facility=HOL&size=50"));
        report("officer (IRQ, FRA): list, facility=HOL, 50 rows",
                () -> get(officerToken, "/api/v1/persons?facility=HOL&size=50"));
        report("admin: name search \"محمد عبد الله\", 50 rows", () -> get(admin,
                "/api/v1/persons?size=50&q=" + java.net.URLEncoder.encode("محمد عبد الله",
                        java.nio.charset.StandardCharsets.UTF_8)));
        report("admin: name search \"Khadija Haddad\", 50 rows",
                () -> get(admin, "/api/v1/persons?size=50&q=Khadija%20Haddad"));
        report("admin: duplicate check of a registration", () -> get(admin,
                "/api/v1/persons/duplicates?givenName=Mohamed&familyName=Abdallah&sex=M&dateOfBirth=1990-01-01"
                        + "&dateOfBirthPrecision=YEAR&nationality=IRQ"));
        int[] next = { 0 };
        report("admin: person, API",
                () -> get(admin, "/api/v1/persons/" + sample.get(next[0]++ % sample.size()).id()));
        report("admin: person page, HTML with movements and family",
                () -> get(admin, "/persons/" + sample.get(next[0]++ % sample.size()).id()));

        // the duplicate queue's pass over the whole registry, timed from start to finish
        long started = System.nanoTime();
        RestAssured.given().auth().oauth2(admin).contentType("application/json").body("{}")
                .post("/api/v1/duplicates/scans").then().statusCode(202);
        Object pairs = null;
        while (pairs == null) {
            Thread.sleep(1000);
            var latest = RestAssured.given().auth().oauth2(admin).get("/api/v1/duplicates/scans/latest");
            if (latest.path("finishedAt") != null) {
                pairs = latest.path("pairsFound") == null ? latest.path("failure") : latest.path("pairsFound");
            }
        }
        System.out.printf("%-70s %6.1f s, %s pairs%n", "admin: duplicate pass over the whole registry",
                (System.nanoTime() - started) / 1e9, pairs);
    }

    private HttpResponse<byte[]> get(String token, String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, Supplier<HttpResponse<byte[]>> request) {
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

    private static void check(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("benchmark request failed: " + response.statusCode());
        }
    }
    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1000.0;
    }
}
