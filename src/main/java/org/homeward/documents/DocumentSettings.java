package org.homeward.documents;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code homeward.files.*}: where files are kept, under which key, and how large they may be. */
@ConfigMapping(prefix = "homeward.files")
public interface DocumentSettings {

    /** Where sealed files are kept (README, "Files": which to choose when). */
    enum Store {
        DATABASE,
        S3
    }

    /**
     * At least 32 random characters, the same on every copy, never in the database
     * ({@code HOMEWARD_FILES_KEY}): encrypts every file's own key. Lost, every file is lost.
     */
    String key();

    @WithDefault("database")
    Store store();

    /** The largest file accepted; larger ones are refused with 413 (the HTTP body limit must allow it). */
    @WithDefault("20M")
    MemorySize maxSize();

    /** The most pixels an image may have to be decoded (a small file can claim a billion). */
    @WithDefault("50000000")
    long maxPixels();

    S3 s3();

    /** An S3-compatible object store (AWS S3, MinIO, Ceph): used when {@link #store()} is S3. */
    interface S3 {
        Optional<String> endpoint();

        @WithDefault("us-east-1")
        String region();

        @WithDefault("homeward-files")
        String bucket();

        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();
    }
}
