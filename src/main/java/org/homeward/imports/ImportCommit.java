package org.homeward.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.ValidationFailed;
import org.homeward.people.PersonService;

/**
 * The rows of a preview saved, all of them in the caller's transaction: a new person registered
 * with their admission, a person already registered completed from the row, a skipped row left.
 * Rows that are wrong, undecided, or that the registry refuses now (a facility closed since the
 * preview) are all gathered and refused together; the transaction then rolls back whole.
 */
@ApplicationScoped
class ImportCommit {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportCommit.class);

    /** People completed are written and let go of every so many. */
    private static final int LET_GO_EVERY = 250;

    /** Past this many refused rows the commit tells no more: the admin has enough to fix. */
    private static final int ENOUGH_ERRORS = 1000;

    @Inject
    PersonService personService;

    @Inject
    LocalizedText text;

    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    ImportResult all(List<ImportRow> rows, ImportProgress.Reporter progress) {
        List<ImportSummary.RowError> errors = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.effectiveDecision() == ImportRow.Decision.SKIP) {
                continue;
            }
            row.errors().forEach(e -> errors.add(new ImportSummary.RowError(row.row(), e.field(), e.message())));
            if (row.valid() && row.effectiveDecision() == null) {
                errors.add(new ImportSummary.RowError(row.row(), "decision", text.get("import.decision.required")));
            }
        }
        if (!errors.isEmpty()) {
            throw new RowsRefused(errors);
        }
        long started = System.nanoTime();
        List<ImportRow> fresh = rows.stream().filter(r -> r.effectiveDecision() == ImportRow.Decision.NEW).toList();
        List<UUID> created = personService.registerAll(fresh.stream().map(ImportRow::reading).toList(),
                (i, refused) -> refused.errors().forEach(e -> errors.add(new ImportSummary.RowError(fresh.get(i).row(),
                        RowChecks.importField(e.field()), e.message()))),
                done -> progress.at(ImportProgress.Stage.SAVING, done, rows.size()));
        List<UUID> updated = new ArrayList<>();
        int completed = 0;
        for (ImportRow row : rows) {
            // once a row is refused nothing will be kept: the people to complete are not read
            if (row.effectiveDecision() != ImportRow.Decision.UPDATE || !errors.isEmpty()) {
                continue;
            }
            if (++completed % LET_GO_EVERY == 0) {
                // each completion flushes: a context holding every person completed so far would be checked whole each time
                em.flush();
                em.clear();
            }
            try {
                updated.add(personService.completeFrom(row.personId(), row.reading()).id());
            } catch (ValidationFailed refused) {
                refused.errors().forEach(e -> errors.add(new ImportSummary.RowError(row.row(),
                        RowChecks.importField(e.field()), e.message())));
            } catch (NotFoundException gone) {
                errors.add(new ImportSummary.RowError(row.row(), "personId", text.get("import.decision.person")));
            }
        }
        int skipped = (int) rows.stream().filter(r -> r.effectiveDecision() == ImportRow.Decision.SKIP).count();
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportSummary.RowError::row));
            throw new RowsRefused(errors.subList(0, Math.min(errors.size(), ENOUGH_ERRORS)));
        }
        progress.at(ImportProgress.Stage.SAVING, rows.size(), rows.size());
        LOG.infof("%d rows committed: %d registered, %d completed, %d skipped, in %d ms", rows.size(), created.size(),
                updated.size(), skipped, (System.nanoTime() - started) / 1_000_000);
        return new ImportResult(created.size(), updated.size(), skipped, created, updated);
    }
}
