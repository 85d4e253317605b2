package org.homeward.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.homeward.population.PopulationLoader;

/** The synthetic population every benchmark measures against: {@code benchmark.people} people, seed 42. */
final class BenchmarkPopulation {

    static final int SEED = 42;

    private BenchmarkPopulation() {
    }

    /** Loads the population as of {@code today} and prints how long it took. */
    static PopulationLoader.Loaded load(DataSource dataSource, LocalDate today) throws SQLException, java.io.IOException {
        int people = Integer.getInteger("benchmark.people", 100_000);
        PopulationLoader.Loaded loaded;
        try (Connection connection = dataSource.getConnection()) {
            loaded = PopulationLoader.load(connection, people, SEED, today);
        }
        System.out.printf("%nLoaded %,d people in %.1f s%n", loaded.people(), loaded.millis() / 1000.0);
        return loaded;
    }
}
