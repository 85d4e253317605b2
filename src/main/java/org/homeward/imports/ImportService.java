package org.homeward.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.kernel.ContentRefused;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.ValidationFailed;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;

/**
 * An import from upload to commit (docs/adr/021-imports-previewed-then-committed-whole.md): a file
 * is read and previewed, nothing saved to the registry; the admin corrects the mapping and decides
 * on possible duplicates; the commit registers every row or none, in one transaction, and cannot
 * happen twice. Each step is audited with the file's hash.
 */
@ApplicationScoped
public class ImportService {

    static final String PREVIEW = "PREVIEW";
    static final String COMMITTED = "COMMITTED";
    static final String DISCARDED = "DISCARDED";
    static final String AUDIT_TYPE = "IMPORT";
    /** How many of the errors the summary lists; the rows' pages have all of them. */
    private static final int ERRORS_LISTED = 1000;
    private static final int PEOPLE_LISTED = 500;
    /**
     * A preview or commit of the largest file allowed runs for minutes, in one transaction (all
     * rows or none): longer than the default minute, bounded all the same.
     */
    private static final int LONGEST_SECONDS = 900;

    @Inject
    ImportStore store;

    @Inject
    ImportSettings settings;

    @Inject
    RowChecks rowChecks;

    @Inject
    ChangeChecks changeChecks;

    @Inject
    ImportCommit commit;

    @Inject
    PersonAccess personAccess;

    @Inject
    ImportProgress progress;

    @Inject
    Caller caller;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** A file read and previewed: nothing of it is in the registry yet. */
    @Transactional
    @TransactionConfiguration(timeout = LONGEST_SECONDS)
    public ImportSummary preview(Path file, String fileName, String kindName, String encodingName, String sheetName,
            String mappingJson, UUID progressToken) {
        mustImport();
        ImportProgress.Reporter steps = progress.reporter(progressToken, caller.username());
        List<FieldError> errors = new ArrayList<>();
        ImportKind kind = kind(kindName, errors);
        Charset encoding = encoding(encodingName, errors);
        Map<String, String> chosen = mapping(mappingJson, errors);
        if (file == null) {
            errors.add(text.error("file", "import.file.required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        byte[] bytes = bytes(file);
        steps.at(ImportProgress.Stage.READING, 0, 0);
        Sheet sheet = read(bytes, encoding, sheetName);
        String headersKey = ColumnMapping.headersKey(sheet.headers());
        List<String> unknown = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.of(kind, sheet.headers(), chosen, store.rememberedMapping(headersKey), unknown);
        if (!unknown.isEmpty()) {
            throw new ValidationFailed(List.of(text.error("mapping", "import.mapping.unknown", String.join(", ", unknown))));
        }
        UUID id = UUID.randomUUID();
        String sha256 = sha256(bytes);
        store.insert(new ImportStore.Batch(id, kind, PREVIEW, shortened(fileName, 255), sha256, sheet.encoding(),
                shortened(sheet.sheetName(), 100),
                sheet.headers(), mapping.byHeader(), caller.username(), Instant.now(clock), null, null, 0));
        List<ImportRow> rows = checked(kind, sheet, mapping, steps);
        steps.at(ImportProgress.Stage.SAVING, 0, rows.size());
        store.insertRows(id, rows);
        ImportSummary summary = summary(store.batch(id).orElseThrow(), null);
        audited(AuditAction.CREATE, id, summary, rows);
        return summary;
    }

    /** The columns mapped again: every row read again from its cells, and checked again. */
    @Transactional
    @TransactionConfiguration(timeout = LONGEST_SECONDS)
    public ImportSummary remap(UUID id, Map<String, String> chosen) {
        ImportStore.Batch batch = open(id);
        List<String> unknown = new ArrayList<>();
        ColumnMapping mapping = ColumnMapping.of(batch.kind(), batch.headers(), chosen == null ? Map.of() : chosen, Map.of(),
                unknown);
        if (!unknown.isEmpty()) {
            throw new ValidationFailed(List.of(text.error("mapping", "import.mapping.unknown", String.join(", ", unknown))));
        }
        List<ImportRow> stored = store.allRows(id);
        Sheet sheet = new Sheet(batch.headers(), stored.stream().map(r -> new Sheet.Row(r.row(), r.cells())).toList(),
                batch.encoding(), batch.sheet());
        List<ImportRow> rows = checked(batch.kind(), sheet, mapping, ImportProgress.Reporter.NONE);
        store.replaceRows(id, rows);
        store.mapped(id, mapping.byHeader());
        ImportSummary summary = summary(store.batch(id).orElseThrow(), null);
        audited(AuditAction.UPDATE, id, summary, rows);
        return summary;
    }

    /** The import and one page of its rows (as read, with their errors, duplicates and decisions). */
    @Transactional
    public ImportSummary get(UUID id, int page, int size) {
        ImportStore.Batch batch = visible(id);
        List<ImportRow> stored = store.rows(id, (long) page * size, size);
        Map<UUID, ImportRow.Match> matched = matchesShown(stored);
        List<ImportRow> items = asSeenNow(stored, matched);
        List<ImportSummary.Registered> people = registered(batch.result());
        ImportSummary summary = summary(batch, new Page(items, people, page, size));
        List<UUID> shown = new ArrayList<>(matched.keySet());
        people.forEach(p -> shown.add(p.id()));
        audit.disclosed(AuditAction.VIEW, AUDIT_TYPE, id, Map.of("page", page, "size", size), shown);
        return summary;
    }

    /** The imports the caller may see, newest first. */
    @Transactional
    public List<ImportSummary> recent() {
        mustImport();
        return store.recent(caller.importsListedOf(), 50).stream().filter(b -> caller.maySeeImportBy(b.createdBy()))
                .map(b -> summary(b, null)).toList();
    }

    /** Each row's choice: a new person, the same as a person already registered (completed from the row), or skipped. */
    @Transactional
    public ImportSummary decide(UUID id, List<DecisionInput> decisions) {
        ImportStore.Batch batch = open(id);
        if (decisions == null) {
            throw text.missingBody();
        }
        Map<Integer, ImportRow> rows = new HashMap<>();
        store.allRows(id).forEach(row -> rows.put(row.row(), row));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            DecisionInput decision = decisions.get(i);
            ImportRow row = decision == null || decision.row() == null ? null : rows.get(decision.row());
            if (row == null) {
                errors.add(text.error("decisions[" + i + "].row", "import.decision.row"));
            } else if (decision.action() == null) {
                errors.add(text.error("decisions[" + i + "].action", "import.decision.action"));
            } else if (decision.action() == ImportRow.Decision.UPDATE && row.duplicates().stream()
                    .noneMatch(match -> match.personId() != null && match.personId().equals(decision.personId()))) {
                errors.add(text.error("decisions[" + i + "].personId", "import.decision.person"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        store.decide(id, decisions);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, Map.of("decisions", decisions));
        return summary(batch, null);
    }

    /** Every row saved, or none (422 with the rows' errors); a second commit is refused (409). */
    @Transactional
    @TransactionConfiguration(timeout = LONGEST_SECONDS)
    public ImportSummary commit(UUID id, UUID progressToken) {
        mustImport();
        ImportStore.Batch batch = store.batchForCommit(id).filter(b -> caller.maySeeImportBy(b.createdBy()))
                .orElseThrow(NotFoundException::new);
        if (!PREVIEW.equals(batch.status())) {
            throw new ImportClosed(text.get("import.closed." + batch.status().toLowerCase(java.util.Locale.ROOT)));
        }
        ImportResult result = commit.all(batch.kind(), store.allRows(id), progress.reporter(progressToken, caller.username()));
        Instant now = Instant.now(clock);
        store.close(id, COMMITTED, result, now);
        store.remember(ColumnMapping.headersKey(batch.headers()), batch.mapping(), now);
        ImportSummary summary = summary(store.batch(id).orElseThrow(), null);
        Map<String, Object> details = new LinkedHashMap<>(auditDetails(summary));
        details.put("committed", true);
        details.put("created", result.createdIds());
        details.put("updated", result.updatedIds());
        details.put("skipped", result.skipped());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, details);
        return summary;
    }

    /** A preview thrown away: its rows go, the record of it stays. A committed import cannot be. */
    @Transactional
    public void discard(UUID id) {
        ImportStore.Batch batch = open(id);
        store.close(id, DISCARDED, null, Instant.now(clock));
        audit.record(AuditAction.DELETE, AUDIT_TYPE, id, Map.of("sha256", batch.sha256(), "kind", batch.kind()));
    }

    /** The headers of a preview's file, in order (for its mapping form); not a read of its rows. */
    public List<String> headers(UUID id) {
        return open(id).headers();
    }

    /** How far the caller's own long request with this token has gone. */
    public Optional<ImportProgress.Step> progress(UUID token) {
        mustImport();
        return progress.of(token, caller.username());
    }

    /** One row's choice in {@code PUT /api/v1/imports/{id}/decisions}. */
    public record DecisionInput(Integer row, ImportRow.Decision action, UUID personId) {
    }

    private record Page(List<ImportRow> items, List<ImportSummary.Registered> people, int page, int size) {
    }

    /** Every row judged by the rules of its kind. */
    private List<ImportRow> checked(ImportKind kind, Sheet sheet, ColumnMapping mapping, ImportProgress.Reporter steps) {
        return kind.registers() ? rowChecks.checked(sheet, mapping, steps) : changeChecks.checked(kind, sheet, mapping, steps);
    }

    /**
     * The registered people the rows may be or change, named as the caller may see them now (those
     * out of reach: not at all).
     */
    private Map<UUID, ImportRow.Match> matchesShown(List<ImportRow> rows) {
        Map<UUID, Long> percents = new HashMap<>();
        rows.forEach(row -> row.registered().forEach(m -> percents.merge(m.personId(), m.percent(), Math::max)));
        rows.forEach(row -> row.changed().forEach(id -> percents.putIfAbsent(id, 100L)));
        if (percents.isEmpty()) {
            // nobody to name: the caller's scope is not asked for (an import's list of summaries asks this per import)
            return Map.of();
        }
        java.util.function.Predicate<Person> visible = personAccess.visibility();
        Map<UUID, ImportRow.Match> shown = new HashMap<>();
        personAccess.byIds(percents.keySet()).values().stream().filter(visible).forEach(p -> shown.put(p.id,
                new ImportRow.Match(p.id, p.registrationNumber, nameOf(p), null, percents.get(p.id))));
        return shown;
    }

    /** The rows as the caller may see them now ({@link ImportRow#named}). */
    private List<ImportRow> asSeenNow(List<ImportRow> rows, Map<UUID, ImportRow.Match> shown) {
        return rows.stream().map(row -> row.named(shown,
                (field, number) -> text.error(field, "import.value.person", number))).toList();
    }

    /**
     * Audits a preview: the people its checks read (where each stands, their links) are disclosed
     * with it, as reading their records.
     */
    private void audited(AuditAction action, UUID id, ImportSummary summary, List<ImportRow> rows) {
        List<UUID> read = rows.stream().flatMap(row -> row.changed().stream()).distinct().toList();
        if (read.isEmpty()) {
            audit.record(action, AUDIT_TYPE, id, auditDetails(summary));
        } else {
            audit.disclosed(action, AUDIT_TYPE, id, auditDetails(summary), read);
        }
    }

    private static String nameOf(Person p) {
        return java.util.stream.Stream.of(p.givenName, p.familyName, p.givenNameAr, p.familyNameAr)
                .filter(java.util.Objects::nonNull).distinct().collect(java.util.stream.Collectors.joining(" "));
    }

    /** The people a commit registered or completed, as far as the caller may still see them (the first few hundred). */
    private List<ImportSummary.Registered> registered(ImportResult result) {
        if (result == null) {
            return List.of();
        }
        List<java.util.UUID> ids = java.util.stream.Stream.concat(result.createdIds().stream(), result.updatedIds().stream())
                .limit(PEOPLE_LISTED).toList();
        Map<UUID, Person> found = personAccess.byIds(ids);
        java.util.function.Predicate<Person> visible = personAccess.visibility();
        return ids.stream().map(found::get).filter(p -> p != null && visible.test(p))
                .map(p -> new ImportSummary.Registered(p.id, p.registrationNumber, nameOf(p), result.createdIds().contains(p.id)))
                .toList();
    }

    private ImportSummary summary(ImportStore.Batch batch, Page page) {
        long[] counts = store.counts(batch.id());
        List<ImportSummary.RowError> errors = new ArrayList<>();
        List<ImportRow> withErrors = store.rowsWithErrors(batch.id(), ERRORS_LISTED);
        asSeenNow(withErrors, matchesShown(withErrors)).forEach(row -> row.errors()
                .forEach(e -> errors.add(new ImportSummary.RowError(row.row(), e.field(), e.message()))));
        List<ImportStore.Batch> sameFile = store.committedWithHash(batch.sha256()).stream()
                .filter(b -> !b.id().equals(batch.id())).toList();
        List<ImportSummary.Earlier> earlier = sameFile.stream()
                .filter(b -> caller.maySeeImportBy(b.createdBy()))
                .map(b -> new ImportSummary.Earlier(b.id(), b.committedAt(), b.createdBy())).toList();
        // the warning is told whoever imported it before: the same people must not be registered twice
        List<String> warnings = sameFile.isEmpty() ? List.of() : List.of(text.get("import.warning.same-file"));
        boolean closed = !PREVIEW.equals(batch.status());
        ImportResult result = batch.result();
        return new ImportSummary(batch.id(), batch.kind(), batch.status(), batch.fileName(), batch.sha256(),
                batch.encoding(), batch.sheet(), counts[0], closed ? 0 : counts[1], closed ? 0 : counts[0] - counts[1],
                closed ? 0 : counts[2], errors, batch.headers(), batch.mapping(), warnings, earlier, batch.createdBy(), batch.createdAt(),
                batch.committedAt(), result, page == null ? null : page.people(), page == null ? null : page.items(), page == null ? null : page.page(),
                page == null ? null : page.size());
    }

    private Map<String, Object> auditDetails(ImportSummary summary) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", summary.kind());
        details.put("sha256", summary.sha256());
        details.put("fileName", summary.fileName());
        details.put("mapping", summary.mapping());
        details.put("rows", summary.rows());
        details.put("valid", summary.valid());
        details.put("invalid", summary.invalid());
        details.put("possibleDuplicates", summary.possibleDuplicates());
        return details;
    }

    private ImportStore.Batch visible(UUID id) {
        mustImport();
        return store.batch(id).filter(b -> caller.maySeeImportBy(b.createdBy())).orElseThrow(NotFoundException::new);
    }

    /** A preview still open to changes; a committed or discarded import answers 409. */
    private ImportStore.Batch open(UUID id) {
        ImportStore.Batch batch = visible(id);
        if (!PREVIEW.equals(batch.status())) {
            throw new ImportClosed(text.get("import.closed." + batch.status().toLowerCase(java.util.Locale.ROOT)));
        }
        return batch;
    }

    private void mustImport() {
        if (!caller.mayImport()) {
            throw new ForbiddenException();
        }
    }

    private ImportKind kind(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(text.error("kind", "import.kind.required"));
            return null;
        }
        try {
            return ImportKind.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(text.error("kind", "import.kind.unknown", name.strip()));
            return null;
        }
    }

    private Charset encoding(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            errors.add(text.error("encoding", "import.encoding.unknown", name.strip()));
            return null;
        }
    }

    private Map<String, String> mapping(String mappingJson, List<FieldError> errors) {
        if (mappingJson == null || mappingJson.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> mapping = json.readValue(mappingJson, new TypeReference<Map<String, String>>() { });
            return mapping == null ? Map.of() : mapping;
        } catch (JsonProcessingException unreadable) {
            errors.add(text.error("mapping", "import.mapping.unreadable"));
            return Map.of();
        }
    }

    private byte[] bytes(Path file) {
        try {
            if (Files.size(file) > settings.maxSize().asLongValue()) {
                throw new ContentRefused(ContentRefused.TOO_LARGE,
                        text.error("file", "import.file.too-large", settings.maxSize().asLongValue() / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Sheet read(byte[] bytes, Charset encoding, String sheetName) {
        try {
            return SheetFiles.read(bytes, encoding, sheetName, settings.limits());
        } catch (SheetUnreadable unreadable) {
            FieldError error = text.error("file", unreadable.key(), unreadable.arguments());
            throw switch (unreadable.why()) {
                case NOT_A_SHEET -> new ContentRefused(ContentRefused.UNSUPPORTED_TYPE, error);
                case TOO_LARGE -> new ContentRefused(ContentRefused.TOO_LARGE, error);
                case BROKEN -> new ValidationFailed(List.of(error));
            };
        }
    }

    /** A file or sheet name as long as its column allows: it names the import, it is not data. */
    private static String shortened(String name, int length) {
        return name == null || name.length() <= length ? name : name.substring(0, length);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
