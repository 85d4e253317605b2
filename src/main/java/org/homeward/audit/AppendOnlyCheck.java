package org.homeward.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

/**
 * Says at start whether the database lets the application rewrite its own trail: it should connect
 * as a role that may only append to the audit tables (docs/adr/014-two-database-roles.md). A
 * deployment that runs as the schema's owner or a superuser still starts, its trail guarded by the
 * triggers alone, but is told so in the log on every start.
 */
@ApplicationScoped
public class AppendOnlyCheck {

    private static final Logger LOG = Logger.getLogger(AppendOnlyCheck.class);

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent started) {
        Object[] role = (Object[]) em.createNativeQuery("""
                select current_user::text,
                       (select rolsuper from pg_roles where rolname = current_user)
                       or pg_has_role(current_user, (select relowner from pg_class where oid = 'audit_event'::regclass), 'USAGE')
                       or has_table_privilege('audit_event', 'UPDATE') or has_table_privilege('audit_event', 'DELETE')
                       or has_table_privilege('audit_event', 'TRUNCATE') or has_table_privilege('audit_seal', 'UPDATE')""")
                .getSingleResult();
        if ((Boolean) role[1]) {
            LOG.warnf("The database role %s may rewrite the audit trail: connect the application as a role that may"
                    + " only append to it, and migrate as the schema's owner (README, \"Database roles\")", role[0]);
        }
    }
}
