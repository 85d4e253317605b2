package org.homeward.retention;

import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;

/**
 * {@code POST /api/v1/retention/runs}: a preview ({@code dryRun}, the default) or the run itself,
 * which needs the admin's {@code reason}.
 */
public record RetentionRunInput(Boolean dryRun, @Size(max = 2000) @PlainText(multiline = true) String reason) {
}
