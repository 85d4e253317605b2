package org.homeward.retention;

/**
 * The people a retention rule applies to: gone from the camps and prisons, by how they left (their
 * status). Repatriated and released people, and the dead, are kept identified for a time after
 * their last movement, then anonymized.
 */
public enum RetentionCategory {
    REPATRIATED,
    RELEASED,
    DECEASED
}
