package org.homeward.lockdown;

import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;

/**
 * {@code POST /api/v1/lockdowns}: the facility at risk ({@code facilityCode}, or {@code facility}
 * as the facilities API names a code elsewhere, or its {@code facilityId}; none of them for the
 * whole deployment), why, and whether its people's files are destroyed when it takes effect.
 */
public record LockdownInput(@Size(max = 30) @PlainText String facilityCode, @Size(max = 30) @PlainText String facility,
        java.util.UUID facilityId, @Size(max = 2000) @PlainText(multiline = true) String reason, Boolean destroyFiles) {

    /** A lock-down of the facility with this code ({@code null}: the whole deployment). */
    public static LockdownInput of(String facilityCode, String reason, Boolean destroyFiles) {
        return new LockdownInput(facilityCode, null, null, reason, destroyFiles);
    }

    /** The code asked for, by whichever field was used. */
    String code() {
        String code = facilityCode != null && !facilityCode.isBlank() ? facilityCode : facility;
        return code == null || code.isBlank() ? null : code.strip();
    }
}
