package org.homeward.documents;

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

    void put(UUID document, Part part, byte[] sealed);

    Optional<byte[]> get(UUID document, Part part);
}
