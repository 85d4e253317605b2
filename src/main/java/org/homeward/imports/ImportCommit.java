package org.homeward.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.homeward.families.RelationshipService;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.MergedRecord;
import org.homeward.movements.MovementService;
import org.homeward.kernel.ValidationFailed;
import org.homeward.people.PersonService;

/**
 * The rows of a preview saved, all of them in the caller's transaction: a new person registered
 * with their admission, a person already registered completed from the row, the family links
 * between rows; or, in an import of changes, each row's movement, nationality claim or family
 * link, by the same services as the pages. A skipped row is left.
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
    MovementService movementService;

    @Inject
    RelationshipService relationshipService;

    @Inject
    LocalizedText text;

    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    ImportResult all(ImportKind kind, List<ImportRow> rows, ImportProgress.Reporter progress) {
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
        ImportResult result = kind.registers() ? people(rows, errors, progress) : changes(kind, rows, errors, progress);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportSummary.RowError::row));
            throw new RowsRefused(errors.subList(0, Math.min(errors.size(), ENOUGH_ERRORS)));
        }
        progress.at(ImportProgress.Stage.SAVING, rows.size(), rows.size());
        LOG.infof("%d rows of %s committed: %d created, %d updated, %d skipped, in %d ms", rows.size(), kind,
                result.created(), result.updated(), result.skipped(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** New people registered with their admission, people judged the same completed, then the family links between rows. */
    private ImportResult people(List<ImportRow> rows, List<ImportSummary.RowError> errors, ImportProgress.Reporter progress) {
        List<ImportRow> fresh = rows.stream().filter(r -> r.effectiveDecision() == ImportRow.Decision.NEW).toList();
        List<UUID> created = personService.registerAll(fresh.stream().map(ImportRow::reading).toList(),
                (i, refused) -> refused.errors().forEach(e -> errors.add(new ImportSummary.RowError(fresh.get(i).row(),
                        RowChecks.importField(e.field()), e.message()))),
                done -> progress.at(ImportProgress.Stage.SAVING, done, rows.size()));
        Map<Integer, UUID> personOfRow = new HashMap<>();
        for (int i = 0; i < created.size() && errors.isEmpty(); i++) {
            personOfRow.put(fresh.get(i).row(), created.get(i));
        }
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
                personOfRow.put(row.row(), row.personId());
            } catch (ValidationFailed refused) {
                refused.errors().forEach(e -> errors.add(new ImportSummary.RowError(row.row(),
                        RowChecks.importField(e.field()), e.message())));
            } catch (NotFoundException gone) {
                errors.add(new ImportSummary.RowError(row.row(), "personId", text.get("import.decision.person")));
            }
        }
        if (errors.isEmpty()) {
            linkRows(rows, personOfRow, errors);
        }
        int skipped = (int) rows.stream().filter(r -> r.effectiveDecision() == ImportRow.Decision.SKIP).count();
        return new ImportResult(created.size(), updated.size(), skipped, created, updated);
    }

    /**
     * "The person of this row is the child of the person of row 3", once both rows have their
     * person; the first link refused ends the commit (nothing will be kept).
     */
    private void linkRows(List<ImportRow> rows, Map<Integer, UUID> personOfRow, List<ImportSummary.RowError> errors) {
        for (ImportRow row : rows) {
            PersonChange.Link link = row.change() == null ? null : row.change().link();
            if (link == null || row.effectiveDecision() == ImportRow.Decision.SKIP) {
                continue;
            }
            UUID relative = personOfRow.get(link.relatedRow());
            if (relative == null) {
                errors.add(new ImportSummary.RowError(row.row(), ImportField.RELATED_ROW.apiName(),
                        text.get("import.value.row-skipped", link.relatedRow())));
                return;
            }
            UnaryOperator<String> fieldOf = field -> "type".equals(field) ? ImportField.RELATIONSHIP.apiName()
                    : ImportField.RELATED_ROW.apiName();
            if (!apply(row, errors, fieldOf, () -> relationshipService.link(personOfRow.get(row.row()), link.relation(),
                    relative, link.evidence()))) {
                return;
            }
        }
    }

    /**
     * Each row's change to a person already registered, in the order of the file. The first change
     * the registry refuses now (something changed since the preview) ends the commit: the
     * transaction will be rolled back whole, and a service that refused has already marked it so.
     */
    private ImportResult changes(ImportKind kind, List<ImportRow> rows, List<ImportSummary.RowError> errors,
            ImportProgress.Reporter progress) {
        Set<UUID> changed = new LinkedHashSet<>();
        int applied = 0;
        int skipped = 0;
        for (ImportRow row : rows) {
            if (row.effectiveDecision() == ImportRow.Decision.SKIP) {
                skipped++;
                continue;
            }
            PersonChange change = row.change();
            boolean done = apply(row, errors, field -> ChangeChecks.importField(kind, field), () -> {
                switch (kind) {
                    case MOVEMENTS -> movementService.record(change.personId(), change.movement());
                    case NATIONALITIES -> personService.completeFrom(change.personId(), row.reading());
                    case FAMILY_LINKS -> relationshipService.link(change.personId(), change.link().relation(),
                            change.link().relativeId(), change.link().evidence());
                    case PERSONS -> throw new IllegalArgumentException("people are registered, not changed");
                }
            });
            if (!done) {
                break;
            }
            applied++;
            changed.add(change.personId());
            progress.at(ImportProgress.Stage.SAVING, applied + skipped, rows.size());
        }
        return new ImportResult(applied, changed.size(), skipped, List.of(), List.copyOf(changed));
    }

    /** One row's change made, or its refusal named under the import's field ({@code fieldOf}); whether it was made. */
    private boolean apply(ImportRow row, List<ImportSummary.RowError> errors, UnaryOperator<String> fieldOf, Runnable change) {
        try {
            change.run();
            return true;
        } catch (ValidationFailed refused) {
            refused.errors().forEach(e -> errors.add(new ImportSummary.RowError(row.row(), fieldOf.apply(e.field()), e.message())));
        } catch (NotFoundException | MergedRecord gone) {
            // the person was merged into another, or left the caller's reach, since the preview
            String number = row.change().registrationNumber();
            errors.add(number == null
                    ? new ImportSummary.RowError(row.row(), "personId", text.get("import.decision.person"))
                    : new ImportSummary.RowError(row.row(), ImportField.REGISTRATION_NUMBER.apiName(),
                            text.get("import.value.person", number)));
        }
        return false;
    }
}
