package org.homeward.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the packaged application (target/quarkus-app, production profile) in a process of its
 * own, configured from the environment as the README says production configures it, on loopback.
 */
public final class PackagedApplication implements AutoCloseable {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a copy on the embedded database with {@code environment} added (the OIDC settings,
     * the keys); it is not waited for ({@link #awaitReady}).
     */
    public static PackagedApplication start(Map<String, String> datasource, Map<String, String> environment, int port,
            Path log, String... jvmOptions) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: package the application first");
        }
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.List.of(jvmOptions));
        command.addAll(java.util.List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", datasource.get("quarkus.datasource.jdbc.url"));
        env.put("QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"));
        env.put("QUARKUS_DATASOURCE_PASSWORD", datasource.get("quarkus.datasource.password"));
        env.put("QUARKUS_FLYWAY_USERNAME", datasource.get("quarkus.flyway.username"));
        env.put("QUARKUS_FLYWAY_PASSWORD", datasource.get("quarkus.flyway.password"));
        env.putAll(environment);
        Files.createDirectories(log.toAbsolutePath().getParent());
        return new PackagedApplication(builder.redirectErrorStream(true).redirectOutput(log.toFile()).start(), port, log);
    }

    /** The settings of a copy nobody logs in to: a login server that is not there, keys made up for the run. */
    public static Map<String, String> withoutLogins() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:" + freePort() + "/realms/homeward");
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "no-logins-here");
        env.putAll(keys());
        return env;
    }

    /** The three keys every copy shares, made up for one run. */
    public static Map<String, String> keys() {
        return Map.of("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", random(),
                "HOMEWARD_AUDIT_SIGNING_KEY", random(), "HOMEWARD_FILES_KEY", random());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the copy answers ready (its database reachable, migrated). */
    public PackagedApplication awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + log);
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application on port " + port + " was not ready within " + READY_WITHIN);
    }

    /** Killed at once, as a lost node or {@code kill -9} kills it: nothing of it runs after this returns. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[36];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
