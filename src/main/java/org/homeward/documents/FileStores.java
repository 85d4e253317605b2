package org.homeward.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

/** The store {@code homeward.files.store} names: the database by default, or S3-compatible object storage. */
@ApplicationScoped
class FileStores {

    @Produces
    @ApplicationScoped
    FileStore fileStore(DocumentSettings settings, EntityManager em) {
        return switch (settings.store()) {
            case DATABASE -> new DatabaseFileStore(em);
            case S3 -> S3FileStore.of(settings.s3());
        };
    }
}
