package org.homeward.audit;

import static org.homeward.kernel.NativeQueries.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.PageOf;

/**
 * The auditor's reports over the trail: exports with their purposes and row counts, merges and
 * unmerges, changes of staff accounts, roles and scopes, and refusals by actor, where repeated
 * refusals stand out. Each is one indexed query over a period; each read is itself audited.
 */
@ApplicationScoped
public class AuditReports {

    /** Refusals of one actor in a period from which on they stand out on the refusals report. */
    public static final int REPEATED_REFUSALS = 5;

    /** A period of whole days, either end open; {@code to} inclusive. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** One export, as its completion recorded it. */
    public record ExportEvent(long id, Instant occurredAt, String actor, String roles, String what, String format,
            String purpose, long rows, boolean completed) {
    }

    /** A merge or an unmerge, with the registration numbers of both records. */
    public record MergeEvent(long id, Instant occurredAt, String actor, String roles, String mergeId, boolean unmerge,
            String survivorNumber, String mergedNumber, String reason) {
    }

    /** An account, role or scope change: {@code changes} says what went from what to what. */
    public record AccessChange(long id, Instant occurredAt, String actor, String roles, String action, String account,
            List<Change> changes) {
    }

    /** One changed value: {@code field} went from {@code before} to {@code after} (either may be empty). */
    public record Change(String field, String before, String after) {
    }

    /** One actor's refusals in the period. */
    public record RefusalsBy(String actor, String roles, long refusals, long records, Instant first, Instant last) {

        public boolean repeated() {
            return refusals >= REPEATED_REFUSALS;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    /** Completed and failed exports, newest first. */
    @Transactional
    public PageOf<ExportEvent> exports(Period period, int page, int size) {
        String where = "e.action = 'EXPORT' and e.entity_type = 'EXPORT' and e.details::jsonb -> 'completed' is not null";
        List<Object[]> rows = page(where, period, """
                select e.id, e.occurred_at, e.actor, e.actor_roles, e.details::jsonb ->> 'what',
                       e.details::jsonb ->> 'format', e.details::jsonb ->> 'purpose',
                       coalesce((e.details::jsonb ->> 'rows')::bigint, 0), (e.details::jsonb ->> 'completed')::boolean
                  from audit_event e""", page, size);
        long total = total(where, period);
        audited("exports", period, page, total);
        return new PageOf<>(rows.stream().map(row -> new ExportEvent(id(row[0]), instant(row[1]), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], (String) row[6], ((Number) row[7]).longValue(),
                Boolean.TRUE.equals(row[8]))).toList(), page, size, total);
    }

    /** Merges and unmerges, newest first. */
    @Transactional
    public PageOf<MergeEvent> merges(Period period, int page, int size) {
        String where = "e.entity_type = 'MERGE' and (e.action = 'CREATE' or e.action = 'UPDATE' and e.details::jsonb -> 'unmerged' is not null)";
        List<Object[]> rows = page(where, period, """
                select e.id, e.occurred_at, e.actor, e.actor_roles, e.entity_id, e.action = 'UPDATE',
                       m.details::jsonb -> 'survivor' ->> 'registrationNumber',
                       m.details::jsonb -> 'merged' ->> 'registrationNumber', e.details::jsonb ->> 'reason'
                  from audit_event e
                  left join audit_event m on m.entity_type = 'MERGE' and m.entity_id = e.entity_id and m.action = 'CREATE'""",
                page, size);
        long total = total(where, period);
        audited("merges", period, page, total);
        return new PageOf<>(rows.stream().map(row -> new MergeEvent(id(row[0]), instant(row[1]), (String) row[2],
                (String) row[3], (String) row[4], Boolean.TRUE.equals(row[5]), (String) row[6], (String) row[7],
                (String) row[8])).toList(), page, size, total);
    }

    /** Accounts created, bound or replaced, roles changed, scopes assigned; newest first. */
    @Transactional
    public PageOf<AccessChange> accessChanges(Period period, int page, int size) {
        String where = "e.action in ('ACCOUNT_CHANGE', 'ROLE_CHANGE', 'SCOPE_CHANGE')";
        List<Object[]> rows = page(where, period,
                "select e.id, e.occurred_at, e.actor, e.actor_roles, e.action, e.entity_id, e.details from audit_event e",
                page, size);
        long total = total(where, period);
        audited("accessChanges", period, page, total);
        return new PageOf<>(rows.stream().map(row -> new AccessChange(id(row[0]), instant(row[1]), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], changes((String) row[6]))).toList(), page, size,
                total);
    }

    /** Refusals grouped by actor, the most refused first. */
    @Transactional
    public List<RefusalsBy> refusals(Period period) {
        TrailConditions bounds = new TrailConditions().period(period.from(), period.to());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("""
                select e.actor, (array_agg(e.actor_roles order by e.id desc))[1], count(*),
                       count(distinct (e.entity_type, e.entity_id)), min(e.occurred_at), max(e.occurred_at)
                  from audit_event e where e.action = 'ACCESS_REFUSED' and """ + " " + bounds.events()
                + " group by e.actor order by count(*) desc, e.actor limit 500"), bounds.parameters()).getResultList();
        List<RefusalsBy> refusals = rows.stream().map(row -> new RefusalsBy((String) row[0], (String) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), instant(row[4]), instant(row[5])))
                .toList();
        audited("refusals", period, 0, refusals.size());
        return refusals;
    }

    /**
     * What an access event changed, read from its details: {@code before} and {@code after}, each a
     * list (roles), an object of lists (facilities, nationalities) or a name (a renamed account);
     * any other detail as it is.
     */
    private List<Change> changes(String details) {
        JsonNode node = AuditTrail.parsed(json, details);
        List<Change> changes = new ArrayList<>();
        JsonNode before = node.path("before");
        JsonNode after = node.path("after");
        if (before.isObject() || after.isObject()) {
            Map<String, Boolean> fields = new LinkedHashMap<>();
            before.fieldNames().forEachRemaining(field -> fields.put(field, true));
            after.fieldNames().forEachRemaining(field -> fields.put(field, true));
            for (String field : fields.keySet()) {
                String was = listed(before.path(field));
                String is = listed(after.path(field));
                if (!was.equals(is)) {
                    changes.add(new Change(field, was, is));
                }
            }
        } else if (before.isArray() || after.isArray()) {
            changes.add(new Change("roles", listed(before), listed(after)));
        } else if (before.isValueNode() || after.isValueNode()) {
            changes.add(new Change("username", listed(before), listed(after)));
        }
        for (Iterator<Map.Entry<String, JsonNode>> rest = node.fields(); rest.hasNext();) {
            Map.Entry<String, JsonNode> field = rest.next();
            if (!field.getKey().equals("before") && !field.getKey().equals("after")) {
                changes.add(new Change(field.getKey(), "", listed(field.getValue())));
            }
        }
        return changes;
    }

    private static String listed(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(", ", items.stream().sorted().toList());
        }
        return value.isMissingNode() || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    private List<Object[]> page(String where, Period period, String select, int page, int size) {
        TrailConditions bounds = new TrailConditions().period(period.from(), period.to());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery(select + " where " + where + " and "
                + bounds.events() + " order by e.occurred_at desc, e.id desc limit :limit offset :offset"),
                bounds.parameters()).setParameter("limit", size).setParameter("offset", (long) page * size)
                .getResultList();
        return rows;
    }

    private long total(String where, Period period) {
        TrailConditions bounds = new TrailConditions().period(period.from(), period.to());
        return ((Number) NativeQueries.bind(em.createNativeQuery("select count(*) from audit_event e where " + where
                + " and " + bounds.events()), bounds.parameters()).getSingleResult()).longValue();
    }

    private void audited(String report, Period period, int page, long total) {
        Map<String, Object> details = new HashMap<>();
        details.put("report", report);
        details.put("from", period.from() == null ? null : period.from().toString());
        details.put("to", period.to() == null ? null : period.to().toString());
        details.put("page", page);
        details.put("total", total);
        audit.record(AuditAction.SEARCH, AuditTrail.AUDIT_TYPE, null, details);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
