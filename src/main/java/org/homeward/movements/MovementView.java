package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.homeward.facilities.FacilityRef;

public record MovementView(UUID id, MovementType type, FacilityRef fromFacility, FacilityRef toFacility,
        LocalDate date, String note, String recordedBy, Instant recordedAt) {

    static MovementView of(Movement movement, Map<UUID, FacilityRef> facilities) {
        return new MovementView(movement.id, movement.type,
                movement.fromFacilityId == null ? null : facilities.get(movement.fromFacilityId),
                movement.toFacilityId == null ? null : facilities.get(movement.toFacilityId),
                movement.date, movement.note, movement.recordedBy, movement.recordedAt);
    }
}
