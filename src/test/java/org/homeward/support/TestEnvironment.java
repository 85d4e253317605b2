package org.homeward.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What every Quarkus test runs against: a real PostgreSQL (embedded, started once per run) and a
 * signing key made for this run, so tests mint their own tokens and no login server is needed.
 */
public class TestEnvironment implements QuarkusTestResourceLifecycleManager {

    public static final String PRIVATE_KEY_PROPERTY = "homeward.test.private-key";

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.start();
        KeyPair keys = newRsaKeyPair();
        // Tests run in this JVM under another class loader: a system property reaches them all.
        System.setProperty(PRIVATE_KEY_PROPERTY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        Map<String, String> config = new HashMap<>(database.datasource());
        config.put("quarkus.oidc.public-key", publicKey);
        config.put("quarkus.oidc.api.public-key", publicKey);
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
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
