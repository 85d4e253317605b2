package org.homeward.ui.home;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A line of a role's home before it is shown: its count is asked as the page is drawn, or, for a
 * count that reads every record in a large scope, after the page has loaded ({@code later}: the
 * page names the queue and fetches {@code GET /home/queues/{id}}).
 */
record QueueLine(String id, String href, LongSupplier count, boolean later) {

    static QueueLine now(String id, String href, LongSupplier count) {
        return new QueueLine(id, href, count, false);
    }

    static QueueLine later(String id, String href, LongSupplier count) {
        return new QueueLine(id, href, count, true);
    }

    WorkQueue queue() {
        return later ? WorkQueue.later(id, href) : counted();
    }

    WorkQueue counted() {
        return WorkQueue.counted(id, count.getAsLong(), href);
    }

    static List<WorkQueue> queues(List<QueueLine> lines) {
        return lines.stream().map(QueueLine::queue).toList();
    }

    /** The deferred line of that id, counted now: what the page fetches after loading. */
    static Optional<WorkQueue> counted(List<QueueLine> lines, String id) {
        return lines.stream().filter(line -> line.later() && line.id().equals(id)).findFirst().map(QueueLine::counted);
    }
}
