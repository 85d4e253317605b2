package org.homeward.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the packaged application runs against in the browser tests: a real PostgreSQL and a real
 * Keycloak, both on loopback, configured exactly as production would configure them (through
 * the same properties the README lists as environment variables).
 */
public class E2eEnvironment implements QuarkusTestResourceLifecycleManager {

    /** The test realm's client secret (src/test/resources/e2e/homeward-test-realm.json). */
    private static final String CLIENT_SECRET = "e2e-only-client-secret";

    private EmbeddedPostgres postgres;
    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL for the browser tests did not start", e);
        }
        keycloak = KeycloakServer.start(Path.of(required("homeward.e2e.keycloak-home")), realmFile(), freePort(),
                freePort());
        return Map.of(
                "quarkus.http.host", "127.0.0.1",
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "quarkus.oidc.credentials.secret", CLIENT_SECRET,
                "quarkus.oidc.token-state-manager.encryption-secret", randomSecret());
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the run is over; the temporary data directory goes with the process
            }
        }
    }

    private static Path realmFile() {
        try {
            return Path.of(E2eEnvironment.class.getResource("/e2e/homeward-test-realm.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the browser tests with ./mvnw verify");
        }
        return value;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
