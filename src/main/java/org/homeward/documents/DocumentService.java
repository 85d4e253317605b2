package org.homeward.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.people.PersonFlag;
import org.homeward.people.PersonPhotos;
import org.homeward.repatriation.CheckEvidence;

/**
 * Files of people: added, listed, read, removed and restored, each as the person's record is
 * (out of the caller's scope: not found), medical files only for those who see medical flags,
 * every read and change audited as a read or change of the person. A file of a case's checklist
 * ({@link CheckDocumentService}) is read, removed and restored here too, as its checklist entry is.
 */
@ApplicationScoped
public class DocumentService implements PersonPhotos {

    public static final String AUDIT_TYPE = "DOCUMENT";

    /** A file to serve: its bytes and what they are. */
    public record Served(String contentType, byte[] bytes, String fileName) {
    }

    /** Where a file is shown: on its case's checklist when it has a case, else among its person's files. */
    public record ShownOn(UUID caseId, UUID personId) {

        /** The page and its section, saying what was done there. */
        public java.net.URI after(org.homeward.kernel.Flash flash) {
            return java.net.URI.create((caseId != null ? "/cases/" + caseId : "/persons/" + personId) + "?flash="
                    + flash.param() + (caseId != null ? "#checklist" : "#documents"));
        }
    }

    /** A document the caller may read, and the people reading it tells about. */
    private record Readable(Document document, List<UUID> concerned) {
    }

    @Inject
    DocumentRepository documentRepository;

    @Inject
    FileKeeping fileKeeping;

    @Inject
    PersonAccess personAccess;

    @Inject
    CheckEvidence checkEvidence;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    LocalizedText text;

    @Inject
    Clock clock;

    /** Keeps an uploaded file (read from where the server put it) as one of the person's. */
    @Transactional
    public DocumentView add(UUID personId, DocumentKind kind, String note, Path upload, String fileName) {
        Person person = personAccess.forChange(personId);
        FieldErrors errors = new FieldErrors();
        fileKeeping.check(errors, upload, note);
        if (kind == null) {
            errors.add(text.error("kind", "jakarta.validation.constraints.NotNull.message"));
        } else if (!maySee(kind)) {
            errors.add(text.error("kind", "document.kind.restricted"));
        }
        errors.throwIfAny();
        Document document = new Document();
        document.id = UUID.randomUUID();
        document.personId = person.id;
        document.kind = kind;
        document.uploadedBy = caller.username();
        document.uploadedAt = Instant.now(clock);
        fileKeeping.keep(document, upload, fileName, note);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, document.id, Map.of("person", person.id, "kind", kind,
                "sha256", document.sha256, "size", document.size, "contentType", document.contentType));
        return DocumentView.of(document);
    }

    /** The person's files the caller may see, newest first; an admin may ask for removed ones too. */
    @Transactional
    public List<DocumentView> of(UUID personId, boolean withRemoved) {
        Person person = personAccess.forChange(personId);
        List<DocumentView> shown = listed(person.id, withRemoved && caller.mayRestoreFiles());
        audit.disclosed(AuditAction.VIEW, "DOCUMENTS", person.id, Map.of("documents", shown.size()),
                List.of(person.id));
        return shown;
    }

    /**
     * The person's files as their page lists them (removed ones too for who may restore them). Not
     * audited apart: the page's own read of the person is the audited view; each file looked at is
     * audited when it is fetched.
     */
    List<DocumentView> listedWith(UUID personId) {
        return listed(personId, caller.mayRestoreFiles());
    }

    private List<DocumentView> listed(UUID personId, boolean withRemoved) {
        return documentRepository.ofPerson(personId, withRemoved).stream().filter(document -> maySee(document.kind))
                .map(DocumentView::of).toList();
    }

    /** The kinds of file the caller may add (medical ones only if they see medical flags). */
    List<DocumentKind> kindsToAdd() {
        return Arrays.stream(DocumentKind.values()).filter(this::maySee).toList();
    }

    /** The current photo of each of these people who has one, by person (for lists, pickers, comparisons). */
    @Override
    public Map<UUID, UUID> of(Collection<UUID> personIds) {
        return documentRepository.currentPhotos(personIds);
    }

    /** The thumbnail of a current photo, by its id, for a document printing it (the port's answer; not audited here). */
    @Override
    public Optional<byte[]> picture(UUID photo) {
        return documentRepository.findByIdOptional(photo)
                .filter(document -> document.kind == DocumentKind.PHOTO && document.hasThumbnail && !document.removed())
                .map(document -> fileKeeping.thumbnail(document).bytes());
    }

    /** Where the file is shown, if the caller may see it. */
    public ShownOn shownOn(UUID documentId) {
        Document document = readable(documentId).document();
        return new ShownOn(document.caseId, document.personId);
    }

    /** The file itself, as stored; read audited as a disclosure of the people it tells about. */
    @Transactional
    public Served content(UUID documentId) {
        Readable readable = readable(documentId);
        Served served = fileKeeping.content(readable.document());
        disclosed(readable, FileStore.Part.CONTENT);
        return served;
    }

    /** The small picture of an image or of a PDF's first page; not found when it has none. */
    @Transactional
    public Served thumbnail(UUID documentId) {
        Readable readable = readable(documentId);
        Served served = fileKeeping.thumbnail(readable.document());
        disclosed(readable, FileStore.Part.THUMBNAIL);
        return served;
    }

    /**
     * Takes the file out of sight, keeping it (and who removed it, and why) until retention
     * destroys it. A person's file by those who add files; a case's by those who record its entry.
     */
    @Transactional
    public DocumentView remove(UUID documentId, String reason) {
        Document document = readable(documentId).document();
        if (document.caseId != null) {
            checkEvidence.attachable(document.caseId, document.checkItem, document.personId);
        } else if (!caller.mayAddFiles()) {
            throw new ForbiddenException();
        }
        if (reason == null || reason.isBlank()) {
            new FieldErrors().add(text.error("reason", "document.reason.required")).throwIfAny();
        }
        if (reason.strip().length() > FileKeeping.LONGEST_TEXT) {
            new FieldErrors().add(text.error("reason", "text.too-long", FileKeeping.LONGEST_TEXT)).throwIfAny();
        }
        if (document.removed()) {
            return DocumentView.of(document);
        }
        document.removedAt = Instant.now(clock);
        document.removedBy = caller.username();
        document.removedReason = reason.strip();
        audit.record(AuditAction.DELETE, AUDIT_TYPE, document.id, owner(document, Map.of("reason", document.removedReason)));
        return DocumentView.of(document);
    }

    /** An admin brings back a removed file. */
    @Transactional
    public DocumentView restore(UUID documentId) {
        Document document = readable(documentId).document();
        if (document.removed()) {
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, document.id, owner(document,
                    Map.of("restored", true, "removedBy", document.removedBy)));
            document.removedAt = null;
            document.removedBy = null;
            document.removedReason = null;
        }
        return DocumentView.of(document);
    }

    /**
     * The document, if the caller may see it: a person's file when its person is in their scope
     * (the person a merged record went into) and of a kind their role sees; a case's file when
     * they see its checklist entry; a removed file only for an admin.
     */
    private Readable readable(UUID documentId) {
        Document document = documentRepository.findByIdOptional(documentId).orElseThrow(NotFoundException::new);
        List<UUID> concerned;
        if (document.caseId != null) {
            CheckEvidence.Reading reading = checkEvidence.readable(document.caseId);
            if (!reading.shows(document.personId)) {
                throw new NotFoundException();
            }
            concerned = reading.concerned(document.personId);
        } else {
            personAccess.reachable(document.personId).orElseThrow(NotFoundException::new);
            concerned = List.of(document.personId);
        }
        if (!maySee(document.kind) || document.removed() && !caller.mayRestoreFiles()) {
            throw new NotFoundException();
        }
        return new Readable(document, concerned);
    }

    private boolean maySee(DocumentKind kind) {
        return !kind.restricted() || personAccess.canSee(PersonFlag.MEDICAL);
    }

    private void disclosed(Readable readable, FileStore.Part part) {
        Document document = readable.document();
        audit.disclosed(AuditAction.VIEW, AUDIT_TYPE, document.id,
                owner(document, Map.of("kind", document.kind, "part", part)), readable.concerned());
    }

    /** The audit details of a file, with whose it is: its person, or its case and checklist item. */
    private static Map<String, Object> owner(Document document, Map<String, Object> details) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(details);
        if (document.personId != null) {
            all.put("person", document.personId);
        }
        if (document.caseId != null) {
            all.put("case", document.caseId);
            all.put("item", document.checkItem);
        }
        return all;
    }
}
