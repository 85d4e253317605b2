package org.homeward.support;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What every Quarkus test runs against: a real PostgreSQL (embedded, started once per run) and a
 * signing key made for this run, so tests mint their own tokens and no login server is needed.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    static final String PRIVATE_KEY_PROPERTY = "homeward.test.private-key";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL for the tests did not start", e);
        }
        KeyPair keys = newRsaKeyPair();
        // Tests run in this JVM under another class loader: a system property reaches them all.
        System.setProperty(PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.oidc.public-key", publicKey,
                "quarkus.oidc.api.public-key", publicKey);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the run is over; the temporary data directory is removed with the process
            }
        }
    }

    private static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
