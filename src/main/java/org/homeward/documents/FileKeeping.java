package org.homeward.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.homeward.kernel.ContentRefused;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;

/**
 * The files themselves, whoever they belong to: an upload judged by its content ({@link Intake}),
 * sealed ({@link FileSealing}) and written to the store as it is read, with its thumbnail; read
 * back and opened to be served. Whose a file is, and who may see it, the services calling this
 * decide.
 */
@ApplicationScoped
class FileKeeping {

    /** The longest note or reason a file keeps (its column's length). */
    static final int LONGEST_TEXT = 1000;

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
    LocalizedText text;

    /** What every upload needs: a file, and a note that fits. */
    void check(FieldErrors errors, Path upload, String note) {
        if (upload == null) {
            errors.add(text.error("file", "jakarta.validation.constraints.NotNull.message"));
        }
        if (note != null && note.length() > LONGEST_TEXT) {
            errors.add(text.error("note", "text.too-long", LONGEST_TEXT));
        }
    }

    /**
     * Keeps the upload (a file the server wrote) for this document, whose row is filled in with
     * what the file is and saved. The upload is read from disk as it is sealed and stored: held in
     * memory at most once (an image, as it is written anew), a PDF never whole.
     */
    void keep(Document document, Path upload, String fileName, String note) {
        try {
            if (Files.size(upload) > settings.maxSize().asLongValue()) {
                throw new ContentRefused(ContentRefused.TOO_LARGE, text.error("file", "document.size",
                        settings.maxSize().asLongValue() / (1024 * 1024)));
            }
            Intake.Accepted accepted = intake.accept(upload);
            document.contentType = accepted.contentType();
            document.size = accepted.size();
            document.sha256 = sha256(upload);
            document.originalName = fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 255));
            document.note = note == null || note.isBlank() ? null : note.strip();
            document.hasThumbnail = accepted.thumbnail() != null;
            documentRepository.persist(document);
            try (InputStream content = accepted.content()) {
                fileStore.put(document.id, FileStore.Part.CONTENT,
                        fileSealing.sealing(sealedAs(document, FileStore.Part.CONTENT), content),
                        FileSealing.sealedLength(document.size));
            }
            if (document.hasThumbnail) {
                fileStore.put(document.id, FileStore.Part.THUMBNAIL,
                        fileSealing.sealing(sealedAs(document, FileStore.Part.THUMBNAIL),
                                new java.io.ByteArrayInputStream(accepted.thumbnail())),
                        FileSealing.sealedLength(accepted.thumbnail().length));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The file as it was kept, opened. */
    DocumentService.Served content(Document document) {
        byte[] sealed = fileStore.get(document.id, FileStore.Part.CONTENT).orElseThrow(NotFoundException::new);
        return new DocumentService.Served(document.contentType,
                fileSealing.open(sealedAs(document, FileStore.Part.CONTENT), sealed), fileName(document));
    }

    /** The small picture of an image or of a PDF's first page; not found when it has none. */
    DocumentService.Served thumbnail(Document document) {
        byte[] sealed = (document.hasThumbnail ? fileStore.get(document.id, FileStore.Part.THUMBNAIL)
                : java.util.Optional.<byte[]>empty()).orElseThrow(NotFoundException::new);
        return new DocumentService.Served(Intake.JPEG,
                fileSealing.open(sealedAs(document, FileStore.Part.THUMBNAIL), sealed), null);
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
        return document.kind.name().toLowerCase(Locale.ROOT) + "-" + document.id + extension;
    }

    /** SHA-256 of the file as it arrived, read from disk in blocks. */
    private static String sha256(Path upload) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(upload),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
