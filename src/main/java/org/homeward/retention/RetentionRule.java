package org.homeward.retention;

import java.time.Instant;

/** How long a category's people stay identified after their last movement ({@code months}), and who last set it. */
public record RetentionRule(RetentionCategory category, int months, long version, String updatedBy, Instant updatedAt) {
}
