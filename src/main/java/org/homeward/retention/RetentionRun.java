package org.homeward.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A retention run as it was previewed or done: how many people it anonymizes (or did), how many
 * files and audit details go with them, per category, and the people it leaves alone because they
 * are on legal hold ({@code held}, listed for a preview).
 */
public record RetentionRun(UUID id, boolean dryRun, String reason, String startedBy, Instant startedAt,
        Instant finishedAt, long persons, long files, long auditDetails, long onHold,
        Map<RetentionCategory, Tally> byCategory, List<Held> held) {

    /** One category's share of a run. */
    public record Tally(long persons, long files, long auditDetails, long onHold) {
    }

    /** A person the rules would anonymize but who is on legal hold, and why: an open case, an investigation. */
    public record Held(UUID id, String registrationNumber, RetentionCategory category, List<String> reasons) {
    }
}
