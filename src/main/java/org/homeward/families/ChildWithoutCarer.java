package org.homeward.families;

import java.util.List;

import org.homeward.people.PersonFlag;

/**
 * A child held without a parent or guardian in the same facility. {@code suggested} is what the
 * data points to — separated (another adult relative is with them) or unaccompanied (no one is) —
 * until a person confirms it; {@code confirmed} holds the flags already set.
 */
public record ChildWithoutCarer(Relative child, PersonFlag suggested, List<PersonFlag> confirmed) {

    public boolean awaitsConfirmation() {
        return confirmed.isEmpty();
    }
}
