package org.homeward.imports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;
import org.homeward.kernel.NativeQueries;

/**
 * The imports' tables ({@code V27__imports.sql}): batches, their rows written in JDBC batches
 * (fifty thousand rows are one round trip per thousand, not fifty thousand), and the mappings
 * remembered by header set. Every call joins the caller's transaction.
 */
@ApplicationScoped
class ImportStore {

    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** An import's header: what was read, by whom, and where it stands. */
    record Batch(UUID id, ImportKind kind, String status, String fileName, String sha256, String encoding,
            String sheet, List<String> headers, Map<String, String> mapping, String createdBy, Instant createdAt,
            Instant committedAt, ImportResult result, long version) {
    }

    void insert(Batch batch) {
        em.createNativeQuery("""
                insert into import_batch (id, kind, status, file_name, file_sha256, encoding, sheet, headers, mapping,
                                          created_by, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), cast(?9 as jsonb), ?10, ?11)""")
                .setParameter(1, batch.id()).setParameter(2, batch.kind().name()).setParameter(3, batch.status())
                .setParameter(4, batch.fileName()).setParameter(5, batch.sha256()).setParameter(6, batch.encoding())
                .setParameter(7, batch.sheet()).setParameter(8, write(batch.headers())).setParameter(9, write(batch.mapping()))
                .setParameter(10, batch.createdBy()).setParameter(11, batch.createdAt()).executeUpdate();
    }

    void insertRows(UUID id, List<ImportRow> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into import_row (import_id, row_number, cells, reading, change, errors, duplicates)
                    values (?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb))""")) {
                int pending = 0;
                for (ImportRow row : rows) {
                    insert.setObject(1, id);
                    insert.setInt(2, row.row());
                    insert.setString(3, write(row.cells()));
                    insert.setString(4, write(row.reading()));
                    insert.setString(5, write(row.change()));
                    insert.setString(6, write(row.errors()));
                    insert.setString(7, write(row.duplicates()));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** Replaces the readings of every row (a new mapping), keeping nothing the admin decided on the old ones. */
    void replaceRows(UUID id, List<ImportRow> rows) {
        em.createNativeQuery("delete from import_row where import_id = ?1").setParameter(1, id).executeUpdate();
        insertRows(id, rows);
    }

    Optional<Batch> batch(UUID id) {
        return batches("where id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    /** The batch, its row locked until the transaction ends: one commit of a preview at a time. */
    Optional<Batch> batchForCommit(UUID id) {
        List<?> locked = em.createNativeQuery("select id from import_batch where id = ?1 for update").setParameter(1, id)
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : batch(id);
    }

    /** The newest imports, of everyone ({@code by} null) or of one user. */
    List<Batch> recent(String by, int limit) {
        return by == null ? batches("", Map.of(), limit) : batches("where created_by = :by", Map.of("by", by), limit);
    }

    /** Committed imports of the same file (by its hash): a second import of one file is warned of. */
    List<Batch> committedWithHash(String sha256) {
        return batches("where file_sha256 = :sha and status = 'COMMITTED'", Map.of("sha", sha256), 5);
    }

    private List<Batch> batches(String where, Map<String, Object> parameters, int limit) {
        String sql = "select id, kind, status, file_name, file_sha256, encoding, sheet, headers::text, mapping::text, "
                + "created_by, created_at, committed_at, result::text, version from import_batch " + where
                + " order by created_at desc limit " + limit;
        List<?> rows = NativeQueries.bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Batch((UUID) r[0], ImportKind.valueOf((String) r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                read((String) r[7], new TypeReference<List<String>>() { }),
                read((String) r[8], new TypeReference<Map<String, String>>() { }), (String) r[9],
                NativeQueries.instant(r[10]), NativeQueries.instant(r[11]),
                r[12] == null ? null : read((String) r[12], new TypeReference<ImportResult>() { }),
                ((Number) r[13]).longValue())).toList();
    }

    List<ImportRow> rows(UUID id, long offset, int limit) {
        return rows(id, "", offset, limit);
    }

    private List<ImportRow> rows(UUID id, String condition, long offset, int limit) {
        List<?> rows = em.createNativeQuery("""
                select row_number, cells::text, reading::text, change::text, errors::text, duplicates::text, decision, target_id
                from import_row where import_id = ?1 %s order by row_number offset ?2 limit ?3""".formatted(condition))
                .setParameter(1, id).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ImportRow(((Number) r[0]).intValue(),
                read((String) r[1], new TypeReference<List<String>>() { }),
                read((String) r[2], new TypeReference<org.homeward.people.PersonInput>() { }),
                read((String) r[3], new TypeReference<PersonChange>() { }),
                read((String) r[4], new TypeReference<List<org.homeward.kernel.FieldError>>() { }),
                read((String) r[5], new TypeReference<List<ImportRow.Match>>() { }),
                r[6] == null ? null : ImportRow.Decision.valueOf((String) r[6]), (UUID) r[7])).toList();
    }

    List<ImportRow> allRows(UUID id) {
        return rows(id, 0, Integer.MAX_VALUE);
    }

    /** How many rows, valid rows, and rows with a possible duplicate. */
    long[] counts(UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where errors = '[]'::jsonb),
                       count(*) filter (where duplicates <> '[]'::jsonb)
                from import_row where import_id = ?1""").setParameter(1, id).getSingleResult();
        return new long[] { ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue() };
    }

    /** The first rows that have errors, in order. */
    List<ImportRow> rowsWithErrors(UUID id, int limit) {
        return rows(id, "and errors <> '[]'::jsonb", 0, limit);
    }

    /** The admin's choices for rows, in JDBC batches (a register can hold tens of thousands of possible duplicates). */
    void decide(UUID id, List<ImportService.DecisionInput> decisions) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update import_row set decision = ?, target_id = ? where import_id = ? and row_number = ?")) {
                int pending = 0;
                for (ImportService.DecisionInput decision : decisions) {
                    update.setString(1, decision.action().name());
                    update.setObject(2, decision.action() == ImportRow.Decision.UPDATE ? decision.personId() : null);
                    update.setObject(3, id);
                    update.setInt(4, decision.row());
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        });
    }

    void mapped(UUID id, Map<String, String> mapping) {
        em.createNativeQuery("update import_batch set mapping = cast(?2 as jsonb), version = version + 1 where id = ?1")
                .setParameter(1, id).setParameter(2, write(mapping)).executeUpdate();
    }

    /**
     * The preview committed, or discarded: its rows' cells and readings go (the people are in the
     * registry now, or were never wanted there); the numbers and what became of each row stay.
     */
    void close(UUID id, String status, ImportResult result, Instant at) {
        em.createNativeQuery("""
                update import_batch set status = ?2, result = cast(?3 as jsonb), committed_at = ?4, version = version + 1
                where id = ?1""").setParameter(1, id).setParameter(2, status).setParameter(3, write(result))
                .setParameter(4, at).executeUpdate();
        em.createNativeQuery("update import_row set cells = null, reading = null, change = null, errors = '[]', duplicates = '[]' where import_id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    Map<String, String> rememberedMapping(String headersKey) {
        List<?> found = em.createNativeQuery("select mapping::text from import_mapping where headers_key = ?1")
                .setParameter(1, headersKey).getResultList();
        return found.isEmpty() ? Map.of() : read((String) found.get(0), new TypeReference<Map<String, String>>() { });
    }

    void remember(String headersKey, Map<String, String> mapping, Instant at) {
        em.createNativeQuery("""
                insert into import_mapping (headers_key, mapping, updated_at) values (?1, cast(?2 as jsonb), ?3)
                on conflict (headers_key) do update set mapping = excluded.mapping, updated_at = excluded.updated_at""")
                .setParameter(1, headersKey).setParameter(2, write(mapping)).setParameter(3, at).executeUpdate();
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException(corrupt);
        }
    }
}
