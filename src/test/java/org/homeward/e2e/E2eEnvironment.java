package org.homeward.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.homeward.support.EmbeddedDatabase;

/**
 * What the packaged application runs against in the browser tests: a real PostgreSQL and a real
 * Keycloak, both on loopback, configured exactly as production would configure them (through
 * the same properties the README lists as environment variables).
 */
public class E2eEnvironment implements QuarkusTestResourceLifecycleManager {

    /** The test realm's client secret (src/test/resources/e2e/homeward-test-realm.json). */
    static final String CLIENT_SECRET = "e2e-only-client-secret";
    static final String REALM_URL_PROPERTY = "homeward.e2e.realm-url";

    private EmbeddedDatabase database;
    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.start();
        keycloak = KeycloakServer.start(Path.of(required("homeward.e2e.keycloak-home")), realmFile(), freePort(),
                freePort());
        Map<String, String> config = new HashMap<>(database.datasource());
        config.put("quarkus.http.host", "127.0.0.1");
        config.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        config.put("quarkus.oidc.token-state-manager.encryption-secret", randomSecret());
        config.put("homeward.audit.signing-key", randomSecret());
        config.put("homeward.files.key", randomSecret());
        // The tests run in this JVM: they read where Keycloak is to fetch API tokens (E2eData).
        System.setProperty(REALM_URL_PROPERTY, keycloak.realmUrl());
        return config;
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
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
