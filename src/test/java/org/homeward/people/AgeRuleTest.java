package org.homeward.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * "A child" is one rule: Java's {@link Age#isChild} and the database's {@code is_child} (V24) give
 * the same answer for every precision on every day around the 18th birthday, leap days included.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class AgeRuleTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void javaAndTheDatabaseAgreeOnWhoIsAChild() throws SQLException {
        int compared = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select is_child(?, ?, ?)")) {
            for (LocalDate today : new LocalDate[] { LocalDate.of(2026, 12, 2), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2028, 2, 29), LocalDate.of(2027, 6, 30) }) {
                for (int days = -400; days <= 400; days += 7) {
                    LocalDate born = today.minusYears(Age.OF_AGE).plusDays(days);
                    for (DateOfBirthPrecision precision : DateOfBirthPrecision.values()) {
                        query.setDate(1, Date.valueOf(born));
                        query.setString(2, precision.name());
                        query.setDate(3, Date.valueOf(today));
                        try (ResultSet row = query.executeQuery()) {
                            row.next();
                            assertEquals(Age.of(born, precision, today).isChild(), row.getBoolean(1),
                                    born + " " + precision + " on " + today);
                        }
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 1000);
    }

    @Test
    void bornInTheYearOfTheBoundaryIsNotYetAChildWhenOnlyTheYearIsKnown() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        LocalDate recorded = LocalDate.of(2008, 12, 20);
        assertTrue(Age.of(recorded, DateOfBirthPrecision.EXACT, today).isChild());
        assertFalse(Age.of(recorded, DateOfBirthPrecision.YEAR, today).isChild(),
                "born some time in 2008 may already be 18: the rule asks of the earliest date");
    }
}
