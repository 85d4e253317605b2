package org.homeward.documents;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The rows of files; never their content, which only a {@link FileStore} reads. */
@ApplicationScoped
class DocumentRepository implements PanacheRepositoryBase<Document, UUID> {

    /**
     * The current photo of each of these people who has one: their newest photo not removed, by
     * person. Reads the rows' index only, never a file, however many files there are.
     */
    Map<UUID, UUID> currentPhotos(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select distinct on (person_id) person_id, id from document
                 where person_id = any(cast(:people as uuid[])) and kind = 'PHOTO' and removed_at is null
                 order by person_id, uploaded_at desc""")
                .setParameter("people", personIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        Map<UUID, UUID> photos = new HashMap<>();
        rows.forEach(row -> photos.put((UUID) row[0], (UUID) row[1]));
        return photos;
    }

    /** A person's own files (not their case's), newest first; removed ones only when asked for. */
    List<Document> ofPerson(UUID personId, boolean withRemoved) {
        return list("personId = ?1 and caseId is null" + (withRemoved ? "" : " and removedAt is null")
                + " order by uploadedAt desc, id", personId);
    }

    /** The files of a case's checklist, removed ones too, oldest first. */
    List<Document> ofCase(UUID caseId) {
        return list("caseId = ?1 order by uploadedAt, id", caseId);
    }
}
