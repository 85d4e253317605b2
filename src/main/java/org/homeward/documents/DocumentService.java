package org.homeward.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.kernel.ContentRefused;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.people.PersonFlag;
import org.homeward.people.PersonPhotos;

/**
 * Files of people: added, listed, read, removed and restored, each as the person's record is
 * (out of the caller's scope: not found), medical files only for those who see medical flags,
 * every read and change audited as a read or change of the person.
 */
@ApplicationScoped
public class DocumentService implements PersonPhotos {

    static final String AUDIT_TYPE = "DOCUMENT";

    /** The longest note or reason a file keeps (its column's length). */
    private static final int LONGEST_TEXT = 1000;

    /** A file to serve: its bytes and what they are. */
    public record Served(String contentType, byte[] bytes, String fileName) {
    }

    @Inject
    DocumentRepository documentRepository;

    @Inject
    FileStore fileStore;

    @Inject
    FileSealing fileSealing;

    @Inject
    Intake intake;

    @Inject
    DocumentSettings settings;

    @Inject
    PersonAccess personAccess;

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
        if (upload == null) {
            errors.add(text.error("file", "jakarta.validation.constraints.NotNull.message"));
        }
        if (kind == null) {
            errors.add(text.error("kind", "jakarta.validation.constraints.NotNull.message"));
        } else if (!maySee(kind)) {
            errors.add(text.error("kind", "document.kind.restricted"));
        }
        if (note != null && note.length() > LONGEST_TEXT) {
            errors.add(text.error("note", "text.too-long", LONGEST_TEXT));
        }
        errors.throwIfAny();
        byte[] received = read(upload);
        Intake.Accepted accepted = intake.accept(received);

        Document document = new Document();
        document.id = UUID.randomUUID();
        document.personId = person.id;
        document.kind = kind;
        document.contentType = accepted.contentType();
        document.size = accepted.content().length;
        document.sha256 = sha256(received);
        document.originalName = fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 255));
        document.note = note == null || note.isBlank() ? null : note.strip();
        document.hasThumbnail = accepted.thumbnail() != null;
        document.uploadedBy = caller.username();
        document.uploadedAt = Instant.now(clock);
        documentRepository.persist(document);
        fileStore.put(document.id, FileStore.Part.CONTENT, fileSealing.seal(sealedAs(document, FileStore.Part.CONTENT),
                accepted.content()));
        if (document.hasThumbnail) {
            fileStore.put(document.id, FileStore.Part.THUMBNAIL,
                    fileSealing.seal(sealedAs(document, FileStore.Part.THUMBNAIL), accepted.thumbnail()));
        }
        audit.record(AuditAction.CREATE, AUDIT_TYPE, document.id, Map.of("person", person.id, "kind", kind,
                "sha256", document.sha256, "size", document.size, "contentType", document.contentType));
        return DocumentView.of(document);
    }

    /** The person's files the caller may see, newest first; an admin may ask for removed ones too. */
    @Transactional
    public List<DocumentView> of(UUID personId, boolean withRemoved) {
        Person person = personAccess.forChange(personId);
        List<DocumentView> shown = documentRepository.ofPerson(person.id, withRemoved && caller.mayRestoreFiles()).stream()
                .filter(document -> maySee(document.kind)).map(DocumentView::of).toList();
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
        return documentRepository.ofPerson(personId, caller.mayRestoreFiles()).stream()
                .filter(document -> maySee(document.kind)).map(DocumentView::of).toList();
    }

    /** The kinds of file the caller may add (medical ones only if they see medical flags). */
    List<DocumentKind> kindsToAdd() {
        return java.util.Arrays.stream(DocumentKind.values()).filter(this::maySee).toList();
    }

    /** The current photo of each of these people who has one, by person (for lists, pickers, comparisons). */
    @Override
    public Map<UUID, UUID> of(java.util.Collection<UUID> personIds) {
        return documentRepository.currentPhotos(personIds);
    }

    /** Whose file this is, if the caller may see it. */
    public UUID personOf(UUID documentId) {
        return readable(documentId).personId;
    }

    /** The file itself, as stored; read audited as a disclosure of the person. */
    @Transactional
    public Served content(UUID documentId) {
        Document document = readable(documentId);
        byte[] sealed = fileStore.get(document.id, FileStore.Part.CONTENT).orElseThrow(NotFoundException::new);
        disclosed(document, FileStore.Part.CONTENT);
        return new Served(document.contentType, fileSealing.open(sealedAs(document, FileStore.Part.CONTENT), sealed),
                fileName(document));
    }

    /** The small picture of an image or of a PDF's first page; not found when it has none. */
    @Transactional
    public Served thumbnail(UUID documentId) {
        Document document = readable(documentId);
        Optional<byte[]> sealed = document.hasThumbnail ? fileStore.get(document.id, FileStore.Part.THUMBNAIL)
                : Optional.empty();
        disclosed(document, FileStore.Part.THUMBNAIL);
        return new Served(Intake.JPEG, fileSealing.open(sealedAs(document, FileStore.Part.THUMBNAIL),
                sealed.orElseThrow(NotFoundException::new)), null);
    }

    /** Takes the file out of sight, keeping it (and who removed it, and why) until retention destroys it. */
    @Transactional
    public DocumentView remove(UUID documentId, String reason) {
        Document document = readable(documentId);
        if (reason == null || reason.isBlank()) {
            new FieldErrors().add(text.error("reason", "document.reason.required")).throwIfAny();
        }
        if (reason.strip().length() > LONGEST_TEXT) {
            new FieldErrors().add(text.error("reason", "text.too-long", LONGEST_TEXT)).throwIfAny();
        }
        if (document.removed()) {
            return DocumentView.of(document);
        }
        document.removedAt = Instant.now(clock);
        document.removedBy = caller.username();
        document.removedReason = reason.strip();
        audit.record(AuditAction.DELETE, AUDIT_TYPE, document.id,
                Map.of("person", document.personId, "reason", document.removedReason));
        return DocumentView.of(document);
    }

    /** An admin brings back a removed file. */
    @Transactional
    public DocumentView restore(UUID documentId) {
        Document document = readable(documentId);
        if (document.removed()) {
            audit.record(AuditAction.UPDATE, AUDIT_TYPE, document.id, Map.of("person", document.personId,
                    "restored", true, "removedBy", document.removedBy));
            document.removedAt = null;
            document.removedBy = null;
            document.removedReason = null;
        }
        return DocumentView.of(document);
    }

    /**
     * The document, if the caller may see it: its person in their scope (the person a merged
     * record went into), a kind their role sees, not removed unless they are an admin.
     */
    private Document readable(UUID documentId) {
        Document document = documentRepository.findByIdOptional(documentId).orElseThrow(NotFoundException::new);
        personAccess.reachable(document.personId).orElseThrow(NotFoundException::new);
        if (!maySee(document.kind) || document.removed() && !caller.mayRestoreFiles()) {
            throw new NotFoundException();
        }
        return document;
    }

    private boolean maySee(DocumentKind kind) {
        return !kind.restricted() || personAccess.canSee(PersonFlag.MEDICAL);
    }

    private void disclosed(Document document, FileStore.Part part) {
        audit.disclosed(AuditAction.VIEW, AUDIT_TYPE, document.id,
                Map.of("person", document.personId, "kind", document.kind, "part", part), List.of(document.personId));
    }

    /** What a sealed part is bound to: its document and which part, so parts cannot be swapped. */
    private static String sealedAs(Document document, FileStore.Part part) {
        return document.id + "/" + part;
    }

    private static String fileName(Document document) {
        String extension = switch (document.contentType) {
            case Intake.JPEG -> ".jpg";
            case Intake.PNG -> ".png";
            default -> ".pdf";
        };
        return document.kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + document.id + extension;
    }

    private byte[] read(Path upload) {
        try {
            long size = Files.size(upload);
            if (size > settings.maxSize().asLongValue()) {
                throw new ContentRefused(ContentRefused.TOO_LARGE, text.error("file", "document.size",
                        settings.maxSize().asLongValue() / (1024 * 1024)));
            }
            return Files.readAllBytes(upload);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
