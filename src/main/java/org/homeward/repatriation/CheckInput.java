package org.homeward.repatriation;

import java.time.LocalDate;
import java.util.UUID;
import org.homeward.kernel.PlainText;
import jakarta.validation.constraints.Size;

/**
 * One checklist entry, {@code PUT /api/v1/repatriation-cases/{id}/checklist/{item}}: for whom
 * ({@code personId}, for the items about a person), whether it is done, and what the item needs —
 * a travel document's type, number and expiry; the handover's date, point and receiving
 * authority; the signed protocol's reference in {@code detail}. {@code version} is the version of
 * the case its author saw (required: a stale one is refused with the case as it is now).
 */
public record CheckInput(UUID personId, Boolean done, @Size(max = 2000) @PlainText(multiline = true) String detail,
        @Size(max = 30) @PlainText String documentType, @Size(max = 60) @PlainText String documentNumber,
        LocalDate documentExpiry, LocalDate handoverDate, @Size(max = 200) @PlainText String handoverPoint,
        @Size(max = 200) @PlainText String receivingAuthority,
        Long version) {
}
