package org.homeward.imports;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.homeward.families.Evidence;
import org.homeward.families.LinkChoice;
import org.homeward.movements.MovementInput;

/**
 * What a row asks of a person already registered (a movements, nationalities or family-links
 * import): who, by the registration number in the file and the person it was found to be, and for
 * a movement or a family link, which. A row of a people import uses only {@code link}: its person
 * is the one the row registers. Names are never stored with the row: they are filled in when the
 * row is shown, as the caller may see the person then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonChange(String registrationNumber, UUID personId, String name, MovementInput movement, Link link) {

    /**
     * "This person is {@code relation} the relative", the relative found by registration number or,
     * in a people import, by the row of the same file that registers them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(LinkChoice relation, String relativeNumber, Integer relatedRow, UUID relativeId,
            String relativeName, Evidence evidence) {
    }
}
