package org.homeward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The restore drill's two halves on an embedded PostgreSQL, as CloudNativePG does them with its
 * object store (docs/operations.md): a base backup taken while the server runs (pg_backup_start,
 * the files copied, pg_backup_stop's label written beside them) with the WAL archived by the
 * server's own archive_command; then a server started from a copy of that backup, replaying the
 * archive up to a named restore point and promoted.
 */
public final class PointInTimeRecovery {

    /** Left out of a base backup ("Making a Base Backup Using the Low Level API"): the running server's own. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "restarted.log");
    /** Copied empty: rebuilt at start, or (the WAL) replayed from the archive. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    private PointInTimeRecovery() {
    }

    /**
     * The settings that make a server archive its WAL into {@code archive}: PostgreSQL's own
     * basic_archive module (zonky hands the settings to pg_ctl as one line split at spaces, which
     * an archive_command cannot survive).
     */
    public static java.util.Map<String, String> archivingInto(Path archive) {
        return java.util.Map.of("archive_mode", "on", "archive_library", "basic_archive",
                "basic_archive.archive_directory", archive.toAbsolutePath().toString());
    }

    /** A base backup of the running server into {@code into}. */
    public static void baseBackup(EmbeddedDatabase database, Path into) throws SQLException, IOException {
        try (Connection superuser = database.superuser(); Statement sql = superuser.createStatement()) {
            sql.execute("select pg_backup_start('homeward-drill', true)");
            copy(database.dataDirectory(), into);
            try (ResultSet stop = sql.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(into.resolve("backup_label"), stop.getString(1));
                String tablespaces = stop.getString(2);
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    Files.writeString(into.resolve("tablespace_map"), tablespaces);
                }
            }
        }
    }

    /** A server on a port of its own, from a copy of {@code backup}, recovered to {@code restorePoint} and promoted. */
    public static Restored restore(Path backup, Path archive, String restorePoint, Path into, Path postgresBinary)
            throws IOException, InterruptedException {
        copy(backup, into);
        Files.setPosixFilePermissions(into, PosixFilePermissions.fromString("rwx------"));
        Files.createFile(into.resolve("recovery.signal"));
        int port = PackagedApplication.freePort();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // as EmbeddedDatabase#restartServer: PostgreSQL refuses root
        }
        command.addAll(List.of(postgresBinary.toString(), "-D", into.toAbsolutePath().toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "restore_command=cp \"" + archive.toAbsolutePath() + "/%f\" \"%p\"",
                "-c", "recovery_target_name=" + restorePoint,
                "-c", "recovery_target_action=promote"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(into.resolveSibling(into.getFileName() + ".log").toFile()).start();
        Restored restored = new Restored(server, port);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                    "postgres", "postgres");
                    ResultSet recovering = connection.createStatement().executeQuery("select pg_is_in_recovery()")) {
                recovering.next();
                if (!recovering.getBoolean(1)) {
                    return restored;
                }
            } catch (SQLException notYet) {
                // still starting, or replaying the archive
            }
            Thread.sleep(200);
        }
        restored.close();
        throw new IllegalStateException("the restored server was not promoted in 120 s; see "
                + into.resolveSibling(into.getFileName() + ".log"));
    }

    /** A restored server; closing it stops it (a smart shutdown). */
    public record Restored(Process server, int port) implements AutoCloseable {

        @Override
        public void close() {
            server.destroy();
            try {
                server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The data directory's files, as they are when each is read (the backup's label makes that consistent). */
    private static void copy(Path from, Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.toString().isEmpty() || LEFT_OUT.contains(relative.toString())) {
                    continue;
                }
                if (relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = into.resolve(relative.toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (NoSuchFileException goneMeanwhile) {
                    // a temporary file the server removed while the backup ran: not part of it
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
