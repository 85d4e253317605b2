package org.homeward.ui.home;

/**
 * One line of a role's home: what is waiting ({@code id}, named by {@code msg:queue_label}), how
 * many, and the page that lists exactly those (its count comes from the same query).
 */
public record WorkQueue(String id, long count, String href) {

    /** Nothing waiting reads as done, not as a problem. */
    public boolean empty() {
        return count == 0;
    }
}
