package org.homeward.access;

/**
 * A request of someone an emergency lock-down shuts out: refused (403) on the API, and on pages the
 * browser's session is ended (sent to sign out).
 */
public class LockedOut extends RuntimeException {

    public LockedOut() {
        super("access suspended by an emergency lock-down", null, false, false);
    }
}
