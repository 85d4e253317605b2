package org.homeward.audit;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.homeward.access.AccessEvent;

/** Writes what happens to staff access (logins, accounts, roles, scopes) to the trail, in the transaction that did it. */
@ApplicationScoped
class AccessAudit {

    static final String STAFF = "STAFF";

    @Inject
    AuditLog audit;

    void onAccess(@Observes AccessEvent event) {
        Map<String, Object> details = new HashMap<>(event.details());
        AuditAction action = switch (event.kind()) {
            case LOGIN -> AuditAction.LOGIN;
            case ROLES_CHANGED -> AuditAction.ROLE_CHANGE;
            case ACCOUNT_CREATED, ACCOUNT_BOUND, ACCOUNT_REPLACED, ACCOUNT_RENAMED -> {
                details.put("change", event.kind().name());
                yield AuditAction.ACCOUNT_CHANGE;
            }
        };
        audit.recordAs(event.actor(), event.actorRoles(), action, STAFF, event.account(), details.isEmpty() ? null : details);
    }
}
