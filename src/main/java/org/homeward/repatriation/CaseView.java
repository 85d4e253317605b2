package org.homeward.repatriation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.families.Kin;
import org.homeward.families.Relative;

/**
 * A case as its page and the API show it: subjects (those outside the caller's scope without
 * identity), the checklist, what still stops the next stage, the children it would separate from
 * a parent, the relatives staying behind, the timeline and the notes.
 */
public record CaseView(UUID id, String caseNumber, String country, Stage stage, Stage heldFromStage, String officer,
        LocalDate stageDue, boolean overdue, Instant openedAt, Instant updatedAt, List<Subject> subjects,
        Handover handover, List<CheckEntry> checklist, Stage nextStage, List<String> unmetForNextStage,
        List<Separation> separations, List<RelativeLeftBehind> relativesNotInCase, List<TransitionView> timeline,
        List<NoteView> notes, long version) {

    public record Subject(UUID personId, Relative person, boolean hidden, boolean child) {
    }

    public record Handover(LocalDate date, String point, String receivingAuthority, String protocol) {
    }

    /** One checklist line: for a person (label) or the whole case; with what was recorded, if anything. */
    public record CheckEntry(CheckItem item, UUID personId, String label, String name, boolean done, String detail,
            String documentType, String documentNumber, LocalDate documentExpiry, String recordedBy,
            Instant recordedAt, boolean recordable, List<CheckFile> files) {
    }

    /**
     * The checklist as the case page shows it: what concerns the whole case first, then each
     * person's items under their name ({@code label} and {@code name} null for the whole case).
     */
    public record CheckGroup(String label, String name, List<CheckEntry> entries) {
    }

    /**
     * The checklist's entries in groups: the whole case's first (no person's label), then one per
     * person, in the order the checklist lists them.
     */
    public List<CheckGroup> checklistGroups() {
        java.util.Map<String, List<CheckEntry>> byLabel = new java.util.LinkedHashMap<>();
        byLabel.put(null, new java.util.ArrayList<>());
        checklist.forEach(e -> byLabel.computeIfAbsent(e.label(), k -> new java.util.ArrayList<>()).add(e));
        return byLabel.entrySet().stream().filter(group -> !group.getValue().isEmpty())
                .map(group -> new CheckGroup(group.getKey(), group.getValue().get(0).name(), group.getValue()))
                .toList();
    }

    /** A child this case would separate from a parent: the child in the case and the parent not, or the reverse. */
    public record Separation(UUID childId, String childLabel, boolean childInCase, boolean bestInterestsRecorded) {
    }

    /** A relative of a subject who is not in the case; {@code relative} null when outside the caller's scope. */
    public record RelativeLeftBehind(String subjectLabel, Kin kin, Relative relative) {
    }

    public record TransitionView(Stage from, Stage to, String reason, String by, Instant at) {
        TransitionView withoutReason() {
            return new TransitionView(from, to, null, by, at);
        }
    }

    public record NoteView(String text, String writtenBy, Instant writtenAt) {
    }
}
