package org.homeward.kernel;

/**
 * Raised when an edit was made on a version that someone else has changed since. Carries the
 * current state, so the user sees what changed and loses nothing of what they typed.
 */
public class StaleEdit extends RuntimeException {

    private final transient Object current;

    public StaleEdit(Object current) {
        super("The record was changed by someone else");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
