package org.homeward.repatriation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.homeward.access.Caller;

/**
 * The case's rules for the files kept as evidence of its checklist, asked by the feature that
 * keeps them. A file is seen as the entry it proves is: a person's entry by whoever sees the case
 * and that person; an entry of the whole case (the handover protocol names everyone) by those who
 * run the case or see all its people. A file is added or removed by whoever may record the entry.
 */
@ApplicationScoped
public class CheckEvidence {

    /** What the caller is shown of one case's evidence. */
    public record Reading(UUID caseId, List<UUID> subjectIds, Set<UUID> shown, boolean seesWholeCase) {

        /** Whether the caller sees the files of this person's entry ({@code null}: of the whole case). */
        public boolean shows(UUID personId) {
            return personId == null ? seesWholeCase : shown.contains(personId);
        }

        /** The people a file of that entry tells about, for the audit trail's disclosures. */
        public List<UUID> concerned(UUID personId) {
            return personId == null ? subjectIds : List.of(personId);
        }
    }

    @Inject
    CaseQueries caseQueries;

    @Inject
    CaseFile caseFile;

    @Inject
    CaseService caseService;

    @Inject
    Caller caller;


    /** The evidence of a case the caller sees; a case out of their sight is not found. */
    public Reading readable(UUID caseId) {
        return reading(caseQueries.visible(caseId));
    }

    /**
     * The evidence of a case, once the caller may add a file to this entry: the case and the
     * person in their sight (else not found), the item one that takes files and the person one it
     * concerns (else 422, by field), and the entry one they may record (else 403).
     */
    public Reading attachable(UUID caseId, CheckItem item, UUID personId) {
        RepatriationCase found = caseQueries.visible(caseId);
        if (item == null || !item.takesFiles()) {
            throw caseService.broken("item", "case.check.no-files");
        }
        UUID entry = item.perPerson() ? personId : null;
        caseService.requireRecorder(found, item, entry);
        Reading reading = reading(found);
        if (!reading.shows(entry)) {
            throw new NotFoundException();
        }
        return reading;
    }

    /** Read as the case page reads it: whom the caller sees among its people and the children it would separate. */
    private Reading reading(RepatriationCase found) {
        CaseFile.CaseRecord record = caseFile.read(found);
        Set<UUID> shown = Set.copyOf(record.shown().keySet());
        boolean seesWholeCase = caller.worksFor(found.country) || shown.containsAll(record.subjectIds());
        return new Reading(found.id, record.subjectIds(), shown, seesWholeCase);
    }
}
