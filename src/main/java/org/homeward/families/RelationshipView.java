package org.homeward.families;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A family link seen from one person: {@code type} as stored ("A MOTHER_OF B"), {@code kin} what
 * the other person is to the one looked at (MOTHER, CHILD, ...). A relative outside the caller's
 * scope has no id and no details: {@code hidden} is all there is. {@code warnings} name doubts
 * found when the link was recorded (a parent barely older than the child with estimated dates).
 */
public record RelationshipView(UUID id, RelationshipType type, Kin kin, UUID personId, Relative relative,
        boolean hidden, Evidence evidence, String recordedBy, Instant recordedAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
}
