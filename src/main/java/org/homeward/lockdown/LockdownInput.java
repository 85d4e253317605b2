package org.homeward.lockdown;

import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;

/**
 * {@code POST /api/v1/lockdowns}: the facility at risk ({@code facilityCode}; none for the whole
 * deployment), why, and whether its people's files are destroyed when it takes effect.
 */
public record LockdownInput(@Size(max = 30) @PlainText String facilityCode,
        @Size(max = 2000) @PlainText(multiline = true) String reason, Boolean destroyFiles) {
}
