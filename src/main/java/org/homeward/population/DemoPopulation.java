package org.homeward.population;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/** Dev mode only: a registry with about 2,000 synthetic people to work with, loaded once. */
@IfBuildProfile("dev")
public class DemoPopulation {

    private static final Logger LOG = Logger.getLogger(DemoPopulation.class);
    private static final int PEOPLE = 2000;
    private static final long SEED = 2026L;

    @Inject
    AgroalDataSource dataSource;

    void loadOnce(@Observes StartupEvent started) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (hasPeople(connection)) {
                return;
            }
            PopulationLoader.Loaded loaded = PopulationLoader.load(connection, PEOPLE, SEED,
                    LocalDate.now(ZoneOffset.UTC));
            LOG.infof("Dev mode: loaded %d synthetic people in %d ms", loaded.people(), loaded.millis());
        }
    }

    private static boolean hasPeople(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select exists (select 1 from person)")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
