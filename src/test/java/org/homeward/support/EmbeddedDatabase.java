package org.homeward.support;

import java.io.IOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL for a test run, on loopback, gone when the run ends. */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start() {
        try {
            return new EmbeddedDatabase(
                    EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start());
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL for the tests did not start", e);
        }
    }

    /** The datasource settings, as the application reads them. */
    public Map<String, String> datasource() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the run is over; the temporary data directory goes with the process
        }
    }
}
