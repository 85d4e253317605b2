package org.homeward.repatriation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One checklist entry, {@code PUT /api/v1/repatriation-cases/{id}/checklist/{item}}: for whom
 * ({@code personId}, for the items about a person), whether it is done, and what the item needs —
 * a travel document's type, number and expiry; the handover's date, point and receiving
 * authority; the signed protocol's reference in {@code detail}. {@code version} is the version of
 * the case its author saw (required: a stale one is refused with the case as it is now).
 */
public record CheckInput(UUID personId, Boolean done, String detail, String documentType, String documentNumber,
        LocalDate documentExpiry, LocalDate handoverDate, String handoverPoint, String receivingAuthority,
        Long version) {
}
