package org.homeward.statistics;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The filter as the database reads it: the facility as its subtree, the period made whole. */
record ResolvedFilter(Set<UUID> facilities, String nationality, LocalDate from, LocalDate to) {
}
