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
    private final java.nio.file.Path postgresBinary;
    /** The server started again after {@link #stopServer}, which this object then stops. */
    private Process restarted;

    /** The settings it was started with besides zonky's, which a restart keeps. */
    private final Map<String, String> serverConfig;

    private EmbeddedDatabase(EmbeddedPostgres postgres, java.nio.file.Path dataDirectory, java.nio.file.Path postgresBinary,
            Map<String, String> serverConfig) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.postgresBinary = postgresBinary;
        this.serverConfig = serverConfig;
    }

    public static EmbeddedDatabase start() {
        return start(Map.of());
    }

    /** A server with these settings besides (archive_mode and archive_command for the restore drill). */
    public static EmbeddedDatabase start(Map<String, String> serverConfig) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1");
            serverConfig.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
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
            java.nio.file.Path binary = java.nio.file.Path.of("/proc", postmaster, "exe").toRealPath();
            return new EmbeddedDatabase(postgres, data, binary, Map.copyOf(serverConfig));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL for the tests did not start", e);
        }
    }

    /** A connection as the server's superuser, to its maintenance database. */
    public Connection superuser() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    public java.nio.file.Path dataDirectory() {
        return dataDirectory;
    }

    public java.nio.file.Path postgresBinary() {
        return postgresBinary;
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
     * By signal and by the server's own binary, as zonky runs it: pg_ctl refuses to run as root.
     */
    public void stopServer() {
        try {
            java.nio.file.Path pidFile = dataDirectory.resolve("postmaster.pid");
            long pid = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            // SIGINT: PostgreSQL's fast shutdown
            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).start().waitFor();
            postmaster.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the database did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the stopped server again on the same port and data, and waits until it takes connections. */
    public void restartServer() {
        try {
            // as zonky starts it: in a user namespace of its own when run as root, which PostgreSQL refuses
            java.util.List<String> command = new java.util.ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(java.util.List.of("unshare", "-U"));
            }
            command.addAll(java.util.List.of(postgresBinary.toString(), "-D", dataDirectory.toString(), "-p",
                    String.valueOf(postgres.getPort()), "-c", "listen_addresses=127.0.0.1"));
            serverConfig.forEach((name, value) -> command.addAll(java.util.List.of("-c", name + "=" + value)));
            restarted = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(dataDirectory.resolve("restarted.log").toFile()).start();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                    return;
                } catch (SQLException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException("the database did not start again; see " + dataDirectory.resolve("restarted.log"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (restarted != null) {
            restarted.destroy();
            try {
                restarted.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the run is over; the temporary data directory goes with the process
        }
    }
}
