package org.homeward.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The official Keycloak distribution (unpacked from Maven Central by the build) started on
 * loopback with the test realm, and stopped afterwards. {@code kc.sh} runs Java as a child
 * process, so stopping means stopping the whole process tree.
 */
public final class KeycloakServer implements AutoCloseable {

    static final String REALM = "homeward";
    static final String THEME = "homeward";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static KeycloakServer start(Path home, Path realmFile, int port, int managementPort) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": the build unpacks it in pre-integration-test (run ./mvnw verify)");
        }
        try {
            // A fresh database, so the test realm is always imported as it is in src/test.
            deleteTree(home.resolve("data/h2"));
            deleteTree(home.resolve("data/import"));
            Path imports = Files.createDirectories(home.resolve("data/import"));
            // Keycloak insists that the file is named after the realm it holds.
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            // Homeward's login theme, as deployments install it (deploy/keycloak/themes)
            Path theme = home.resolve("themes/" + THEME);
            deleteTree(theme);
            copyTree(Path.of("deploy/keycloak/themes", THEME), theme);
            Path log = home.resolve("keycloak-e2e.log");
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                    "--import-realm", "--health-enabled=false")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            KeycloakServer server = new KeycloakServer(builder.start(), port, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be started from " + home, e);
        }
    }

    public String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail());
            }
            if (answers(realmUrl() + "/.well-known/openid-configuration")) {
                return;
            }
            sleep(Duration.ofSeconds(1));
        }
        close();
        throw new IllegalStateException("Keycloak did not start within " + START_TIMEOUT + ":\n" + tail());
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        tree.forEach(child -> child.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> {
            child.destroyForcibly();
            return child;
        }).join());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
