package org.homeward.population;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.people.NameKeys;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a synthetic population into a Homeward database with COPY, in batches, so a million
 * people take minutes. Used by dev mode (2,000 people) and for benchmarks:
 *
 * <pre>
 * ./mvnw -q compile exec:java -Dexec.mainClass=org.homeward.population.PopulationLoader \
 *     -Dexec.args="jdbc:postgresql://127.0.0.1:5432/homeward homeward secret 1000000 42"
 * </pre>
 *
 * The schema must exist (start Homeward once against the database, or run its Flyway migrations).
 */
public final class PopulationLoader {

    private static final int BATCH = 20_000;
    private static final String RECORDED_BY = "population-generator";

    public record Loaded(int people, long millis) {
    }

    private PopulationLoader() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        if (args.length < 4) {
            System.err.println("usage: PopulationLoader <jdbc-url> <user> <password> <people> [seed]");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            Loaded loaded = load(connection, Integer.parseInt(args[3]), args.length > 4 ? Long.parseLong(args[4]) : 42L,
                    LocalDate.now(ZoneOffset.UTC));
            System.out.printf("Loaded %,d people in %.1f s%n", loaded.people(), loaded.millis() / 1000.0);
        }
    }

    /** Adds the standard facilities (when missing) and {@code people} people; one transaction. */
    public static Loaded load(Connection connection, int people, long seed, LocalDate today)
            throws SQLException, IOException {
        long started = System.currentTimeMillis();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        int loaded;
        try {
            Map<String, UUID> facilities = ensureFacilities(connection);
            List<GeneratedPerson> generated = new PopulationGenerator(seed, today).generate(people);
            loaded = generated.size();
            long firstNumber = reserve(connection, "person_registration_seq", generated.size());
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < generated.size(); from += BATCH) {
                List<GeneratedPerson> batch = generated.subList(from, Math.min(from + BATCH, generated.size()));
                copyBatch(copy, batch, firstNumber + from, facilities);
            }
            // families once everyone is in: a link may point to someone later in the list
            copyFamilies(connection, copy, generated);
            try (Statement compact = connection.createStatement()) {
                // the counters' deltas of every batch folded at once, not left to the compactor's
                // next turn (statistics.CounterCompaction): a reader would sum them all until then
                compact.execute("select counters_compact(true)");
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        // Outside the transaction (VACUUM cannot run in one): fresh statistics, and the visibility
        // map set, so counts are answered from indexes at once rather than after autovacuum; the
        // counters, updated by every batch, left without the versions the batches replaced.
        try (Statement vacuum = connection.createStatement()) {
            vacuum.execute("vacuum analyze person, person_nationality, movement, household, household_membership,"
                    + " relationship, nationality_placement_count, nationality_grid_count, nationality_movement_count,"
                    + " person_placement_count, person_grid_count, movement_day_count, nationality_placement_delta,"
                    + " nationality_grid_delta, nationality_movement_delta, person_placement_delta, person_grid_delta,"
                    + " movement_day_delta");
        }
        return new Loaded(loaded, System.currentTimeMillis() - started);
    }

    private static void copyBatch(CopyManager copy, List<GeneratedPerson> batch, long firstNumber,
            Map<String, UUID> facilities) throws SQLException, IOException {
        StringBuilder persons = new StringBuilder(batch.size() * 200);
        StringBuilder nationalities = new StringBuilder(batch.size() * 60);
        StringBuilder movements = new StringBuilder(batch.size() * 200);
        String recordedAt = Instant.now().toString();
        long number = firstNumber;
        for (GeneratedPerson p : batch) {
            row(persons, p.id(), String.format("HW-%07d", number++), p.givenName(), p.fatherName(), p.familyName(),
                    p.givenNameAr(), p.fatherNameAr(), p.familyNameAr(), p.sex(), p.dateOfBirth(), p.precision(),
                    p.category(), p.status(), facilities.get(p.facilityCode()),
                    NameKeys.keyText(new NameKeys.Names(p.givenName(), p.fatherName(), null, p.familyName(),
                            p.givenNameAr(), p.fatherNameAr(), null, p.familyNameAr(), List.of())));
            row(nationalities, p.id(), p.nationality(), p.nationalityStatus(), facilities.get(p.facilityCode()),
                    p.sex(), p.dateOfBirth());
            row(movements, UUID.nameUUIDFromBytes((p.id() + "admission").getBytes()), p.id(), "ADMISSION", null,
                    facilities.get(p.admittedTo()), p.admitted(), RECORDED_BY, recordedAt);
            if (p.transferredTo() != null) {
                row(movements, UUID.nameUUIDFromBytes((p.id() + "transfer").getBytes()), p.id(), "TRANSFER",
                        facilities.get(p.admittedTo()), facilities.get(p.transferredTo()), p.transferred(), RECORDED_BY,
                        recordedAt);
            }
        }
        copy.copyIn("copy person (id, registration_number, given_name, father_name, family_name, given_name_ar,"
                + " father_name_ar, family_name_ar, sex, date_of_birth, date_of_birth_precision, category, status,"
                + " current_facility_id, name_keys) from stdin", new StringReader(persons.toString()));
        copy.copyIn("copy person_nationality (person_id, country, status, current_facility_id, sex, date_of_birth)"
                + " from stdin",
                new StringReader(nationalities.toString()));
        copy.copyIn("copy movement (id, person_id, type, from_facility_id, to_facility_id, date, recorded_by,"
                + " recorded_at) from stdin", new StringReader(movements.toString()));
    }

    /** Households (numbered from their own sequence), their members, and the family links. */
    private static void copyFamilies(Connection connection, CopyManager copy, List<GeneratedPerson> generated)
            throws SQLException, IOException {
        long households = generated.stream().filter(GeneratedPerson::householdReference).count();
        long number = households == 0 ? 0 : reserve(connection, "household_number_seq", households);
        String at = Instant.now().toString();
        StringBuilder groups = new StringBuilder();
        for (GeneratedPerson p : generated) {
            if (p.householdReference()) {
                row(groups, p.household(), String.format("HH-%07d", number++), p.id(), RECORDED_BY, at);
            }
        }
        copy.copyIn("copy household (id, household_number, reference_person_id, created_by, created_at) from stdin",
                new StringReader(groups.toString()));
        for (int from = 0; from < generated.size(); from += BATCH) {
            StringBuilder members = new StringBuilder();
            StringBuilder links = new StringBuilder();
            for (GeneratedPerson p : generated.subList(from, Math.min(from + BATCH, generated.size()))) {
                if (p.household() != null) {
                    row(members, UUID.nameUUIDFromBytes((p.id() + "household").getBytes()), p.household(), p.id(),
                            at, RECORDED_BY);
                }
                for (GeneratedPerson.Link link : p.links()) {
                    row(links, UUID.nameUUIDFromBytes((p.id() + link.type() + link.relative()).getBytes()),
                            link.type(), p.id(), link.relative(), link.evidence(), RECORDED_BY, at);
                }
            }
            copy.copyIn("copy household_membership (id, household_id, person_id, joined_at, joined_by) from stdin",
                    new StringReader(members.toString()));
            copy.copyIn("copy relationship (id, type, person_id, relative_id, evidence, recorded_by, recorded_at)"
                    + " from stdin", new StringReader(links.toString()));
        }
    }

    /** One line of COPY's text format: tab-separated, \N for null, special characters escaped. */
    private static void row(StringBuilder into, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                into.append('\t');
            }
            if (values[i] == null) {
                into.append("\\N");
            } else {
                String text = values[i].toString();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    switch (ch) {
                        case '\\' -> into.append("\\\\");
                        case '\t' -> into.append("\\t");
                        case '\n' -> into.append("\\n");
                        case '\r' -> into.append("\\r");
                        default -> into.append(ch);
                    }
                }
            }
        }
        into.append('\n');
    }

    /** Takes {@code count} numbers from a sequence at once, so none is ever handed out twice; answers the first. */
    private static long reserve(Connection connection, String sequence, long count) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet last = statement.executeQuery("select setval('" + sequence + "', nextval('" + sequence
                        + "') + " + (count - 1) + ")")) {
            last.next();
            return last.getLong(1) - count + 1;
        }
    }

    private static Map<String, UUID> ensureFacilities(Connection connection) throws SQLException {
        List<StandardFacilities.Site> parentsFirst = new ArrayList<>(StandardFacilities.ALL);
        parentsFirst.sort((a, b) -> Boolean.compare(a.parentCode() != null, b.parentCode() != null));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into facility (id, code, name, name_ar, type, governorate, parent_id, capacity, active)
                values (?, ?, ?, ?, ?, 'Al-Hasakah', (select id from facility where code = ?), ?, ?)
                on conflict (code) do nothing""")) {
            for (StandardFacilities.Site site : parentsFirst) {
                insert.setObject(1, site.id());
                insert.setString(2, site.code());
                insert.setString(3, site.name());
                insert.setString(4, site.nameAr());
                insert.setString(5, site.type().name());
                insert.setString(6, site.parentCode());
                insert.setInt(7, site.capacity());
                insert.setBoolean(8, site.active());
                insert.executeUpdate();
            }
        }
        Map<String, UUID> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select code, id from facility")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getObject(2, UUID.class));
            }
        }
        return ids;
    }
}
