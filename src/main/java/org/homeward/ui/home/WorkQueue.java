package org.homeward.ui.home;

/**
 * One line of a role's home: what is waiting ({@code id}, named by {@code msg:queue_label}), how
 * many, and the page that lists exactly those (its count comes from the same query). A queue
 * whose count reads every record in a large scope is {@code deferred}: the page names it at once
 * and fetches its count after loading ({@code GET /home/queues/{id}}), so the home never waits
 * on its slowest count.
 */
public record WorkQueue(String id, long count, String href, boolean deferred) {

    public static WorkQueue counted(String id, long count, String href) {
        return new WorkQueue(id, count, href, false);
    }

    static WorkQueue later(String id, String href) {
        return new WorkQueue(id, 0, href, true);
    }

    /** Nothing waiting reads as done, not as a problem. */
    public boolean empty() {
        return !deferred && count == 0;
    }
}
