package org.homeward.movements;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;
import org.homeward.kernel.NotBefore;

/** {@code {"type": "TRANSFER", "toFacilityCode": "HOL-ANNEX", "date": "2026-02-01", "note": "..."}} */
public record MovementInput(@NotNull MovementType type, String toFacilityCode, @NotNull @NotBefore(year = 2000) LocalDate date,
        @Size(max = 2000) @PlainText(multiline = true) String note) {
}
