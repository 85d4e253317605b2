package org.homeward.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.homeward.access.Roles;
import org.homeward.support.Superuser;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's target: a retention run anonymizing 100,000 people in under five minutes without
 * blocking users. A registry of {@code benchmark.people} placed people (the synthetic population);
 * each round adds {@code benchmark.gone} people released in 2019 — each with an alias, a passport,
 * the audit event of their registration (sealed), and one in ten with a file — previews a run,
 * then runs it, while a case worker keeps opening and editing placed people; the run's time, and
 * that worker's latencies meanwhile, are printed. Not part of ./mvnw verify:
 *
 * <pre>
 * ./mvnw test -Dtest=AnonymizationBenchmark -DexcludedGroups= -Dfuzz.skip=true -Dbenchmark.people=200000 \
 *     -Dbenchmark.gone=100000 -Dbenchmark.rounds=3
 * </pre>
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class AnonymizationBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @Test
    void aHundredThousandPeopleAnonymized() throws Exception {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 1_800_000)
                        .setParam("http.connection.timeout", 10_000));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BenchmarkPopulation.load(dataSource, today);
        int gone = Integer.getInteger("benchmark.gone", 100_000);
        int rounds = Integer.getInteger("benchmark.rounds", 1);
        List<String> placed = placedPeople(200);
        TestData.scope("bench-retention-worker", List.of("*"), List.of());
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("-- round %d of %d%n", round, rounds);
            long added = System.nanoTime();
            addGone(round, gone);
            System.out.printf("%-40s %8.1f s%n", "added and sealed " + gone + " gone people", (System.nanoTime() - added) / 1e9);

            long started = System.nanoTime();
            Map<String, Object> preview = TestData.as("bench-retention", Roles.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("dryRun", true)).post("/api/v1/retention/runs").then().statusCode(201).extract().as(Map.class);
            System.out.printf("%-40s %8.1f s  persons %s, files %s, audit details %s, on hold %s%n", "preview",
                    (System.nanoTime() - started) / 1e9, preview.get("persons"), preview.get("files"),
                    preview.get("auditDetails"), preview.get("onHold"));

            Worker worker = new Worker(placed);
            Thread working = new Thread(worker);
            working.start();
            started = System.nanoTime();
            Map<String, Object> run = TestData.as("bench-retention", Roles.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("dryRun", false, "reason", "benchmark round " + round)).post("/api/v1/retention/runs")
                    .then().statusCode(201).extract().as(Map.class);
            double seconds = (System.nanoTime() - started) / 1e9;
            worker.stop.set(true);
            working.join();
            System.out.printf("%-40s %8.1f s  persons %s, files %s, audit details %s%n", "run", seconds,
                    run.get("persons"), run.get("files"), run.get("auditDetails"));
            worker.print();
        }
    }

    /** A case worker opening a placed person's page and saving an edit, again and again, timed. */
    private final class Worker implements Runnable {

        final AtomicBoolean stop = new AtomicBoolean();
        final List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        final List<Long> edits = Collections.synchronizedList(new ArrayList<>());
        private final List<String> people;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String token = Tokens.of("bench-retention-worker", Roles.CASEWORKER);

        Worker(List<String> people) {
            this.people = people;
        }

        @Override
        public void run() {
            int i = 0;
            while (!stop.get()) {
                String person = people.get(i++ % people.size());
                try {
                    long from = System.nanoTime();
                    HttpResponse<String> read = http.send(HttpRequest.newBuilder(base.resolve("persons/" + person))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                    reads.add((System.nanoTime() - from) / 1_000_000);
                    HttpResponse<String> record = http.send(HttpRequest.newBuilder(base.resolve("api/v1/persons/" + person))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                    String edited = record.body().replaceFirst("\"placeOfBirth\":(null|\"[^\"]*\")",
                            "\"placeOfBirth\":\"Hasakah " + i + "\"");
                    from = System.nanoTime();
                    HttpResponse<String> saved = http.send(HttpRequest.newBuilder(base.resolve("api/v1/persons/" + person))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(edited)).build(), HttpResponse.BodyHandlers.ofString());
                    edits.add((System.nanoTime() - from) / 1_000_000);
                    if (read.statusCode() != 200 || saved.statusCode() != 200) {
                        System.out.printf("worker: read %d, edit %d %s%n", read.statusCode(), saved.statusCode(),
                                saved.body().substring(0, Math.min(200, saved.body().length())));
                    }
                    Thread.sleep(50);
                } catch (Exception e) {
                    System.out.println("worker: " + e);
                }
            }
        }

        void print() {
            for (var kind : Map.of("person page", reads, "person edit", edits).entrySet()) {
                List<Long> sorted = new ArrayList<>(kind.getValue());
                Collections.sort(sorted);
                if (sorted.isEmpty()) {
                    continue;
                }
                System.out.printf("%-40s %6d requests, p50 %d ms, p95 %d ms, max %d ms%n", "meanwhile: " + kind.getKey(),
                        sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 95 / 100),
                        sorted.get(sorted.size() - 1));
            }
        }
    }

    private static List<String> placedPeople(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(Superuser.url(), "postgres", "postgres");
                ResultSet rows = connection.createStatement().executeQuery(
                        "select id from person where current_facility_id is not null order by id limit " + count)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * {@code count} people released in 2019, written straight into the database as the application
     * would have left them, with the audit event of their registration sealed.
     */
    private static void addGone(int round, int count) throws Exception {
        try (Connection connection = DriverManager.getConnection(Superuser.url(), "postgres", "postgres");
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("create temporary table gone on commit drop as select gen_random_uuid() as id, g as n"
                    + " from generate_series(1, " + count + ") g");
            String facility = "(select id from facility where code = 'HOL')";
            sql.execute("""
                    insert into person (id, registration_number, given_name, family_name, given_name_ar, family_name_ar,
                                        sex, date_of_birth, date_of_birth_precision, place_of_birth, category, status,
                                        name_keys, created_at, updated_at)
                    select id, 'GONE-%d-' || n, 'Given' || n, 'Family' || n, 'اسم', 'عائلة', case when n %% 2 = 0 then 'F' else 'M' end,
                           date '1980-01-01' + (n %% 9000), 'EXACT', 'Mosul', 'CAMP_RESIDENT', 'RELEASED', 'GVN' || n || ' FML' || n,
                           now(), now()
                      from gone""".formatted(round));
            sql.execute("insert into person_nationality (person_id, country, status) select id, 'IRQ', 'CLAIMED' from gone");
            sql.execute("insert into person_alias (person_id, alias) select id, 'Umm ' || n from gone");
            sql.execute("insert into identity_document (person_id, type, number, issuing_country)"
                    + " select id, 'PASSPORT', 'P' || n, 'IRQ' from gone");
            sql.execute("insert into movement (id, person_id, type, to_facility_id, date, recorded_by)"
                    + " select gen_random_uuid(), id, 'ADMISSION', " + facility + ", date '2019-04-01', 'benchmark' from gone");
            sql.execute("insert into movement (id, person_id, type, from_facility_id, date, note, recorded_by)"
                    + " select gen_random_uuid(), id, 'RELEASE', " + facility + ", date '2019-06-01', 'Released to Given'"
                    + " || n || '''s brother', 'benchmark' from gone");
            sql.execute("""
                    insert into audit_event (occurred_at, actor, actor_roles, action, entity_type, entity_id, details)
                    select now(), 'benchmark', 'admin', 'CREATE', 'PERSON', id::text,
                           json_build_object('after', json_build_object('givenName', 'Given' || n, 'familyName', 'Family' || n,
                               'placeOfBirth', 'Mosul', 'dateOfBirth', (date '1980-01-01' + (n % 9000))::text,
                               'aliases', json_build_array('Umm ' || n)))::text
                      from gone""");
            sql.execute("""
                    insert into document (id, person_id, kind, content_type, size, sha256, has_thumbnail, uploaded_by, uploaded_at)
                    select gen_random_uuid(), id, 'OTHER', 'application/pdf', 4096, md5(n::text) || md5(n::text), false,
                           'benchmark', now() from gone where n % 10 = 0""");
            sql.execute("""
                    insert into document_file (document_id, part, sealed)
                    select d.id, 'CONTENT', decode(repeat('00', 4096), 'hex')
                      from document d join gone g on g.id = d.person_id""");
            connection.commit();
            connection.setAutoCommit(true);
            try (PreparedStatement seal = connection.prepareStatement("select audit_seal_committed()")) {
                for (int pass = 0; pass < 100; pass++) {
                    try (ResultSet sealed = seal.executeQuery()) {
                        sealed.next();
                        if (sealed.getInt(1) == 0 && pass > 1) {
                            break;
                        }
                    }
                }
            }
            sql.execute("analyze person; analyze movement; analyze audit_event; analyze document");
        }
    }
}
