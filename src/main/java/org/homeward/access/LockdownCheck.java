package org.homeward.access;

import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every request of a signed-in user asks whether a lock-down shuts them out ({@link Caller#lockedOut}),
 * before anything is read: the moment a second admin confirms a lock-down, its users' next click
 * ends their session and their API calls are refused.
 */
public class LockdownCheck {

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @ServerRequestFilter
    public void check() {
        if (!identity.isAnonymous() && caller.lockedOut()) {
            throw new LockedOut();
        }
    }
}
