package org.homeward.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.homeward.dev.DatabaseRoles;
import org.homeward.support.EmbeddedDatabase;
import org.homeward.support.PackagedApplication;
import org.junit.jupiter.api.Test;

/**
 * Two copies of the packaged application started at the same moment against one empty database,
 * as a rolling update or a scaled-up Deployment starts them: Flyway's lock lets one migrate while
 * the other waits, both end ready, and every migration is applied exactly once.
 */
class ConcurrentStartIT {

    @Test
    void twoCopiesStartingTogetherMigrateOnce() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
            Map<String, String> settings = PackagedApplication.withoutLogins();
            List<PackagedApplication> copies = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    copies.add(PackagedApplication.start(database.datasource(), settings, PackagedApplication.freePort(),
                            Path.of("target", "concurrent-start-" + i + ".log"), "-Xmx512m"));
                }
                for (PackagedApplication copy : copies) {
                    copy.awaitReady();
                }
            } finally {
                copies.forEach(PackagedApplication::close);
            }
            long migrations;
            try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
                migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            }
            String url = database.datasource().get("quarkus.datasource.jdbc.url");
            try (Connection owner = DriverManager.getConnection(url, DatabaseRoles.OWNER, DatabaseRoles.OWNER);
                    ResultSet history = owner.createStatement().executeQuery("""
                            select count(*), count(distinct version), count(*) filter (where not success)
                            from flyway_schema_history where version is not null""")) {
                history.next();
                assertEquals(migrations, history.getLong(1), "every migration applied once, none twice");
                assertEquals(migrations, history.getLong(2));
                assertEquals(0, history.getLong(3), "no migration failed");
            }
            String logs = Files.readString(copies.get(0).log()) + Files.readString(copies.get(1).log());
            assertEquals(1, logs.split("Successfully applied", -1).length - 1, "one copy migrated, the other found it done");
        }
    }
}
