package org.homeward.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.homeward.dev.DatabaseRoles;

/**
 * A real PostgreSQL for a test run, on loopback, gone when the run ends, with Homeward's two roles
 * as production has them: Flyway migrates as the owner, the application connects as a role that
 * may only append to the audit trail. Tests that must go past that (to rewrite the trail and see
 * it caught) use {@link Superuser}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                DatabaseRoles.create(superuser);
                // TransferTest holds a lock past the transfer's own deadlock check (a superuser's setting)
                superuser.createStatement().execute("grant set on parameter deadlock_timeout to "
                        + DatabaseRoles.APPLICATION);
            }
            // Tests run in this JVM under another class loader: a system property reaches them all.
            System.setProperty(Superuser.URL_PROPERTY, "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/"
                    + DatabaseRoles.DATABASE);
            return new EmbeddedDatabase(postgres);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL for the tests did not start", e);
        }
    }

    /** The datasource settings, as the application reads them. */
    public Map<String, String> datasource() {
        return Map.of(
                "quarkus.datasource.jdbc.url", DatabaseRoles.jdbcUrl(postgres.getPort()),
                "quarkus.datasource.username", DatabaseRoles.APPLICATION,
                "quarkus.datasource.password", DatabaseRoles.APPLICATION,
                "quarkus.flyway.username", DatabaseRoles.OWNER,
                "quarkus.flyway.password", DatabaseRoles.OWNER);
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
