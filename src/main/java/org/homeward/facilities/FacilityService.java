package org.homeward.facilities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.homeward.access.Caller;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.StaleEdit;

/**
 * Facilities and their hierarchy. Every read goes through the caller's scope: a facility outside
 * it is answered as if it did not exist (docs/adr/002-out-of-scope-is-not-found.md).
 */
@ApplicationScoped
public class FacilityService {

    @Inject
    FacilityRepository facilityRepository;

    @Inject
    FacilityTreeOfRequest treeOfRequest;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    @Inject
    LocalizedText text;

    @Inject
    Clock clock;

    /** A facility in the visible tree, with the depth at which it sits. */
    public record Row(FacilityView facility, int depth) {

        /** Indentation level for display; deeper levels are drawn at the deepest indent. */
        public int indent() {
            return Math.min(depth, 3);
        }
    }

    /** A facility with its parent, the children the caller may see and, for those allowed, who is there now. */
    public record Detail(FacilityView facility, FacilityView parent, List<FacilityView> children,
            Occupancy occupancy) {

        public boolean overCapacity() {
            return occupancy != null && occupancy.over(facility.capacity());
        }
    }

    /** The visible facilities in tree order, each with its current population where the caller may see it. */
    public List<Row> listVisible() {
        FacilityTree tree = tree();
        Set<UUID> visible = visibleIds(tree);
        Map<UUID, Occupancy> occupancy = occupancyVisibleTo(tree, visible);
        return tree.inTreeOrder().stream()
                .filter(node -> visible.contains(node.facility().id))
                .map(node -> new Row(FacilityView.of(node.facility(), tree, occupancy.get(node.facility().id)),
                        node.depth()))
                .toList();
    }

    /** The visible facilities holding more than 90 % of their capacity, as far as the caller sees their population. */
    public List<Row> nearlyFull() {
        return listVisible().stream().filter(row -> row.facility().nearlyFull()).toList();
    }

    /** Visible facilities whose code or name (in either script) contains the text; all of them without one. */
    public List<Row> search(String text) {
        if (text == null || text.isBlank()) {
            return listVisible();
        }
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        return listVisible().stream().filter(row -> contains(row.facility().code(), wanted)
                || contains(row.facility().name(), wanted) || contains(row.facility().nameAr(), wanted)).toList();
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(wanted);
    }

    public FacilityView get(UUID id) {
        FacilityTree tree = tree();
        return FacilityView.of(visible(id, tree), tree, occupancyVisibleTo(tree, Set.of(id)).get(id));
    }

    public Detail detail(UUID id) {
        FacilityTree tree = tree();
        Facility facility = visible(id, tree);
        Set<UUID> visible = visibleIds(tree);
        Facility parent = facility.parentId == null || !visible.contains(facility.parentId) ? null
                : tree.get(facility.parentId);
        Set<UUID> shown = new java.util.HashSet<>(tree.childrenOf(id).stream().map(child -> child.id).toList());
        shown.add(id);
        if (facility.parentId != null) {
            shown.add(facility.parentId);
        }
        Map<UUID, Occupancy> occupancy = occupancyVisibleTo(tree, shown);
        return new Detail(FacilityView.of(facility, tree, occupancy.get(id)),
                parent == null ? null : FacilityView.of(parent, tree, occupancy.get(parent.id)),
                tree.childrenOf(id).stream().filter(child -> visible.contains(child.id))
                        .map(child -> FacilityView.of(child, tree, occupancy.get(child.id))).toList(),
                occupancy.get(id));
    }

    /** Every facility by id, as other records refer to them (facilities number in the hundreds). */
    public Map<UUID, FacilityRef> refs() {
        return tree().all().stream().collect(java.util.stream.Collectors.toMap(f -> f.id, FacilityRef::of));
    }

    public java.util.Optional<FacilityRef> byCode(String code) {
        return tree().all().stream().filter(f -> f.code.equals(code)).findFirst().map(FacilityRef::of);
    }

    /** A facility with everything beneath it, for filtering by a camp and its sections. */
    public Set<UUID> subtreeOf(UUID id) {
        return tree().subtree(id);
    }

    /** The visible facilities in tree order, without head counts: the choices of a form or filter. */
    public List<Row> choices() {
        FacilityTree tree = tree();
        Set<UUID> visible = visibleIds(tree);
        return tree.inTreeOrder().stream()
                .filter(node -> visible.contains(node.facility().id))
                .map(node -> new Row(FacilityView.of(node.facility(), tree, null), node.depth()))
                .toList();
    }

    /** Facilities that may become the parent of {@code id} (all of them for a new facility). */
    public List<Row> parentCandidates(UUID id) {
        Set<UUID> excluded = id == null ? Set.of() : tree().subtree(id);
        return choices().stream().filter(row -> !excluded.contains(row.facility().id())).toList();
    }

    @Transactional
    public FacilityView create(FacilityInput raw) {
        return create(raw, new FieldErrors());
    }

    /** {@code errors} may already hold what was found while reading the input (a form's "abc" capacity). */
    @Transactional
    public FacilityView create(FacilityInput raw, FieldErrors errors) {
        if (raw == null) {
            throw text.missingBody();
        }
        FacilityInput input = raw.normalized();
        FacilityTree tree = tree();
        errors.addViolations(validator.validate(input));
        if (!errors.has("code") && facilityRepository.codeTaken(input.code())) {
            errors.add(text.error("code", "facility.code.taken", input.code()));
        }
        checkParent(input, null, tree, errors);
        errors.throwIfAny();

        Facility facility = new Facility();
        facility.id = UUID.randomUUID();
        facility.code = input.code();
        apply(input, facility);
        facilityRepository.persist(facility);
        facilityRepository.flush();
        treeOfRequest.forget();
        return FacilityView.of(facility, tree, null);
    }

    /** Refuses an edit made on a stale version with {@link StaleEdit}, carrying the current state. */
    @Transactional
    public FacilityView update(UUID id, FacilityInput raw) {
        return update(id, raw, new FieldErrors());
    }

    @Transactional
    public FacilityView update(UUID id, FacilityInput raw, FieldErrors errors) {
        FacilityTree tree = tree();
        Facility facility = visible(id, tree);
        if (raw == null) {
            throw text.missingBody();
        }
        FacilityInput input = raw.normalized();
        if (input.version() == null) {
            errors.add(text.error("version", "version.required")).throwIfAny();
        }
        if (input.version() != facility.version) {
            throw new StaleEdit(FacilityView.of(facility, tree, occupancyVisibleTo(tree, Set.of(id)).get(id)));
        }
        errors.addViolations(validator.validate(input));
        if (input.code() != null && !input.code().equals(facility.code)) {
            errors.add(text.error("code", "facility.code.immutable"));
        }
        checkParent(input, facility, tree, errors);
        errors.throwIfAny();

        apply(input, facility);
        facilityRepository.flush();
        treeOfRequest.forget();
        return FacilityView.of(facility, tree, occupancyVisibleTo(tree, Set.of(id)).get(id));
    }

    private void checkParent(FacilityInput input, Facility editing, FacilityTree tree, FieldErrors errors) {
        Facility parent = input.parentId() == null ? null : tree.get(input.parentId());
        if (input.parentId() != null && parent == null) {
            errors.add(text.error("parentId", "facility.parent.unknown"));
        } else if (parent != null && editing != null && tree.subtree(editing.id).contains(parent.id)) {
            errors.add(text.error("parentId", "facility.parent.cycle"));
        } else if (input.type() == FacilityType.CAMP_SECTION
                && (parent == null || (parent.type != FacilityType.CAMP && parent.type != FacilityType.CAMP_SECTION))) {
            errors.add(text.error("parentId", "facility.parent.section"));
        }
    }

    private static void apply(FacilityInput input, Facility facility) {
        facility.name = input.name();
        facility.nameAr = input.nameAr();
        facility.type = input.type();
        facility.governorate = input.governorate();
        facility.parentId = input.parentId();
        facility.capacity = input.capacity();
        facility.active = input.active();
    }

    private Facility visible(UUID id, FacilityTree tree) {
        Facility facility = tree.get(id);
        if (facility == null || !visibleIds(tree).contains(id)) {
            throw new NotFoundException();
        }
        return facility;
    }

    /**
     * Facilities are reference data for officers, auditors and analysts (they need to know where
     * people are); a case worker's work is bounded by the facilities assigned to them.
     */
    private Set<UUID> visibleIds(FacilityTree tree) {
        Set<UUID> shown = caller.facilitiesShown();
        return shown == null ? tree.ids() : shown;
    }

    /**
     * Current populations, each facility with its sections, for admins and for case workers in
     * their own facilities. Officers do not get them: a camp's head count would tell them about
     * people of other nationalities, whom they may not see even as numbers.
     */
    private Map<UUID, Occupancy> occupancyVisibleTo(FacilityTree tree, Set<UUID> wanted) {
        Set<UUID> reach = caller.occupancyShown();
        Set<UUID> shown = new java.util.HashSet<>(reach == null ? tree.ids() : reach);
        shown.retainAll(wanted);
        Set<UUID> counted = new java.util.HashSet<>();
        shown.forEach(id -> counted.addAll(tree.subtree(id)));
        Map<UUID, Occupancy> own = counted.isEmpty() ? Map.of()
                : facilityRepository.ownOccupancy(LocalDate.now(clock), counted);
        Map<UUID, Occupancy> withSections = new HashMap<>();
        for (UUID id : shown) {
            withSections.put(id, tree.subtree(id).stream().map(part -> own.getOrDefault(part, Occupancy.EMPTY))
                    .reduce(Occupancy.EMPTY, Occupancy::plus));
        }
        return withSections;
    }

    private FacilityTree tree() {
        if (!io.quarkus.arc.Arc.container().requestContext().isActive()) {
            return new FacilityTree(facilityRepository.listAll());
        }
        return treeOfRequest.get(() -> new FacilityTree(facilityRepository.listAll()));
    }
}
