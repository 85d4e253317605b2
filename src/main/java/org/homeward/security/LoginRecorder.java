package org.homeward.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Records each browser login (authorization code flow) with its time. Asynchronous: the event is
 * raised on the I/O thread, where the database must not be touched.
 */
@ApplicationScoped
public class LoginRecorder {

    @Inject
    StaffService staff;

    void onLogin(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        String subject = null;
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject();
            name = token.getClaim("name");
        }
        staff.recordLogin(identity.getPrincipal().getName(), subject, name);
    }
}
