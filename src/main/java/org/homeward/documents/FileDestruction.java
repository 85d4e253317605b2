package org.homeward.documents;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Destroys the files kept for people, for good: when a retention run anonymizes them, or a lock-down
 * shreds what could be seized. The document rows stay (a file was there, of what kind, when it was
 * destroyed and why) without their original name or note; the sealed bytes are gone from the store,
 * so not even the files' key can open them again. Whoever calls this has decided who; this only
 * does it, in the caller's transaction.
 */
@ApplicationScoped
public class FileDestruction {

    @Inject
    EntityManager em;

    @Inject
    FileStore fileStore;

    /** Destroys the files of these people; answers how many documents lost their files. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int destroyFilesOf(Collection<UUID> people, String by, String reason) {
        if (people.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<UUID> documents = em.createNativeQuery("""
                update document set files_destroyed_at = now(), original_name = null, note = null,
                       removed_at = coalesce(removed_at, now()), removed_by = coalesce(removed_by, :by),
                       removed_reason = coalesce(removed_reason, :reason)
                 where person_id in (:people) and files_destroyed_at is null
                returning id""", UUID.class).setParameter("people", people).setParameter("by", by)
                .setParameter("reason", reason).getResultList();
        fileStore.destroy(documents);
        return documents.size();
    }
}
