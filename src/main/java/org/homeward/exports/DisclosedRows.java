package org.homeward.exports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;

/**
 * Everyone a file hands out, written to the trail with the export's purpose as the rows are
 * written: one event per thousand people, so that "who exported this person, and why" is answered
 * and memory does not grow with the file.
 */
final class DisclosedRows implements AutoCloseable {

    private static final int BATCH = 1000;

    private final AuditLog audit;
    private final String purpose;
    private final String file;
    private final List<UUID> batch = new ArrayList<>(BATCH);

    DisclosedRows(AuditLog audit, String file, String purpose) {
        this.audit = audit;
        this.file = file;
        this.purpose = purpose;
    }

    void add(UUID person) {
        batch.add(person);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void close() {
        if (!batch.isEmpty()) {
            flush();
        }
    }

    private void flush() {
        audit.disclosed(AuditAction.EXPORT, Exports.AUDIT_TYPE, null, Map.of("file", file, "purpose", purpose,
                "rows", batch.size()), batch);
        batch.clear();
    }
}
