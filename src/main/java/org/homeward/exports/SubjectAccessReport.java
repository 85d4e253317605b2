package org.homeward.exports;

import java.time.Instant;
import java.util.List;

import org.homeward.audit.AuditTrail;
import org.homeward.documents.DocumentKind;
import org.homeward.families.Evidence;
import org.homeward.families.Kin;
import org.homeward.movements.MovementView;
import org.homeward.people.PersonView;
import org.homeward.repatriation.CaseSummary;

/**
 * Everything Homeward holds about one person, for that person (issue 23, "subject access"): the
 * record, where they were held, their family links as they may be told (the relatives themselves are
 * third parties: their names and numbers are withheld), their cases, the list of their documents, and
 * every time their record was shown, to whom and why. {@code withheld} says what was left out.
 */
public record SubjectAccessReport(Instant generatedAt, String generatedBy, String language, PersonView person,
        List<MovementView> movements, List<FamilyLink> familyLinks, List<CaseSummary> cases, List<FileEntry> documents,
        List<AuditTrail.Disclosure> disclosures, List<String> withheld) {

    /** A family link: what the relative is to the person, on what evidence; never who. */
    public record FamilyLink(Kin kin, Evidence evidence, Instant recordedAt) {
    }

    /** A file kept (or once kept) for the person: what it is, never its content. */
    public record FileEntry(DocumentKind kind, String contentType, long size, Instant uploadedAt, Instant removedAt) {
    }

    /** What a report leaves out, by law: other people's names (in notes too) and numbers. */
    static final List<String> WITHHELD = List.of("relatives' names and registration numbers",
            "other people's names in notes", "hidden family links");
}
