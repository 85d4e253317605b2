package org.homeward.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A connection to the test database as its superuser, for what neither the application nor the
 * schema's owner may do: a test that rewrites the audit trail, past its triggers and privileges,
 * to see the rewrite caught. Triggers do not fire on it ({@code session_replication_role}).
 */
public final class Superuser {

    static final String URL_PROPERTY = "homeward.test.superuser-url";

    private Superuser() {
    }

    /** The test database's address, for a test that connects as one of its roles. */
    public static String url() {
        return System.getProperty(URL_PROPERTY);
    }

    /** Runs one statement with its parameters, in a transaction of its own; answers the rows changed (0 for a query). */
    public static int execute(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url(), "postgres",
                "postgres")) {
            connection.createStatement().execute("set session_replication_role = replica");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.execute() ? 0 : statement.getUpdateCount();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
