package org.homeward.access;

import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Records each browser login (authorization code flow) with its time, and audits it. Asynchronous:
 * the event is raised on the I/O thread, where the database must not be touched.
 */
@ApplicationScoped
public class LoginRecorder {

    @Inject
    StaffAccounts accounts;

    void onLogin(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        String username = identity.getPrincipal().getName();
        String name = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("name") : null;
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(Roles.ALL);
        accounts.loggedIn(Caller.subjectOf(identity), username, name, roles);
    }
}
