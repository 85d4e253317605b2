package org.homeward.movements;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.homeward.facilities.FacilityType;
import org.homeward.people.PersonStatus;

/**
 * Which movements are possible given where a person stands, and where each one leaves them.
 * Pure rules, no database: the answer is a message key naming the broken rule.
 */
public final class MovementRules {

    /** Where a person stands: {@code status} is null before their first movement. */
    public record Standing(PersonStatus status, UUID facilityId, LocalDate lastMovement) {

        public static final Standing UNREGISTERED = new Standing(null, null, null);

        boolean held() {
            return facilityId != null;
        }
    }

    /** The destination of a movement, when it has one. */
    public record Destination(UUID id, FacilityType type, boolean active) {
    }

    private MovementRules() {
    }

    public static Optional<String> violation(Standing standing, MovementType type, Destination destination,
            LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of("movement.date.future");
        }
        if (standing.lastMovement() != null && date.isBefore(standing.lastMovement())) {
            return Optional.of("movement.date.before-last");
        }
        if (standing.status() == PersonStatus.DECEASED) {
            return Optional.of("movement.after-death");
        }
        if (type.needsDestination()) {
            if (destination == null) {
                return Optional.of("movement.destination.required");
            }
            if (!destination.active()) {
                return Optional.of("movement.destination.closed");
            }
            if (destination.id().equals(standing.facilityId())) {
                return Optional.of("movement.destination.same");
            }
            if (type == MovementType.HOSPITALISATION && destination.type() != FacilityType.HOSPITAL) {
                return Optional.of("movement.destination.hospital");
            }
        }
        if (type == MovementType.ADMISSION && standing.held()) {
            return Optional.of("movement.already-held");
        }
        if (type != MovementType.ADMISSION && type != MovementType.DEATH && !standing.held()) {
            return Optional.of("movement.not-held");
        }
        return Optional.empty();
    }

    /** Where the movement leaves the person. */
    public static PersonStatus statusAfter(MovementType type, FacilityType destination) {
        return switch (type) {
            case ADMISSION, TRANSFER, HOSPITALISATION -> switch (destination) {
                case CAMP, CAMP_SECTION -> PersonStatus.IN_CAMP;
                case HOSPITAL -> PersonStatus.HOSPITALISED;
                case DETENTION_CENTRE, REHABILITATION_CENTRE -> PersonStatus.IN_CUSTODY;
            };
            case RELEASE -> PersonStatus.RELEASED;
            case REPATRIATION -> PersonStatus.REPATRIATED;
            case DEATH -> PersonStatus.DECEASED;
            case WHEREABOUTS_UNKNOWN -> PersonStatus.WHEREABOUTS_UNKNOWN;
        };
    }
}
