package org.homeward.families;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A person's family as their page shows it: parents, spouses, siblings, children, guardians and
 * wards, each with where they are now, and the household the person belongs to.
 */
public record Family(List<Member> parents, List<Member> spouses, List<Member> siblings, List<Member> children,
        List<Member> guardians, List<Member> wards, HouseholdRef household) {

    /**
     * One relative. {@code relative} is null for someone outside the caller's scope, who is shown
     * only as such. {@code elsewhere}: held in another place than the person (a split family).
     * {@code throughParent}: a sibling known from a shared parent, not linked directly (nothing to remove).
     */
    public record Member(UUID relationshipId, Kin kin, Evidence evidence, Relative relative, boolean elsewhere,
            boolean throughParent) {

        public boolean hidden() {
            return relative == null;
        }
    }

    public record HouseholdRef(UUID id, String householdNumber) {
    }

    /** The headings of the family view, in the order shown. */
    public enum Group {
        PARENTS,
        SPOUSES,
        SIBLINGS,
        CHILDREN,
        GUARDIANS,
        WARDS
    }

    public record Section(Group group, List<Member> members) {

        public String key() {
            return group.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The groups that have someone in them. */
    public List<Section> groups() {
        List<Section> sections = List.of(new Section(Group.PARENTS, parents), new Section(Group.SPOUSES, spouses),
                new Section(Group.SIBLINGS, siblings), new Section(Group.CHILDREN, children),
                new Section(Group.GUARDIANS, guardians), new Section(Group.WARDS, wards));
        return sections.stream().filter(section -> !section.members().isEmpty()).toList();
    }

    public boolean empty() {
        return all().findAny().isEmpty();
    }

    public boolean split() {
        return all().anyMatch(Member::elsewhere);
    }

    private Stream<Member> all() {
        return Stream.of(parents, spouses, siblings, children, guardians, wards).flatMap(List::stream);
    }
}
