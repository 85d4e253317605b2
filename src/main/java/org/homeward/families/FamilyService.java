package org.homeward.families;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.people.PersonView;

/**
 * The family view of a person's page: everyone linked to them, and their siblings through a
 * shared parent, with where each is held now, so a family split between a prison, a camp annex
 * and a rehabilitation centre shows at a glance.
 */
@ApplicationScoped
public class FamilyService {

    @Inject
    RelationshipRepository relationshipRepository;

    @Inject
    RelationshipService relationshipService;

    @Inject
    HouseholdService householdService;

    /** The family of a person the caller has just been shown (in scope, and audited as viewed). */
    public Family of(PersonView person) {
        UUID id = person.id();
        List<Relationship> direct = relationshipRepository.of(id);
        Set<UUID> parents = new HashSet<>();
        Set<UUID> declaredSiblings = new HashSet<>();
        for (Relationship link : direct) {
            Kin kin = link.kinSeenFrom(id);
            if (kin == Kin.MOTHER || kin == Kin.FATHER) {
                parents.add(link.other(id));
            } else if (kin == Kin.SIBLING) {
                declaredSiblings.add(link.other(id));
            }
        }
        // siblings only through parents the caller sees: a hidden parent's other children would tell of them
        parents.retainAll(relationshipService.visibleRelatives(List.copyOf(parents)).keySet());
        // a sibling through both parents is found twice: keep one
        Map<UUID, Relationship> throughParents = new LinkedHashMap<>();
        relationshipRepository.childrenOf(parents).stream()
                .filter(link -> !link.relativeId.equals(id) && !declaredSiblings.contains(link.relativeId))
                .forEach(link -> throughParents.putIfAbsent(link.relativeId, link));

        List<UUID> everyone = new ArrayList<>(direct.stream().map(link -> link.other(id)).toList());
        everyone.addAll(throughParents.keySet());
        Map<UUID, Relative> shown = relationshipService.visibleRelatives(everyone);
        relationshipService.auditShown(id, shown);

        Map<Kin, List<Family.Member>> byKin = new EnumMap<>(Kin.class);
        for (Kin kin : Kin.values()) {
            byKin.put(kin, new ArrayList<>());
        }
        for (Relationship link : direct) {
            Relative relative = shown.get(link.other(id));
            byKin.get(link.kinSeenFrom(id)).add(new Family.Member(link.id, link.kinSeenFrom(id),
                    relative == null ? null : link.evidence,
                    relative, relative != null && relative.placedElsewhereThan(person.currentFacility()), false));
        }
        throughParents.keySet().forEach(sibling -> {
            Relative relative = shown.get(sibling);
            byKin.get(Kin.SIBLING).add(new Family.Member(null, Kin.SIBLING, null, relative,
                    relative != null && relative.placedElsewhereThan(person.currentFacility()), true));
        });
        List<Family.Member> parentsShown = new ArrayList<>(byKin.get(Kin.MOTHER));
        parentsShown.addAll(byKin.get(Kin.FATHER));
        Family.HouseholdRef household = householdService.of(id)
                .map(h -> new Family.HouseholdRef(h.id, h.householdNumber)).orElse(null);
        return new Family(parentsShown, byKin.get(Kin.SPOUSE), byKin.get(Kin.SIBLING), byKin.get(Kin.CHILD),
                byKin.get(Kin.GUARDIAN), byKin.get(Kin.WARD), household);
    }
}
