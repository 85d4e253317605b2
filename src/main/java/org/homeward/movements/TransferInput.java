package org.homeward.movements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;
import org.homeward.kernel.NotBefore;

/** {@code {"personIds": [...], "toFacilityCode": "HOL-ANNEX", "date": "2026-02-01", "note": "..."}} */
public record TransferInput(@NotEmpty @Size(max = 500) List<UUID> personIds, @NotBlank String toFacilityCode,
        @NotNull @NotBefore(year = 2000) LocalDate date, @Size(max = 2000) @PlainText(multiline = true) String note) {
}
