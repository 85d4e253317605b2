package org.homeward.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.homeward.dev.DatabaseRoles;
import org.homeward.support.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * Two copies of the packaged application started at the same moment against one empty database,
 * as a rolling update or a scaled-up Deployment starts them: Flyway's lock lets one migrate while
 * the other waits, both end ready, and every migration is applied exactly once.
 */
class ConcurrentStartIT {

    private static final Path APPLICATION = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    @Test
    void twoCopiesStartingTogetherMigrateOnce() throws Exception {
        assertTrue(Files.exists(APPLICATION), "the application is packaged before the integration tests");
        try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
            List<Process> copies = new ArrayList<>();
            List<Integer> ports = List.of(freePort(), freePort());
            try {
                for (int i = 0; i < ports.size(); i++) {
                    copies.add(start(database.datasource(), ports.get(i), Path.of("target", "concurrent-start-" + i + ".log")));
                }
                for (int port : ports) {
                    awaitReady(port);
                }
            } finally {
                copies.forEach(Process::destroy);
                for (Process copy : copies) {
                    if (!copy.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        copy.destroyForcibly();
                    }
                }
            }
            long migrations;
            try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
                migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            }
            String url = database.datasource().get("quarkus.datasource.jdbc.url");
            try (Connection owner = DriverManager.getConnection(url, DatabaseRoles.OWNER, DatabaseRoles.OWNER);
                    ResultSet history = owner.createStatement().executeQuery("""
                            select count(*), count(distinct version), count(*) filter (where not success)
                            from flyway_schema_history where version is not null""")) {
                history.next();
                assertEquals(migrations, history.getLong(1), "every migration applied once, none twice");
                assertEquals(migrations, history.getLong(2));
                assertEquals(0, history.getLong(3), "no migration failed");
            }
            String logs = Files.readString(Path.of("target", "concurrent-start-0.log"))
                    + Files.readString(Path.of("target", "concurrent-start-1.log"));
            assertEquals(1, logs.split("Successfully applied", -1).length - 1, "one copy migrated, the other found it done");
        }
    }

    /** A copy of the packaged application, configured from the environment as in production. */
    private static Process start(Map<String, String> datasource, int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", APPLICATION.toString());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", datasource.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", datasource.get("quarkus.datasource.password"));
        env.put("QUARKUS_FLYWAY_USERNAME", datasource.get("quarkus.flyway.username"));
        env.put("QUARKUS_FLYWAY_PASSWORD", datasource.get("quarkus.flyway.password"));
        // no login server is needed to start: nobody logs in here
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + freePort() + "/realms/homeward");
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "concurrent-start-only");
        env.put("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", "concurrent-start-only-cookie-secret-0123456789");
        env.put("HOMEWARD_AUDIT_SIGNING_KEY", "concurrent-start-only-audit-signing-key-0123456789");
        env.put("HOMEWARD_FILES_KEY", "concurrent-start-only-files-key-0123456789abcdef");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the copy on port " + port + " was not ready within " + READY_WITHIN);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
