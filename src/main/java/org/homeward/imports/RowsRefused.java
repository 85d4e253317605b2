package org.homeward.imports;

import java.util.List;

/** A commit refused for its rows' errors (422): nothing was saved. */
public class RowsRefused extends RuntimeException {

    private final transient List<ImportSummary.RowError> errors;

    public RowsRefused(List<ImportSummary.RowError> errors) {
        super(errors.size() + " rows refused", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<ImportSummary.RowError> errors() {
        return errors;
    }
}
