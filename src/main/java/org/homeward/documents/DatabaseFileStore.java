package org.homeward.documents;

import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Sealed files in PostgreSQL ({@code document_file}): one backup, one transaction with the
 * document's row (a file is there exactly when its row is), no second system to run. The choice
 * for most deployments (README, "Files").
 */
class DatabaseFileStore implements FileStore {

    private final EntityManager em;

    DatabaseFileStore(EntityManager em) {
        this.em = em;
    }

    /** Written through JDBC as a stream: the driver sends the sealed bytes as it reads them, never all at once. */
    @Override
    public void put(UUID document, Part part, InputStream sealed, long length) {
        // the document's row first: the file refers to it
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into document_file (document_id, part, sealed) values (?, ?, ?)")) {
                insert.setObject(1, document);
                insert.setString(2, part.name());
                insert.setBinaryStream(3, sealed, length);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<byte[]> get(UUID document, Part part) {
        @SuppressWarnings("unchecked")
        List<byte[]> found = em.createNativeQuery("select sealed from document_file where document_id = :document and part = :part")
                .setParameter("document", document).setParameter("part", part.name()).getResultList();
        return found.stream().findFirst();
    }

    @Override
    public void destroy(java.util.Collection<UUID> documents) {
        if (!documents.isEmpty()) {
            em.createNativeQuery("delete from document_file where document_id in (:documents)")
                    .setParameter("documents", documents).executeUpdate();
        }
    }
}
