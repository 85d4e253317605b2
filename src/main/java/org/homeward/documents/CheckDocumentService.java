package org.homeward.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.kernel.FieldErrors;
import org.homeward.repatriation.CheckEvidence;
import org.homeward.repatriation.CheckFile;
import org.homeward.repatriation.CheckFiles;
import org.homeward.repatriation.CheckItem;

/**
 * Files kept as evidence of a case's checklist: the signed consent, the best-interests
 * determination, the travel document, the signed handover protocol. Added by whoever may record
 * the entry, seen by whoever sees it ({@link CheckEvidence}: the case's own rules), read, removed
 * and restored as every file is ({@link DocumentService}).
 */
@ApplicationScoped
public class CheckDocumentService implements CheckFiles {

    @Inject
    DocumentRepository documentRepository;

    @Inject
    FileKeeping fileKeeping;

    @Inject
    CheckEvidence checkEvidence;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Keeps an uploaded file as evidence of one entry: a person's ({@code personId}) or the whole case's. */
    @Transactional
    public DocumentView add(UUID caseId, CheckItem item, UUID personId, String note, Path upload, String fileName) {
        checkEvidence.attachable(caseId, item, personId);
        FieldErrors errors = new FieldErrors();
        fileKeeping.check(errors, upload, note);
        errors.throwIfAny();
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.caseId = caseId;
        document.checkItem = item;
        document.personId = item.perPerson() ? personId : null;
        document.kind = DocumentKind.of(item);
        document.uploadedBy = caller.username();
        document.uploadedAt = Instant.now(clock);
        fileKeeping.keep(document, upload, fileName, note);
        audit.record(AuditAction.CREATE, DocumentService.AUDIT_TYPE, document.id, Map.of("case", caseId, "item", item,
                "person", String.valueOf(document.personId), "sha256", document.sha256, "size", document.size,
                "contentType", document.contentType));
        return DocumentView.of(document);
    }

    /** The files of one checklist item the caller is shown (an admin: removed ones too), oldest first; audited. */
    @Transactional
    public List<DocumentView> listed(UUID caseId, CheckItem item) {
        CheckEvidence.Reading reading = checkEvidence.readable(caseId);
        List<Document> shown = documentRepository.ofCase(caseId).stream()
                .filter(document -> document.checkItem == item && reading.shows(document.personId))
                .filter(document -> !document.removed() || caller.mayRestoreFiles()).toList();
        Set<UUID> concerned = new LinkedHashSet<>();
        shown.forEach(document -> concerned.addAll(reading.concerned(document.personId)));
        audit.disclosed(AuditAction.VIEW, "DOCUMENTS", caseId, Map.of("case", caseId, "item", item,
                "documents", shown.size()), concerned);
        return shown.stream().map(DocumentView::of).toList();
    }

    /** Every file of the case's checklist, for the case to show as its rules allow (the port's answer). */
    @Override
    public List<CheckFile> of(UUID caseId) {
        return documentRepository.ofCase(caseId).stream().map(document -> new CheckFile(document.id, document.checkItem,
                document.personId, document.contentType, document.size, document.note, document.hasThumbnail,
                document.uploadedBy, document.uploadedAt, document.removedBy, document.removedAt,
                document.removedReason)).toList();
    }
}
