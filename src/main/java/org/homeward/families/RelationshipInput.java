package org.homeward.families;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * {@code {"type": "MOTHER_OF", "personId": "...", "evidence": "DNA_CONFIRMED"}}, posted on a
 * person: "this person is MOTHER_OF personId".
 */
public record RelationshipInput(@NotNull RelationshipType type, @NotNull UUID personId, @NotNull Evidence evidence) {
}
