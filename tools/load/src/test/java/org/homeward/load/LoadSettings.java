package org.homeward.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** Where the environment started by tools/load/run is, and how long to load it. */
final class LoadSettings {

    final Properties environment = new Properties();
    final Duration duration = Duration.ofSeconds(Long.getLong("load.seconds", 180));
    final int users = Integer.getInteger("load.users", 32);
    /**
     * Which run of the mix on one environment (0, 1…): each moves the same people on to another
     * camp (moves.csv has a destination per run), so no run asks for a move the one before made.
     */
    final int round = Integer.getInteger("load.round", 0);
    /** About how long a person reads between two requests (half to one and a half of it). */
    final Duration think = Duration.ofMillis((long) (Double.parseDouble(System.getProperty("load.think", "0")) * 1000));

    LoadSettings() {
        Path file = Path.of(System.getProperty("load.environment", "../../target/load/environment.properties"));
        try (Reader reader = Files.newBufferedReader(file)) {
            environment.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("no load environment at " + file + ": start it with tools/load/run", e);
        }
    }

    String get(String key) {
        return environment.getProperty(key);
    }

    /** A file the environment prepared (people.csv, moves.csv, names.csv, cases.csv). */
    String data(String file) {
        return Path.of(get("data"), file).toString();
    }
}
