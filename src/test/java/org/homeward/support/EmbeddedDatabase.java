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
    private final java.nio.file.Path dataDirectory;
    private final java.nio.file.Path pgCtl;

    private EmbeddedDatabase(EmbeddedPostgres postgres, java.nio.file.Path dataDirectory, java.nio.file.Path pgCtl) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.pgCtl = pgCtl;
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
            // where the server keeps its data and which binaries run it, for the fault tests that stop it
            java.nio.file.Path data;
            try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                    java.sql.ResultSet rs = superuser.createStatement().executeQuery("show data_directory")) {
                rs.next();
                data = java.nio.file.Path.of(rs.getString(1));
            }
            String postmaster = java.nio.file.Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            java.nio.file.Path binaries = java.nio.file.Path.of("/proc", postmaster, "exe").toRealPath().getParent();
            return new EmbeddedDatabase(postgres, data, binaries.resolve("pg_ctl"));
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

    /**
     * Stops the server as an operator or a failing node would (a fast shutdown: connections are
     * cut, nothing in flight is kept), leaving its data; {@link #restartServer} brings it back.
     */
    public void stopServer() {
        pgCtl("stop", "-m", "fast");
    }

    /** Starts the stopped server again on the same port and data. */
    public void restartServer() {
        pgCtl("start", "-o", "-p " + postgres.getPort() + " -c listen_addresses=127.0.0.1", "-l",
                dataDirectory.resolve("restarted.log").toString());
    }

    private void pgCtl(String... arguments) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(pgCtl.toString(), "-D",
                dataDirectory.toString(), "-w"));
        command.addAll(java.util.List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
