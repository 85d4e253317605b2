package org.homeward.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.homeward.dev.DatabaseRoles;
import org.homeward.population.PopulationLoader;
import org.homeward.support.EmbeddedDatabase;
import org.homeward.support.PackagedApplication;
import org.homeward.support.PointInTimeRecovery;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the packaged application survives (issue 22), on loopback, each drill bounded in time:
 * two copies editing one person at once, a copy killed in the middle of a bulk transfer, a merge
 * and a case completion, the database stopped for 20 seconds under load, the database lost and
 * restored to a moment from its backup and archived WAL. Not part of verify (minutes, and it stops a server):
 *
 * <pre>
 * ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultDrillsIT -DexcludedGroups=
 * </pre>
 */
@Tag("benchmark")
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class FaultDrillsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    private static final Path DRILLS = Path.of("target", "drills");
    /** Where the database archives its WAL, as CloudNativePG archives it to the object store. */
    private static final Path ARCHIVE = DRILLS.resolve("wal-archive");

    private static EmbeddedDatabase database;
    private static Map<String, String> settings;

    @BeforeAll
    static void environment() throws Exception {
        deleteRecursively(DRILLS.resolve("restore"));
        deleteRecursively(ARCHIVE);
        java.nio.file.Files.createDirectories(ARCHIVE);
        database = EmbeddedDatabase.start(PointInTimeRecovery.archivingInto(ARCHIVE));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        System.setProperty(TestEnvironment.PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        settings = new HashMap<>(PackagedApplication.keys());
        settings.put("QUARKUS_OIDC_APPLICATION_TYPE", "service");
        settings.put("QUARKUS_OIDC_PUBLIC_KEY", publicKey);
        settings.put("QUARKUS_OIDC_API_PUBLIC_KEY", publicKey);
        // the schema, then a small population of the standard camps
        try (PackagedApplication first = start("drill-migrate")) {
            first.awaitReady();
        }
        try (Connection connection = connect()) {
            PopulationLoader.load(connection, 20000, 11, LocalDate.now(ZoneOffset.UTC));
        }
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    /** A person edited through two copies at the same moment: one edit is kept, the other is refused with 409. */
    @Test
    @org.junit.jupiter.api.Order(1)
    void twoCopiesEditingOnePersonAtOnce() throws Exception {
        try (PackagedApplication one = start("drill-edit-1"); PackagedApplication two = start("drill-edit-2")) {
            one.awaitReady();
            two.awaitReady();
            String registered = send(one, "POST", "/api/v1/persons", registration("Twice"), 201);
            String id = field(registered, "id");
            String body = """
                    {"givenName": "Twice", "familyName": "Drill", "sex": "F", "category": "CAMP_RESIDENT",
                     "nationalities": [{"country": "IRQ", "status": "CLAIMED"}], "placeOfBirth": "%s", "version": """
                    + field(send(one, "GET", "/api/v1/persons/" + id, null, 200), "version") + "}";
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Integer>> edits = new ArrayList<>();
            for (PackagedApplication copy : List.of(one, two)) {
                edits.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                        return status(copy, "PUT", "/api/v1/persons/" + id, body.formatted("Raqqa " + copy.pid()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>(edits.stream().map(CompletableFuture::join).toList());
            Collections.sort(statuses);
            System.out.println("FAULT two copies, one person, edited at once: " + statuses);
            assertEquals(List.of(200, 409), statuses);
        }
    }

    /**
     * A copy killed (kill -9) while it moves 500 people: after a restart, all of them moved or none.
     * The transfer's length is measured first; the copy is then killed at several moments of it.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void aCopyKilledInTheMiddleOfABulkTransfer() throws Exception {
        List<String> camp = ids("select p.id from person p join facility f on f.id = p.current_facility_id "
                + "where f.code = 'HOL' and p.merged_into is null order by p.id");
        assertTrue(camp.size() >= 3000, "people to move: " + camp.size());
        long whole = timedOnAFreshCopy("drill-transfer", "POST", "/api/v1/transfers",
                transfer(camp.subList(0, 500), "drill-measure"), 200);
        int attempts = 5;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            List<String> people = camp.subList(attempt * 500, attempt * 500 + 500);
            String note = "drill-kill-" + attempt;
            long delay = afterStart(whole, attempt, attempts);
            boolean answered = killedAfter("drill-kill-" + attempt, delay, "POST", "/api/v1/transfers", transfer(people, note));
            try (PackagedApplication again = start("drill-kill-" + attempt + "-restarted")) {
                again.awaitReady();
                int moved = count("select count(*) from movement where note = '" + note + "'");
                int inRoj = count("select count(*) from person p join facility f on f.id = p.current_facility_id "
                        + "where f.code = 'ROJ' and p.id in ('" + String.join("', '", people) + "')");
                System.out.printf("FAULT transfer of 500 (%d ms whole) killed after %d ms, answered before: %s: "
                        + "%d movements, %d people in ROJ%n", whole, delay, answered, moved, inRoj);
                assertTrue(moved == 0 || moved == 500, "all moved or none: " + moved);
                assertEquals(moved, inRoj, "where people are follows their movements");
            }
        }
    }

    /**
     * A copy killed (kill -9) while it merges two records: after a restart, the merged record is a
     * tombstone pointing to the survivor with its movement moved onto it, or both records are as
     * they were.
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    void aCopyKilledInTheMiddleOfAMerge() throws Exception {
        int attempts = 6;
        List<String[]> pairs = new ArrayList<>();
        try (PackagedApplication copy = start("drill-merge")) {
            copy.awaitReady();
            for (int pair = 0; pair <= attempts; pair++) {
                String kept = send(copy, "POST", "/api/v1/persons", registration("Kept" + pair), 201);
                String merged = send(copy, "POST", "/api/v1/persons", registration("Merged" + pair), 201);
                pairs.add(new String[] {field(kept, "id"), field(merged, "id"), field(kept, "version"), field(merged, "version")});
            }
        }
        long whole = timedOnAFreshCopy("drill-merge-measure", "POST", "/api/v1/merges", merge(pairs.get(0)), 201);
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String[] pair = pairs.get(attempt);
            long delay = afterStart(whole, attempt, attempts);
            boolean answered = killedAfter("drill-merge-kill-" + attempt, delay, "POST", "/api/v1/merges", merge(pair));
            String survivor = pair[0];
            String merged = pair[1];
            int merges = count("select count(*) from person_merge where merged_id = '" + merged + "' and unmerged_at is null");
            int tombstone = count("select count(*) from person where id = '" + merged + "' and merged_into = '" + survivor + "'");
            int onSurvivor = count("select count(*) from movement where person_id = '" + survivor + "'");
            int onMerged = count("select count(*) from movement where person_id = '" + merged + "'");
            System.out.printf("FAULT merge (%d ms whole) killed after %d ms, answered before: %s: %d merge rows, "
                    + "%d tombstones, movements %d on the survivor and %d on the merged record%n", whole, delay, answered,
                    merges, tombstone, onSurvivor, onMerged);
            List<Integer> state = List.of(merges, tombstone, onSurvivor, onMerged);
            assertTrue(state.equals(List.of(1, 1, 2, 0)) || state.equals(List.of(0, 0, 1, 1)),
                    "wholly merged or not at all: " + state);
        }
    }

    private static String merge(String[] pair) {
        return "{\"survivorId\": \"" + pair[0] + "\", \"mergedId\": \"" + pair[1]
                + "\", \"survivorVersion\": " + pair[2] + ", \"mergedVersion\": " + pair[3] + "}";
    }

    /**
     * A copy killed (kill -9) while it completes a repatriation case of 60 people: after a restart,
     * the case is completed with every person repatriated, or still scheduled with none of them.
     */
    @Test
    @org.junit.jupiter.api.Order(4)
    void aCopyKilledInTheMiddleOfACaseCompletion() throws Exception {
        int attempts = 5;
        int size = 60;
        List<String> adults = ids("""
                select p.id from person p join person_nationality n on n.person_id = p.id and n.country = 'IRQ'
                 where p.merged_into is null and p.current_facility_id is not null
                   and p.date_of_birth < current_date - interval '25 years'
                   and not exists (select 1 from person_nationality o where o.person_id = p.id and o.country <> 'IRQ')
                   -- no family: nobody left behind to ask a best-interests determination for
                   and not exists (select 1 from relationship r where r.removed_at is null
                                      and (r.person_id = p.id or r.relative_id = p.id))
                 order by p.registration_number limit 400""");
        assertTrue(adults.size() >= size * (attempts + 1), "adults to repatriate: " + adults.size());
        List<String> cases = new ArrayList<>();
        List<String> completions = new ArrayList<>();
        try (PackagedApplication copy = start("drill-case")) {
            copy.awaitReady();
            for (int c = 0; c <= attempts; c++) {
                cases.add(scheduledHandover(copy, adults.subList(c * size, c * size + size)));
                completions.add(completion(copy, cases.get(c)));
            }
        }
        long whole = timedOnAFreshCopy("drill-case-measure", "POST", "/api/v1/repatriation-cases/" + cases.get(0)
                + "/transitions", completions.get(0), 200);
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String id = cases.get(attempt);
            long delay = afterStart(whole, attempt, attempts);
            String body = completions.get(attempt);
            boolean answered = killedAfter("drill-case-kill-" + attempt, delay, "POST",
                    "/api/v1/repatriation-cases/" + id + "/transitions", body);
            int completed = count("select count(*) from repatriation_case where id = '" + id + "' and stage = 'COMPLETED'");
            int repatriated = count("select count(*) from movement m join repatriation_subject s on s.person_id = m.person_id "
                    + "where s.case_id = '" + id + "' and m.type = 'REPATRIATION'");
            int gone = count("select count(*) from person p join repatriation_subject s on s.person_id = p.id "
                    + "where s.case_id = '" + id + "' and p.current_facility_id is null");
            System.out.printf("FAULT completion of a case of %d (%d ms whole) killed after %d ms, answered before: %s: "
                    + "completed %d, %d repatriation movements, %d people no longer placed%n", size, whole, delay, answered,
                    completed, repatriated, gone);
            List<Integer> state = List.of(completed, repatriated, gone);
            assertTrue(state.equals(List.of(1, size, size)) || state.equals(List.of(0, 0, 0)),
                    "wholly completed or not at all: " + state);
        }
    }

    /** A case of these people brought through every gate, up to its handover (as an admin, who runs every country's cases). */
    private static String scheduledHandover(PackagedApplication copy, List<String> subjects) throws Exception {
        String path = "/api/v1/repatriation-cases";
        String id = field(send(copy, "POST", path, "{\"country\": \"IRQ\", \"subjectIds\": [\""
                + String.join("\", \"", subjects) + "\"]}", 201), "id");
        String version = field(send(copy, "GET", path + "/" + id, null, 200), "version");
        String expiry = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        Map<String, List<String>> checksBefore = Map.of(
                "REQUESTED", List.of("CONSENT"),
                "CONSULAR_INTERVIEW", List.of("NATIONALITY_VERIFIED"),
                "APPROVED", List.of("MEDICAL_CLEARANCE", "TRAVEL_DOCUMENT"));
        for (String stage : List.of("REQUESTED", "NATIONALITY_VERIFICATION", "CONSULAR_INTERVIEW", "DOCUMENTS", "APPROVED",
                "HANDOVER_SCHEDULED")) {
            for (String item : checksBefore.getOrDefault(stage, List.of())) {
                for (String subject : subjects) {
                    String extra = item.equals("TRAVEL_DOCUMENT") ? ", \"documentType\": \"LAISSEZ_PASSER\", "
                            + "\"documentNumber\": \"LP-" + subject.substring(0, 8) + "\", \"documentExpiry\": \"" + expiry + "\"" : "";
                    version = field(send(copy, "PUT", path + "/" + id + "/checklist/" + item, "{\"personId\": \"" + subject
                            + "\"" + extra + ", \"version\": " + version + "}", 200), "version");
                }
            }
            if (stage.equals("HANDOVER_SCHEDULED")) {
                version = field(send(copy, "PUT", path + "/" + id + "/checklist/HANDOVER_DETAILS", "{\"handoverDate\": \""
                        + TODAY + "\", \"handoverPoint\": \"Semalka\", \"receivingAuthority\": \"Baghdad\", "
                        + "\"version\": " + version + "}", 200), "version");
            }
            version = field(send(copy, "POST", path + "/" + id + "/transitions", "{\"to\": \"" + stage
                    + "\", \"version\": " + version + "}", 200), "version");
        }
        send(copy, "PUT", path + "/" + id + "/checklist/HANDOVER_PROTOCOL", "{\"detail\": \"PV-drill\", \"version\": "
                + version + "}", 200);
        return id;
    }

    private static String completion(PackagedApplication copy, String caseId) throws Exception {
        return "{\"to\": \"COMPLETED\", \"version\": "
                + field(send(copy, "GET", "/api/v1/repatriation-cases/" + caseId, null, 200), "version") + "}";
    }

    /**
     * How long the request takes as the first request of a copy just started: the moment the drill's
     * kills are spread over (a warm copy answers in half the time, and every kill landed before the
     * commit when they were spread over that).
     */
    private static long timedOnAFreshCopy(String name, String method, String path, String json, int status)
            throws Exception {
        try (PackagedApplication copy = start(name)) {
            copy.awaitReady();
            long from = System.nanoTime();
            send(copy, method, path, json, status);
            return (System.nanoTime() - from) / 1_000_000;
        }
    }

    /** The moment of the attempt's kill: spread from early in the request to half as long again as it takes, some after its commit. */
    private static long afterStart(long whole, int attempt, int attempts) {
        return whole * 3 * attempt / (2 * attempts);
    }

    /** Sends a request to a fresh copy and kills the copy (kill -9) that many milliseconds later; whether it had answered. */
    private static boolean killedAfter(String name, long delay, String method, String path, String json) throws Exception {
        try (PackagedApplication copy = start(name)) {
            copy.awaitReady();
            CompletableFuture<HttpResponse<String>> sent = HTTP.sendAsync(request(copy, method, path, json).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(delay);
            copy.kill();
            return sent.isDone() && !sent.isCompletedExceptionally();
        }
    }

    private static String transfer(List<String> people, String note) {
        return "{\"personIds\": [\"" + String.join("\", \"", people) + "\"], \"toFacilityCode\": \"ROJ\", \"date\": \""
                + TODAY + "\", \"note\": \"" + note + "\"}";
    }

    /**
     * The database stopped for 20 seconds while 8 clients register people and read lists: requests
     * fail fast with 503 meanwhile, the application answers again within 10 seconds of the
     * database's return, and every registration acknowledged (201) is in the database.
     */
    @Test
    @org.junit.jupiter.api.Order(5)
    void theDatabaseStoppedForTwentySecondsUnderLoad() throws Exception {
        try (PackagedApplication copy = start("drill-outage")) {
            copy.awaitReady();
            long started = System.nanoTime();
            ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>();
            AtomicInteger acknowledged = new AtomicInteger();
            Duration runFor = Duration.ofSeconds(70);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int client = c;
                Thread thread = new Thread(() -> {
                    int n = 0;
                    while (System.nanoTime() - started < runFor.toNanos()) {
                        long from = System.nanoTime();
                        int status;
                        boolean write = n++ % 2 == 0;
                        try {
                            status = write ? status(copy, "POST", "/api/v1/persons", registration("Outage" + client))
                                    : status(copy, "GET", "/api/v1/persons?facility=HOL", null);
                        } catch (Exception noAnswer) {
                            status = -1;
                        }
                        if (status == 201) {
                            acknowledged.incrementAndGet();
                        }
                        answers.add(new long[] { (from - started) / 1_000_000, (System.nanoTime() - from) / 1_000_000, status });
                    }
                });
                thread.start();
                clients.add(thread);
            }
            Thread.sleep(15_000);
            long stoppedAt = (System.nanoTime() - started) / 1_000_000;
            database.stopServer();
            Thread.sleep(20_000);
            database.restartServer();
            long backAt = (System.nanoTime() - started) / 1_000_000;
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(60).toMillis());
            }
            List<long[]> during = answers.stream().filter(a -> a[0] > stoppedAt + 1000 && a[0] + a[1] < backAt).toList();
            long slowest = during.stream().mapToLong(a -> a[1]).max().orElse(0);
            Map<Long, Long> statuses = new java.util.TreeMap<>();
            during.forEach(a -> statuses.merge(a[2], 1L, Long::sum));
            long firstOk = answers.stream().filter(a -> a[0] >= backAt && (a[2] == 200 || a[2] == 201))
                    .mapToLong(a -> a[0] + a[1]).min().orElse(Long.MAX_VALUE) - backAt;
            int rows = count("select count(*) from person where given_name like 'Outage%'");
            System.out.printf("FAULT database away %d ms: %d answers meanwhile %s, slowest %d ms; first success %d ms after "
                    + "its return; %d registrations acknowledged, %d in the database, %d answers in all%n", backAt - stoppedAt,
                    during.size(), statuses, slowest, firstOk, acknowledged.get(), rows, answers.size());
            assertTrue(!during.isEmpty() && during.stream().allMatch(a -> a[2] == 503), "503 while it is away: " + statuses);
            assertTrue(slowest < 6_000, "no request waits for the database: slowest " + slowest + " ms");
            assertTrue(firstOk <= 10_000, "answers again within 10 s of the database's return: " + firstOk + " ms");
            assertEquals(acknowledged.get(), rows, "no acknowledged registration lost");
        }
    }

    /**
     * The restore drill of docs/operations.md, on this machine: a base backup taken while the
     * registry is in use, people registered, a restore point, more people registered; then a server
     * restored from the backup and the archived WAL to that point, and a copy of the application
     * on it. Everyone registered before the point is there, no one after, and the trail verifies.
     */
    @Test
    @org.junit.jupiter.api.Order(6)
    void theDatabaseRestoredToAMomentFromItsBackup() throws Exception {
        Path drill = DRILLS.resolve("restore");
        PointInTimeRecovery.baseBackup(database, drill.resolve("base"));
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        int people;
        try (PackagedApplication copy = start("drill-restore-writes")) {
            copy.awaitReady();
            for (int i = 0; i < 20; i++) {
                before.add(field(send(copy, "POST", "/api/v1/persons", registration("Before" + i), 201), "id"));
            }
            people = count("select count(*) from person");
            try (Connection superuser = database.superuser()) {
                superuser.createStatement().execute("select pg_create_restore_point('homeward-drill')");
            }
            for (int i = 0; i < 20; i++) {
                after.add(field(send(copy, "POST", "/api/v1/persons", registration("After" + i), 201), "id"));
            }
            try (Connection superuser = database.superuser()) {
                // the segment holding all of it, archived now rather than when it fills
                superuser.createStatement().execute("select pg_switch_wal()");
            }
        }
        long from = System.nanoTime();
        try (PointInTimeRecovery.Restored restored = PointInTimeRecovery.restore(drill.resolve("base"), ARCHIVE,
                "homeward-drill", drill.resolve("data"), database.postgresBinary())) {
            Map<String, String> datasource = new HashMap<>(database.datasource());
            datasource.put("quarkus.datasource.jdbc.url", DatabaseRoles.jdbcUrl(restored.port()));
            try (PackagedApplication copy = PackagedApplication.start(datasource, settings, PackagedApplication.freePort(),
                    DRILLS.resolve("drill-restore-restored.log"), "-Xmx512m")) {
                copy.awaitReady();
                long took = (System.nanoTime() - from) / 1_000_000;
                int restoredPeople;
                try (Connection connection = DriverManager.getConnection(DatabaseRoles.jdbcUrl(restored.port()),
                        DatabaseRoles.APPLICATION, DatabaseRoles.APPLICATION);
                        ResultSet rs = connection.createStatement().executeQuery("select count(*) from person")) {
                    rs.next();
                    restoredPeople = rs.getInt(1);
                }
                long there = before.stream().filter(id -> status(copy, "/api/v1/persons/" + id) == 200).count();
                long gone = after.stream().filter(id -> status(copy, "/api/v1/persons/" + id) == 404).count();
                String verification = send(copy, "GET", "/api/v1/audit/verify", null, 200);
                System.out.printf("FAULT database restored to a restore point in %d ms (server and application started): "
                        + "%d people (%d at the point), %d of %d registered before it there, %d of %d registered after it"
                        + " absent; audit trail %s%n", took, restoredPeople, people, there, before.size(), gone, after.size(),
                        verification);
                assertEquals(people, restoredPeople, "the registry as it was at the restore point");
                assertEquals(before.size(), there, "everything committed before the point is there");
                assertEquals(after.size(), gone, "nothing committed after it");
                assertEquals("true", field(verification, "valid"), "the restored trail verifies");
            }
        }
    }

    private static int status(PackagedApplication copy, String path) {
        try {
            return status(copy, "GET", path, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (!java.nio.file.Files.exists(path)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        }
    }

    private static PackagedApplication start(String name) throws Exception {
        return PackagedApplication.start(database.datasource(), settings, PackagedApplication.freePort(),
                DRILLS.resolve(name + ".log"), "-Xmx512m");
    }

    private static String registration(String given) {
        return """
                {"givenName": "%s", "familyName": "Drill", "sex": "F", "category": "CAMP_RESIDENT",
                 "nationalities": [{"country": "IRQ", "status": "CLAIMED"}],
                 "admission": {"facilityCode": "HOL", "date": "%s"}}""".formatted(given, TODAY);
    }

    private static HttpRequest.Builder request(PackagedApplication copy, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(copy.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.of("drill-admin", "admin"));
        return json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private static int status(PackagedApplication copy, String method, String path, String json) throws Exception {
        return HTTP.send(request(copy, method, path, json).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String send(PackagedApplication copy, String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request(copy, method, path, json).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response.body();
    }

    /** A field of a JSON answer, as text (a string's content, or a number). */
    private static String field(String json, String name) {
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!found.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return found.group(1);
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(database.datasource().get("quarkus.datasource.jdbc.url"), DatabaseRoles.APPLICATION,
                DatabaseRoles.APPLICATION);
    }

    private static List<String> ids(String sql) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static int count(String sql) throws Exception {
        try (Connection connection = connect(); ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
