package org.homeward.retention;

/** {@code PUT /api/v1/retention/rules/{category}}: the months to keep, and the rule's version its author saw. */
public record RetentionRuleInput(Integer months, Long version) {
}
