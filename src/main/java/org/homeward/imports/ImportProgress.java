package org.homeward.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * How far an import's reading or commit has gone, for the page that waits for it. Each step is
 * written in a transaction of its own (the import's own transaction shows nothing until it ends),
 * on a row only this request writes, so it waits for nobody; the page polls it by a token it
 * chose. Rows are kept a day.
 */
@ApplicationScoped
public class ImportProgress {

    /** Where a long step stands: reading the file, checking rows, matching them, saving them. */
    public enum Stage {
        READING,
        CHECKING,
        MATCHING,
        SAVING
    }

    public record Step(Stage stage, int done, int total) {
    }

    /** Reports the steps of one request, every so many rows (and the first and the last). */
    public interface Reporter {
        Reporter NONE = (stage, done, total) -> {
        };

        void at(Stage stage, int done, int total);
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportProgress.class);
    private static final int EVERY = 1000;
    private static final Duration KEPT = Duration.ofDays(1);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A reporter for {@code token} (none when the caller gave no token). */
    Reporter reporter(UUID token, String owner) {
        if (token == null) {
            return Reporter.NONE;
        }
        return (stage, done, total) -> {
            if (done == 0 || done == total || done % EVERY == 0) {
                try {
                    write(token, owner, stage, done, total);
                } catch (RuntimeException unwritten) {
                    // what the page shows while it waits is not worth the import itself
                    LOG.warnf("Progress of an import not written (%s): %s", stage, unwritten.getMessage());
                }
            }
        };
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void write(UUID token, String owner, Stage stage, int done, int total) {
        Instant now = Instant.now(clock);
        if (done == 0 && stage == Stage.READING) {
            em.createNativeQuery("delete from import_progress where updated_at < ?1").setParameter(1, now.minus(KEPT))
                    .executeUpdate();
        }
        em.createNativeQuery("""
                insert into import_progress (token, owner, stage, done, total, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (token) do update set stage = excluded.stage, done = excluded.done, total = excluded.total,
                    updated_at = excluded.updated_at where import_progress.owner = excluded.owner""")
                .setParameter(1, token).setParameter(2, owner).setParameter(3, stage.name()).setParameter(4, done)
                .setParameter(5, total).setParameter(6, now).executeUpdate();
    }

    /** The latest step of the caller's own request with this token. */
    @Transactional
    public Optional<Step> of(UUID token, String owner) {
        List<?> rows = em.createNativeQuery("select stage, done, total from import_progress where token = ?1 and owner = ?2")
                .setParameter(1, token).setParameter(2, owner).getResultList();
        return rows.stream().map(r -> (Object[]) r).findFirst().map(r -> new Step(Stage.valueOf((String) r[0]),
                ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
    }
}
