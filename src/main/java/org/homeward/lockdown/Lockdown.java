package org.homeward.lockdown;

import java.time.Instant;
import java.util.UUID;

/**
 * An emergency lock-down as the API shows it: of one facility ({@code facilityId}, {@code facilityCode})
 * or of the whole deployment (both null), who asked and who confirmed it, who asked to lift it and
 * who did, and how many files it destroyed.
 */
public record Lockdown(UUID id, UUID facilityId, String facilityCode, boolean wholeDeployment, String reason, boolean destroyFiles,
        LockdownStatus status, String requestedBy, Instant requestedAt, String confirmedBy, Instant confirmedAt,
        String liftRequestedBy, Instant liftRequestedAt, String liftedBy, Instant liftedAt, Integer filesDestroyed) {
}
