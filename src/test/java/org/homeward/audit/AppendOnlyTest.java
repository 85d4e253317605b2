package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.dev.DatabaseRoles;
import org.homeward.support.Superuser;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database itself keeps the audit trail append-only: the application connects as a role that
 * may insert into the audit tables and read them, and is refused any UPDATE, DELETE or TRUNCATE;
 * the schema's owner, who may, is stopped by the tables' triggers.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class AppendOnlyTest {

    private static final String PERMISSION_DENIED = "42501";

    @Inject
    EntityManager em;

    @Test
    void theApplicationConnectsAsARoleThatDoesNotOwnTheTrail() {
        Object[] roles = (Object[]) em.createNativeQuery(
                "select current_user::text, tableowner::text from pg_tables where tablename = 'audit_event'")
                .getSingleResult();
        assertEquals(DatabaseRoles.APPLICATION, roles[0]);
        assertEquals(DatabaseRoles.OWNER, roles[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = { "update audit_event set actor = 'someone else'",
            "delete from audit_event where id = (select max(id) from audit_event)", "truncate audit_event",
            "update audit_seal set hash = previous_hash", "delete from audit_seal", "truncate audit_seal cascade",
            "update audit_checkpoint set signature = hash", "delete from audit_checkpoint", "truncate audit_checkpoint",
            "select setval('audit_event_id_seq', 1)" })
    void theApplicationMayNotRewriteTheTrail(String statement) {
        Exception refused = assertThrows(Exception.class,
                () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate()));
        assertEquals(PERMISSION_DENIED, sqlState(refused), statement);
    }

    @ParameterizedTest
    @ValueSource(strings = { "update audit_event set actor = 'someone else'", "delete from audit_event",
            "truncate audit_event cascade", "update audit_seal set hash = previous_hash", "truncate audit_seal cascade",
            "delete from audit_checkpoint", "truncate audit_checkpoint" })
    void theOwnerIsStoppedByTheTriggers(String statement) throws SQLException {
        try (Connection owner = DriverManager.getConnection(Superuser.url(), DatabaseRoles.OWNER, DatabaseRoles.OWNER);
                Statement sql = owner.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
