package org.homeward.movements;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code {"type": "TRANSFER", "toFacilityCode": "HOL-ANNEX", "date": "2026-02-01", "note": "..."}} */
public record MovementInput(@NotNull MovementType type, String toFacilityCode, @NotNull LocalDate date,
        @Size(max = 2000) String note) {
}
