package org.homeward.facilities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The facility hierarchy (camp, its annexes and phases) as one in-memory tree. A scope on a
 * facility covers everything beneath it: a case worker assigned to a camp works in all its sections.
 */
public final class FacilityTree {

    /** A facility with its depth in the hierarchy, for listing in tree order. */
    public record Node(Facility facility, int depth) {
    }

    private final Map<UUID, Facility> byId = new HashMap<>();
    private final Map<UUID, List<Facility>> children = new HashMap<>();
    private final List<Facility> roots = new ArrayList<>();

    public FacilityTree(Collection<Facility> facilities) {
        Comparator<Facility> byCode = Comparator.comparing(f -> f.code);
        facilities.forEach(facility -> byId.put(facility.id, facility));
        byId.values().stream().sorted(byCode).forEach(facility -> {
            if (facility.parentId == null || !byId.containsKey(facility.parentId)) {
                roots.add(facility);
            } else {
                children.computeIfAbsent(facility.parentId, id -> new ArrayList<>()).add(facility);
            }
        });
    }

    public Collection<Facility> all() {
        return byId.values();
    }

    public Facility get(UUID id) {
        return byId.get(id);
    }

    public List<Facility> childrenOf(UUID id) {
        return children.getOrDefault(id, List.of());
    }

    public Set<UUID> ids() {
        return Set.copyOf(byId.keySet());
    }

    /** Everything beneath {@code id}, and {@code id} itself. */
    public Set<UUID> subtree(UUID id) {
        Set<UUID> ids = new HashSet<>();
        addWithDescendants(id, ids);
        return ids;
    }

    /** Depth-first, children after their parent, siblings by code. */
    public List<Node> inTreeOrder() {
        List<Node> ordered = new ArrayList<>(byId.size());
        roots.forEach(root -> walk(root, 0, ordered));
        return ordered;
    }

    private void walk(Facility facility, int depth, List<Node> into) {
        into.add(new Node(facility, depth));
        childrenOf(facility.id).forEach(child -> walk(child, depth + 1, into));
    }

    private void addWithDescendants(UUID id, Set<UUID> into) {
        if (into.add(id)) {
            childrenOf(id).forEach(child -> addWithDescendants(child.id, into));
        }
    }
}
