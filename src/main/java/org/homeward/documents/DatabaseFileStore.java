package org.homeward.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

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

    @Override
    public void put(UUID document, Part part, byte[] sealed) {
        em.createNativeQuery("insert into document_file (document_id, part, sealed) values (:document, :part, :sealed)")
                .setParameter("document", document).setParameter("part", part.name()).setParameter("sealed", sealed)
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> get(UUID document, Part part) {
        @SuppressWarnings("unchecked")
        List<byte[]> found = em.createNativeQuery("select sealed from document_file where document_id = :document and part = :part")
                .setParameter("document", document).setParameter("part", part.name()).getResultList();
        return found.stream().findFirst();
    }
}
