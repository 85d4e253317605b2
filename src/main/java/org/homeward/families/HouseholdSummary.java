package org.homeward.families;

import java.util.UUID;

/** A household in a list: its number, its reference person if the caller may see them, how many belong to it. */
public record HouseholdSummary(UUID id, String householdNumber, Relative reference, int members) {
}
