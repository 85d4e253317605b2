package org.homeward.documents;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Where sealed files are kept: PostgreSQL by default ({@link DatabaseFileStore}), S3-compatible
 * object storage for deployments that outgrow it ({@code homeward.files.store=s3}). A store sees
 * only sealed bytes ({@link FileSealing}); it never knows what a file is or whose.
 */
interface FileStore {

    /** One of the two files kept for a document. */
    enum Part {
        CONTENT,
        THUMBNAIL
    }

    /** Keeps a sealed file of {@code length} bytes, read from {@code sealed} as it is written out. */
    void put(UUID document, Part part, InputStream sealed, long length);

    Optional<byte[]> get(UUID document, Part part);

    /** Destroys both files of these documents, for good (a retention run, a lock-down): nothing to read back. */
    void destroy(java.util.Collection<UUID> documents);
}
