package org.homeward.repatriation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One checklist entry, {@code PUT /api/v1/repatriation-cases/{id}/checklist/{item}}: for whom
 * ({@code personId}, for the items about a person), whether it is done, and what the item needs —
 * a travel document's type, number and expiry; the handover's date, point and receiving
 * authority; the signed protocol's reference in {@code detail}.
 */
public record CheckInput(UUID personId, Boolean done, String detail, String documentType, String documentNumber,
        LocalDate documentExpiry, LocalDate handoverDate, String handoverPoint, String receivingAuthority) {
}
