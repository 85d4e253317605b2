package org.homeward.families;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A household with its members, current and past. A member outside the caller's scope is there
 * only as {@code hidden}: no name, no id, no place.
 */
public record HouseholdView(UUID id, String householdNumber, UUID referencePersonId, List<Member> members,
        List<Member> formerMembers, long version) {

    public record Member(Relative person, boolean hidden, boolean reference, Instant joinedAt, Instant leftAt) {
    }

    /** The registration numbers of the members the caller may see, to open a repatriation case for them. */
    public String visibleMemberNumbers() {
        return String.join(",", members.stream().filter(member -> !member.hidden())
                .map(member -> member.person().registrationNumber()).toList());
    }

    /** Members held in more than one place: a split family. */
    public boolean split() {
        return members.stream().filter(member -> !member.hidden())
                .map(member -> member.person().currentFacility() == null ? null : member.person().currentFacility().id())
                .distinct().count() > 1;
    }
}
