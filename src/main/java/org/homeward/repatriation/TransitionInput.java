package org.homeward.repatriation;

/**
 * {@code {"to": "NATIONALITY_VERIFICATION", "reason": "...", "version": 3}}; {@code version} (required)
 * is the version of the case the user saw: a case changed since is refused with its current state.
 */
public record TransitionInput(Stage to, String reason, Long version) {
}
