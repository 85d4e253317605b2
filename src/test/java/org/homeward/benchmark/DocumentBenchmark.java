package org.homeward.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What files cost the pages (issue 20): a person's page with and without a photo, a thumbnail alone
 * and under 32 clients, the person list once 100,000 files are kept, and what one 10 MB upload
 * allocates on the server. Prints figures, asserts nothing:
 *
 * <pre>
 * ./mvnw test -Dtest=DocumentBenchmark -DexcludedGroups= -Dbenchmark.requests=500 -Dbenchmark.seconds=10
 * </pre>
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@TestProfile(DeploymentLimits.class)
@Tag("benchmark")
class DocumentBenchmark {

    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 10);
    private static final int FILES = Integer.getInteger("benchmark.files", 100_000);

    @TestHTTPResource("/")
    URI base;

    @Test
    void filesCostThePagesLittle() throws Exception {
        Given.Camp camp = Given.campWithWorker("BENCHDOC");
        String token = Tokens.of(camp.worker(), Roles.CASEWORKER);
        String withPhoto = TestData.person(camp.code(), "F", "FRA", null);
        String without = TestData.person(camp.code(), "F", "FRA", null);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1600, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpeg", jpeg);
        String photo = TestData.as(camp.worker(), Roles.CASEWORKER).multiPart("file", "photo.jpg", jpeg.toByteArray(),
                "image/jpeg").multiPart("kind", "PHOTO").post("/api/v1/persons/" + withPhoto + "/documents").then()
                .statusCode(201).extract().path("id");

        Timed timed = new Timed(base);
        // measured in turn, twice, so that the JIT's warming up does not favour the later one
        for (int round = 1; round <= 2; round++) {
            timed.report("person page, no photo (round " + round + ")", () -> timed.get(token, "/persons/" + without));
            timed.report("person page, with its photo (round " + round + ")", () -> timed.get(token,
                    "/persons/" + withPhoto));
        }
        timed.report("thumbnail (audited)", () -> timed.get(token, "/api/v1/documents/" + photo + "/thumbnail"));
        for (int clients : new int[] { 2, 32 }) {
            List<Long> micros = Timed.concurrently(HttpClient.newHttpClient(), base, token,
                    List.of("/api/v1/documents/" + photo + "/thumbnail"), clients, SECONDS);
            System.out.printf("%-70s p50 %6.1f ms   p95 %6.1f ms   %6.0f req/s%n", "thumbnail, " + clients + " clients",
                    Timed.at(micros, 0.50), Timed.at(micros, 0.95), micros.size() / (double) SECONDS);
        }

        timed.report("person list of the camp, before the files", () -> timed.get(token, "/persons?facility=" + camp.code()));
        BenchmarkFiles.add(FILES, withPhoto);
        timed.report("person list of the camp, " + FILES + " more files", () -> timed.get(token,
                "/persons?facility=" + camp.code()));

        byte[] scan = BenchmarkFiles.scanOf(10 * 1024 * 1024);
        for (int upload = 1; upload <= 3; upload++) {
            java.util.Map<Long, Long> server = allocatedByServer();
            long client = threads().getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            TestData.as("admin-bench", Roles.ADMIN).multiPart("file", "scan.pdf", scan, "application/pdf")
                    .multiPart("kind", "BIRTH_CERTIFICATE").post("/api/v1/persons/" + without + "/documents").then()
                    .statusCode(201);
            long took = System.nanoTime() - started;
            long allocated = allocatedSince(server);
            client = threads().getCurrentThreadAllocatedBytes() - client;
            System.out.printf("%-70s %6.0f ms; server allocated %.1f MB (%.2f times the file), test client %.1f MB%n",
                    "upload " + upload + " of a " + scan.length / (1024 * 1024) + " MB scan (PDF)", took / 1e6,
                    allocated / 1e6, allocated / (double) scan.length, client / 1e6);
        }
    }

    private static com.sun.management.ThreadMXBean threads() {
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    /**
     * Bytes allocated so far by each live thread of this JVM but the test's own (the server's event
     * loops and workers; the test client sends from the test's thread), by thread id.
     */
    private static java.util.Map<Long, Long> allocatedByServer() {
        var threads = threads();
        long self = Thread.currentThread().getId();
        long[] ids = java.util.Arrays.stream(threads.getAllThreadIds()).filter(id -> id != self).toArray();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        java.util.Map<Long, Long> byThread = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] >= 0) {
                byThread.put(ids[i], bytes[i]);
            }
        }
        return byThread;
    }

    /**
     * What the server's threads allocated since {@code before}, thread by thread: a worker that
     * retired in between takes its count with it (the figure is then a floor), but no longer makes
     * the sum negative as a difference of totals did.
     */
    private static long allocatedSince(java.util.Map<Long, Long> before) {
        long sum = 0;
        for (var now : allocatedByServer().entrySet()) {
            sum += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return sum;
    }
}
