package org.homeward.families;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** {@code {"personId": "..."}}: a person joining a household (and leaving the one they were in). */
public record MemberInput(@NotNull UUID personId) {
}
