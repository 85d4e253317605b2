package org.homeward.benchmark;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link ConcurrentReads} against the packaged application (target/quarkus-app, production profile,
 * the sealer running every second), on the embedded PostgreSQL with its two roles:
 *
 * <pre>
 * ./mvnw verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=PackagedReadBenchmark -DexcludedGroups= -Dbenchmark.seconds=15
 * </pre>
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedReadBenchmark.Environment.class)
@Tag("benchmark")
class PackagedReadBenchmark extends ConcurrentReads {

    /** The tests' database and signing key; bearer tokens only, and a key for the checkpoints. */
    public static class Environment extends TestEnvironment {

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            config.put("quarkus.oidc.application-type", "service");
            config.put("quarkus.http.host", "127.0.0.1");
            config.put("homeward.audit.signing-key", UUID.randomUUID() + "-" + UUID.randomUUID());
            config.put("homeward.files.key", UUID.randomUUID() + "-" + UUID.randomUUID());
            config.put("quarkus.log.category.\"org.homeward\".level", "WARN");
            return config;
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Override
    URI base() {
        return base;
    }

    @Test
    void readsFromManyClientsAtOnce() throws Exception {
        measure("packaged");
    }
}
