package org.homeward.access;

/** An export asked while a lock-down is in force: refused (403) before anything is read. */
public class ExportsStopped extends RuntimeException {

    public ExportsStopped() {
        super("exports are stopped while a lock-down is in force", null, false, false);
    }
}
