package org.homeward.repatriation;
import org.homeward.kernel.PlainText;
import jakarta.validation.constraints.Size;

/**
 * {@code {"to": "NATIONALITY_VERIFICATION", "reason": "...", "version": 3}}; {@code version} (required)
 * is the version of the case the user saw: a case changed since is refused with its current state.
 */
public record TransitionInput(Stage to, @Size(max = 2000) @PlainText(multiline = true) String reason, Long version) {
}
