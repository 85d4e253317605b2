package org.homeward.dev;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives {@code ./mvnw quarkus:dev} a real PostgreSQL with nothing installed.
 *
 * <p>Acts only in the dev profile, only when no datasource URL is configured, and only when
 * the embedded server is on the classpath (it is a {@code provided} dependency, absent from the
 * packaged application). Production therefore never starts, nor even loads, an embedded database.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    /** Low ordinal: an explicitly configured URL (file, environment) always wins. */
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isDevProfile(context) || isSet(context.getValue("quarkus.datasource.jdbc.url")) || !embeddedServerAvailable()) {
            return List.of();
        }
        String url = EmbeddedServer.jdbcUrl();
        // Two roles, as in production: Flyway migrates as the owner, the application connects as a
        // role that may only append to the audit trail.
        return List.of(new MapBackedConfigSource("homeward-embedded-postgres", Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", DatabaseRoles.APPLICATION,
                "quarkus.datasource.password", DatabaseRoles.APPLICATION,
                "quarkus.flyway.username", DatabaseRoles.OWNER,
                "quarkus.flyway.password", DatabaseRoles.OWNER), ORDINAL) {
        });
    }

    private static boolean isDevProfile(ConfigSourceContext context) {
        return context.getProfiles().contains("dev");
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static boolean embeddedServerAvailable() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    EmbeddedPostgresConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Nested so that zonky types are loaded only when dev mode really needs them. */
    private static final class EmbeddedServer {
        /** Survives live reload (same JVM), so a reload keeps the same database and its data. */
        private static final String URL_PROPERTY = "homeward.dev.embedded-postgres.url";

        static synchronized String jdbcUrl() {
            String known = System.getProperty(URL_PROPERTY);
            if (known != null) {
                return known;
            }
            try {
                var postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (java.io.IOException ignored) {
                        // the JVM is exiting; the temporary data directory goes with it
                    }
                }, "embedded-postgres-stop"));
                try (java.sql.Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                    DatabaseRoles.create(superuser);
                }
                String url = DatabaseRoles.jdbcUrl(postgres.getPort());
                System.setProperty(URL_PROPERTY, url);
                return url;
            } catch (java.io.IOException | java.sql.SQLException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL for dev mode", e);
            }
        }
    }
}
