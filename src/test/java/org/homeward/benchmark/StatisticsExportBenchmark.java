package org.homeward.benchmark;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.homeward.population.PopulationLoader;
import org.homeward.security.Roles;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The speed targets of statistics and exports (issue 8). Not part of ./mvnw verify; run with
 *
 * <pre>
 * ./mvnw test -Dtest=StatisticsExportBenchmark -DexcludedGroups= -Dbenchmark.people=1000000 \
 *     -Dbenchmark.warmup=5 -Dbenchmark.requests=30
 * </pre>
 *
 * The statistics page is timed whole (HTML, every chart and table, its audit event). Exports are
 * timed from the request to the last byte, and the heap's peak during each is read from the JVM
 * (the application runs in this JVM), after a collection: exports of about 10,000 and about
 * 100,000 people should peak alike if memory does not grow with the rows.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class StatisticsExportBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @Test
    void statisticsPageAndExports() throws Exception {
        int people = Integer.getInteger("benchmark.people", 100_000);
        try (Connection connection = dataSource.getConnection()) {
            PopulationLoader.Loaded loaded = PopulationLoader.load(connection, people, 42, LocalDate.now(ZoneOffset.UTC));
            System.out.printf("%nLoaded %,d people in %.1f s%n", loaded.people(), loaded.millis() / 1000.0);
            connection.createStatement().execute("vacuum analyze");
        }
        Timed timed = new Timed(base);
        String admin = Tokens.of("bench-admin", Roles.ADMIN);
        String analyst = Tokens.of("bench-analyst", Roles.ANALYST);
        timed.report("admin: statistics page, unfiltered", () -> timed.get(admin, "/statistics"));
        timed.report("analyst: statistics page, unfiltered", () -> timed.get(analyst, "/statistics"));
        timed.report("admin: statistics page, nationality=IRQ", () -> timed.get(admin, "/statistics?nationality=IRQ"));
        timed.report("admin: statistics page, nationality=FRA", () -> timed.get(admin, "/statistics?nationality=FRA"));
        timed.report("analyst: statistics page, nationality=FRA", () -> timed.get(analyst, "/statistics?nationality=FRA"));

        // exports of the nationalities nearest 10,000 and 100,000 people
        List<Map<String, Object>> rows = RestAssured.given().auth().oauth2(admin)
                .get("/api/v1/statistics/population?by=nationality").then().statusCode(200).extract().path("rows");
        for (int target : List.of(10_000, 100_000)) {
            Map<String, Object> nearest = rows.stream().min(Comparator.comparingLong(
                    row -> Math.abs(((Number) row.get("count")).longValue() - target))).orElseThrow();
            String country = (String) nearest.get("key");
            for (String format : List.of("csv", "xlsx", "pdf")) {
                export(admin, country, format);
            }
        }
    }

    private void export(String token, String country, String format) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("/api/v1/exports/persons?format=" + format + "&nationality=" + country
                        + "&purpose=Benchmark"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        Timed.check(response);
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("export %-4s nationality=%s: %s, %,d bytes in %5.2f s; heap %,d MB before, peak %,d MB%n",
                format, country, format.equals("csv") ? String.format("%,d rows", lines - 1) : "-", bytes, seconds,
                before >> 20, peak >> 20);
    }
}
