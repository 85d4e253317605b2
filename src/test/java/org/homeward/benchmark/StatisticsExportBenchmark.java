package org.homeward.benchmark;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import jakarta.inject.Inject;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.homeward.population.PopulationLoader;
import org.homeward.access.Roles;
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
 * timed from the request to the last byte, and the most heap left in use after any collection
 * during each is read from the JVM (the application runs in this JVM): exports of about 10,000
 * and about 100,000 people should hold alike if memory does not grow with the rows.
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

        // exports of the lists nearest 10,000 and 100,000 people: a nationality, or a nationality in a facility
        List<String> lists = new java.util.ArrayList<>();
        Map<String, Long> sizes = new java.util.HashMap<>();
        for (Map<String, Object> row : RestAssured.given().auth().oauth2(admin)
                .get("/api/v1/statistics/population?by=nationality").then().statusCode(200).extract()
                .<List<Map<String, Object>>>path("rows")) {
            String nationality = "nationality=" + row.get("key");
            sizes.put(nationality, ((Number) row.get("count")).longValue());
            for (Map<String, Object> facility : RestAssured.given().auth().oauth2(admin)
                    .get("/api/v1/statistics/population?by=facility&" + nationality).then().extract()
                    .<List<Map<String, Object>>>path("rows")) {
                sizes.put(nationality + "&facility=" + facility.get("key"), ((Number) facility.get("count")).longValue());
            }
        }
        for (int target : List.of(10_000, 100_000)) {
            lists.add(sizes.entrySet().stream().min(Comparator.comparingLong(size -> Math.abs(size.getValue() - target)))
                    .orElseThrow().getKey());
        }
        for (String list : lists) {
            for (String format : List.of("csv", "xlsx", "pdf")) {
                export(admin, list, format);
            }
        }
    }

    /**
     * One export, read to its last byte. Its memory is the largest heap left in use after any
     * collection during the export (the live data, not the garbage a large heap lets pile up),
     * read from the collectors' notifications.
     */
    private void export(String token, String filter, String format) throws Exception {
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long[] liveAfterCollections = { 0, 0 };
        javax.management.NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                synchronized (liveAfterCollections) {
                    liveAfterCollections[0] = Math.max(liveAfterCollections[0], after);
                    liveAfterCollections[1]++;
                }
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
        long started = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("/api/v1/exports/persons?format=" + format + "&" + filter + "&purpose=Benchmark"))
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
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).removeNotificationListener(listener);
        }
        System.out.printf("export %-4s %-32s %s %,12d bytes in %5.2f s; heap %,4d MB before, live after"
                + " collections at most %,4d MB (%d collections)%n", format, filter,
                format.equals("csv") ? String.format("%,8d rows", lines - 1) : "             ", bytes, seconds,
                before >> 20, liveAfterCollections[0] >> 20, liveAfterCollections[1]);
    }
}
