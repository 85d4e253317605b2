package org.homeward.imports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An import as the API answers it (shared/API.md, "Imports"): its counts, the errors named by row
 * and field, the mapping used, a warning when the same file was imported before, and once
 * committed, what the commit did. {@code items} are the rows of the page asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportSummary(UUID id, ImportKind kind, String status, String fileName, String sha256, String encoding,
        String sheet, long rows, long valid, long invalid, long possibleDuplicates, List<RowError> errors,
        List<String> headers, Map<String, String> mapping, List<String> warnings, List<Earlier> alreadyImported, String createdBy,
        Instant createdAt, Instant committedAt, ImportResult result, List<Registered> people, List<ImportRow> items, Integer page, Integer size) {

    /** One thing wrong with one row: the row's number as the spreadsheet shows it, the field, what is wrong. */
    public record RowError(int row, String field, String message) {
    }

    /** A person the commit registered ({@code created}) or completed, as the result page lists them. */
    public record Registered(UUID id, String registrationNumber, String name, boolean created) {
    }

    /** An earlier commit of the same file. */
    public record Earlier(UUID id, Instant committedAt, String by) {
    }

    public boolean inPreview() {
        return ImportService.PREVIEW.equals(status);
    }

    public boolean committed() {
        return ImportService.COMMITTED.equals(status);
    }
}
