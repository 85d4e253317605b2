package org.homeward.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.imports.Spreadsheets;
import org.homeward.population.GeneratedPerson;
import org.homeward.population.PopulationGenerator;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 21's target: 50,000 rows of people with their admission, previewed (read, checked and
 * matched against a registry of {@code benchmark.people}) and committed, each under a minute, with
 * the heap's peak stated. Not part of ./mvnw verify; run it with
 *
 * <pre>
 * ./mvnw test -Dtest=ImportBenchmark -DexcludedGroups= -Dfuzz.skip=true -Dbenchmark.people=1000000 \
 *     -Dbenchmark.rows=50000 -Dbenchmark.rounds=3
 * </pre>
 *
 * The file is a synthetic register from another seed than the registry's: the same name pools, so
 * some rows are alike registered people, as in the field. Rows with a possible duplicate are
 * decided "new person" before the commit. Figures are printed; nothing is asserted.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@io.quarkus.test.junit.TestProfile(DeploymentLimits.class)
@Tag("benchmark")
class ImportBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void fiftyThousandRowsPreviewedAndCommitted() throws Exception {
        // a preview or commit of this size answers in minutes, not in the tests' usual half minute
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 900_000)
                        .setParam("http.connection.timeout", 10_000));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BenchmarkPopulation.load(dataSource, today);
        int rows = Integer.getInteger("benchmark.rows", 50_000);
        // one load of a million people takes ten minutes: the rounds share it, each importing a
        // register of its own (another seed), so the registry grows by the rows committed before
        int rounds = Integer.getInteger("benchmark.rounds", 1);
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("-- round %d of %d%n", round, rounds);
            importOnce(today, rows, 6 + round);
        }
    }

    private static void importOnce(LocalDate today, int rows, long seed) {
        List<List<String>> register = new ArrayList<>();
        register.add(List.of("Given name", "Father's name", "Family name", "الاسم", "اسم الأب", "الكنية", "Sex",
                "Date of birth", "Nationality", "Facility", "Admission date"));
        for (GeneratedPerson p : new PopulationGenerator(seed, today).generate(rows)) {
            register.add(List.of(p.givenName(), p.fatherName() == null ? "" : p.fatherName(), p.familyName(),
                    p.givenNameAr(), p.fatherNameAr() == null ? "" : p.fatherNameAr(), p.familyNameAr(), p.sex().name(),
                    p.dateOfBirth() == null ? "" : p.dateOfBirth().toString(), p.nationality(), p.admittedTo(),
                    p.admitted().toString()));
        }
        byte[] file = Spreadsheets.csv(StandardCharsets.UTF_8, ',', register);
        System.out.printf("A register of %,d rows, %.1f MB%n", rows, file.length / 1e6);

        resetPeaks();
        long started = System.nanoTime();
        Map<String, Object> preview = TestData.as("bench-importer", Roles.ADMIN).multiPart("file", "register.csv", file)
                .multiPart("kind", "PERSONS").post("/api/v1/imports").then().statusCode(201).extract().as(Map.class);
        System.out.printf("%-40s %8.1f s  rows %s, valid %s, invalid %s, possible duplicates %s; heap peak %.0f MB%n",
                "preview", (System.nanoTime() - started) / 1e9, preview.get("rows"), preview.get("valid"),
                preview.get("invalid"), preview.get("possibleDuplicates"), heapPeak() / 1e6);
        String id = (String) preview.get("id");

        List<Map<String, Object>> decisions = new ArrayList<>();
        for (int page = 0; page * 500 < rows; page++) {
            List<Map<String, Object>> items = TestData.as("bench-importer", Roles.ADMIN)
                    .get("/api/v1/imports/" + id + "?page=" + page + "&size=500").then().statusCode(200).extract()
                    .path("items");
            for (Map<String, Object> item : items) {
                boolean valid = ((List<?>) item.get("errors")).isEmpty();
                if (!valid || !((List<?>) item.get("duplicates")).isEmpty()) {
                    decisions.add(Map.of("row", item.get("row"), "action", valid ? "NEW" : "SKIP"));
                }
            }
        }
        TestData.as("bench-importer", Roles.ADMIN).contentType(ContentType.JSON).body(Map.of("decisions", decisions))
                .put("/api/v1/imports/" + id + "/decisions").then().statusCode(200);
        System.out.printf("%-40s %8d rows decided by hand%n", "decisions", decisions.size());

        resetPeaks();
        started = System.nanoTime();
        Map<String, Object> committed = TestData.as("bench-importer", Roles.ADMIN).post("/api/v1/imports/" + id + "/commit")
                .then().statusCode(200).extract().path("result");
        System.out.printf("%-40s %8.1f s  created %s, skipped %s; heap peak %.0f MB%n", "commit",
                (System.nanoTime() - started) / 1e9, committed.get("created"), committed.get("skipped"), heapPeak() / 1e6);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The largest the heap's pools were since the reset (the test client shares this JVM: an upper bound). */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
