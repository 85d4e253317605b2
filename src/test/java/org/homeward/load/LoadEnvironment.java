package org.homeward.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.dev.DatabaseRoles;
import org.homeward.e2e.KeycloakServer;
import org.homeward.population.PopulationLoader;
import org.homeward.support.EmbeddedDatabase;
import org.homeward.support.PackagedApplication;

/**
 * What the load test (tools/load) runs against, as production runs: the packaged application in
 * the production profile, logins by the browser suite's Keycloak, an embedded PostgreSQL holding a
 * synthetic population of a million people. Started by {@code tools/load/run}; once ready it writes
 * {@code target/load/environment.properties} (addresses, users, the files the simulation reads its
 * people and cases from), samples the application's heap and CPU and the database's connections
 * every second into {@code target/load/samples.csv}, and stops when {@code target/load/stop}
 * appears, or after an hour at most.
 */
public final class LoadEnvironment {

    static final Path DIR = Path.of("target", "load");
    /** The browser suite's realm (src/test/resources/e2e/homeward-test-realm.json): its client secret and password. */
    static final String CLIENT_SECRET = "e2e-only-client-secret";
    static final String PASSWORD = "e2e-password";
    /** The camps the case worker of the load works in. */
    static final List<String> CAMPS = List.of("HOL", "HOL-ANNEX", "HOL-PH5", "ROJ");
    /** Where the people to move go, run after run of the mix: never where they already are. */
    static final List<String> ROUNDS = List.of("HOL-ANNEX", "HOL-PH5", "HOL-ANNEX", "HOL-PH5");
    private static final Duration LONGEST = Duration.ofHours(1);

    private LoadEnvironment() {
    }

    public static void main(String[] args) throws Exception {
        int people = Integer.getInteger("load.people", 1_000_000);
        Files.createDirectories(DIR);
        Path ready = DIR.resolve("environment.properties");
        Path stop = DIR.resolve("stop");
        Files.deleteIfExists(ready);
        Files.deleteIfExists(stop);
        Path keycloakHome = Path.of(System.getProperty("homeward.e2e.keycloak-home", "target/keycloak/keycloak-26.5.6"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start();
                KeycloakServer keycloak = KeycloakServer.start(keycloakHome,
                        Path.of("src/test/resources/e2e/homeward-test-realm.json"), PackagedApplication.freePort(),
                        PackagedApplication.freePort())) {
            Map<String, String> settings = new HashMap<>(PackagedApplication.keys());
            settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
            settings.put("QUARKUS_OIDC_CREDENTIALS_SECRET", CLIENT_SECRET);
            // a request's log line per request would measure the disk, not the application
            settings.put("QUARKUS_LOG_CATEGORY__ORG_HOMEWARD__LEVEL", "WARN");
            int port = PackagedApplication.freePort();
            String url = database.datasource().get("quarkus.datasource.jdbc.url");
            // the first start migrates the empty schema; the population goes into it; the second start reads it
            try (PackagedApplication migrating = PackagedApplication.start(database.datasource(), settings, port,
                    DIR.resolve("app-migrate.log"))) {
                migrating.awaitReady();
            }
            try (Connection connection = DriverManager.getConnection(url, DatabaseRoles.APPLICATION, DatabaseRoles.APPLICATION)) {
                PopulationLoader.Loaded loaded = PopulationLoader.load(connection, people, 42, LocalDate.now(ZoneOffset.UTC));
                System.out.printf("Loaded %,d people in %.1f s%n", loaded.people(), loaded.millis() / 1000.0);
            }
            // the production container's heap (deploy/kubernetes: 2 GiB limit, 70 % of it)
            try (PackagedApplication application = PackagedApplication.start(database.datasource(), settings, port,
                    DIR.resolve("app.log"), "-Xmx1400m")) {
                application.awaitReady();
                Tokens tokens = new Tokens(keycloak.realmUrl());
                prepare(application, tokens, url);
                Properties environment = new Properties();
                environment.setProperty("app", "http://127.0.0.1:" + port);
                environment.setProperty("tokenUrl", keycloak.realmUrl() + "/protocol/openid-connect/token");
                environment.setProperty("clientSecret", CLIENT_SECRET);
                environment.setProperty("password", PASSWORD);
                environment.setProperty("worker", "cora");
                environment.setProperty("admin", "ada");
                environment.setProperty("data", DIR.toAbsolutePath().toString());
                environment.setProperty("pid", String.valueOf(application.pid()));
                try (var out = Files.newBufferedWriter(ready)) {
                    environment.store(out, "the load environment, ready");
                }
                System.out.println("Load environment ready: " + ready.toAbsolutePath());
                sample(application, tokens, url, stop);
            }
        }
    }

    /** The case worker's camps, and the people, cases and names the simulation draws from. */
    private static void prepare(PackagedApplication application, Tokens tokens, String url) throws Exception {
        String admin = tokens.of("ada");
        send(application, admin, "PUT", "/api/v1/staff/cora/scope",
                "{\"facilities\": [\"" + String.join("\", \"", CAMPS) + "\"], \"nationalities\": []}", 200);
        try (Connection connection = DriverManager.getConnection(url, DatabaseRoles.APPLICATION, DatabaseRoles.APPLICATION);
                Statement statement = connection.createStatement()) {
            String inCamps = "f.code in ('" + String.join("', '", CAMPS) + "')";
            // people to read, and others to move (each moved once, to another of the camps)
            List<String> read = column(statement, "select p.id from person p join facility f on f.id = p.current_facility_id "
                    + "where p.merged_into is null and " + inCamps + " order by md5(p.id::text) limit 20000");
            Files.write(DIR.resolve("people.csv"), withHeader("id", read));
            // people of Al-Hol's main camp and Roj, each moved once: a run of the mix takes its own
            // fifth of them (MixedLoadSimulation), to the annex in a first run, phase 5 in a second...
            List<String> moves = column(statement, "select p.id from person p join facility f "
                    + "on f.id = p.current_facility_id where p.merged_into is null and f.code in ('HOL', 'ROJ') "
                    + "order by md5(p.id::text) desc limit 20000").stream()
                    .map(id -> id + "," + String.join(",", ROUNDS)).toList();
            List<String> header = new ArrayList<>(List.of("id"));
            for (int round = 0; round < ROUNDS.size(); round++) {
                header.add("to" + round);
            }
            Files.write(DIR.resolve("moves.csv"), withHeader(String.join(",", header), moves));
            List<String> names = column(statement, "select distinct p.family_name from person p join facility f "
                    + "on f.id = p.current_facility_id where " + inCamps + " and p.family_name is not null limit 2000");
            Files.write(DIR.resolve("names.csv"), withHeader("q", names));
            // cases to open: a person of the camps with a nationality, one case each
            List<String> cases = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select distinct on (p.id) p.id, n.country from person p "
                    + "join facility f on f.id = p.current_facility_id join person_nationality n on n.person_id = p.id "
                    + "where " + inCamps + " and n.country not in ('SYR', 'XXX', 'ZZZ') order by p.id limit 300")) {
                List<String[]> subjects = new ArrayList<>();
                while (rs.next()) {
                    subjects.add(new String[] { rs.getString(1), rs.getString(2) });
                }
                for (String[] subject : subjects) {
                    String created = send(application, tokens.of("ada"), "POST", "/api/v1/repatriation-cases",
                            "{\"country\": \"" + subject[1] + "\", \"subjectIds\": [\"" + subject[0] + "\"]}", 201);
                    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(created);
                    if (id.find()) {
                        cases.add(id.group(1));
                    }
                }
            }
            Files.write(DIR.resolve("cases.csv"), withHeader("id", cases));
            System.out.printf("Prepared %d people to read, %d to move, %d names, %d cases%n", read.size(), moves.size(),
                    names.size(), cases.size());
        }
    }

    /** Every second until told to stop: the application's heap and CPU, the database's connections. */
    private static void sample(PackagedApplication application, Tokens tokens, String url, Path stop) throws Exception {
        Instant deadline = Instant.now().plus(LONGEST);
        Path samples = DIR.resolve("samples.csv");
        Files.writeString(samples, "epochSecond,heapUsedBytes,processCpu,dbConnections,dbActive\n");
        try (Connection connection = DriverManager.getConnection(url, DatabaseRoles.OWNER, DatabaseRoles.OWNER);
                Statement statement = connection.createStatement()) {
            while (!Files.exists(stop) && Instant.now().isBefore(deadline)) {
                long heap = -1;
                double cpu = -1;
                try {
                    String metrics = send(application, tokens.of("ada"), "GET", "/q/metrics", null, 200);
                    heap = (long) sum(metrics, "jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}");
                    cpu = sum(metrics, "process_cpu_usage(\\{[^}]*})?");
                } catch (IOException | IllegalStateException unanswered) {
                    // a sample missed while the application is away (the fault tests stop its database)
                }
                int connections = -1;
                int active = -1;
                try (ResultSet rs = statement.executeQuery("select count(*), count(*) filter (where state = 'active') "
                        + "from pg_stat_activity where datname = 'homeward'")) {
                    rs.next();
                    connections = rs.getInt(1);
                    active = rs.getInt(2);
                } catch (SQLException away) {
                    // the database is stopped on purpose during a fault test
                }
                Files.writeString(samples, Instant.now().getEpochSecond() + "," + heap + "," + cpu + "," + connections + ","
                        + active + "\n", java.nio.file.StandardOpenOption.APPEND);
                Thread.sleep(1000);
            }
        }
    }

    private static double sum(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        double total = 0;
        while (line.find()) {
            total += Double.parseDouble(line.group(line.groupCount()));
        }
        return total;
    }

    private static List<String> column(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1).replace(",", " "));
            }
        }
        return values;
    }

    private static List<String> withHeader(String header, List<String> lines) {
        List<String> all = new ArrayList<>(List.of(header));
        all.addAll(lines);
        return all;
    }

    private static String send(PackagedApplication application, String token, String method, String path, String json,
            int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(application.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = Tokens.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Access tokens of the realm's users, fetched again before they expire. */
    static final class Tokens {

        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String realmUrl;
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, Instant> fetched = new HashMap<>();

        Tokens(String realmUrl) {
            this.realmUrl = realmUrl;
        }

        String of(String user) throws IOException, InterruptedException {
            if (!tokens.containsKey(user) || fetched.get(user).isBefore(Instant.now().minusSeconds(120))) {
                String form = "grant_type=password&client_id=homeward&client_secret=" + CLIENT_SECRET + "&username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
                HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(realmUrl
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
                if (!token.find()) {
                    throw new IllegalStateException("no token for " + user + ": " + response.body());
                }
                tokens.put(user, token.group(1));
                fetched.put(user, Instant.now());
            }
            return tokens.get(user);
        }
    }
}
