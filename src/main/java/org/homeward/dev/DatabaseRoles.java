package org.homeward.dev;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two database roles Homeward runs with (README, "Database roles"; docs/adr/014-two-database-roles.md),
 * made on a fresh embedded server by its superuser: the owner of the schema, as whom Flyway migrates
 * it, and the application, which reads and writes the records but may only append to the audit trail.
 * Dev mode and the tests set them up exactly as production does.
 */
public final class DatabaseRoles {

    public static final String DATABASE = "homeward";
    public static final String OWNER = "homeward_owner";
    public static final String APPLICATION = "homeward_app";

    private DatabaseRoles() {
    }

    /** Creates both roles (each password is its name: loopback only) and the database the owner owns. */
    public static void create(Connection superuser) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
            statement.execute("create role " + APPLICATION + " login password '" + APPLICATION + "'");
            statement.execute("create database " + DATABASE + " owner " + OWNER);
        }
    }

    /** The JDBC URL of Homeward's database on an embedded server, without any user in it. */
    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }
}
