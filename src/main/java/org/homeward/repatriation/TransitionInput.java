package org.homeward.repatriation;

/**
 * {@code {"to": "NATIONALITY_VERIFICATION", "reason": "..."}}; {@code version}, when given, is the
 * version of the case the user saw: a case changed since is refused with its current state.
 */
public record TransitionInput(Stage to, String reason, Long version) {
}
