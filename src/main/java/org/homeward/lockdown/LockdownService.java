package org.homeward.lockdown;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotFoundException;

import org.homeward.access.Caller;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.documents.FileDestruction;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.RuleBroken;

/**
 * Emergency lock-downs (issue 23; docs/adr/023-retention-anonymization-and-lockdowns.md): one admin
 * asks, a second confirms, and from that moment the people it covers are shut out
 * ({@code access.Caller#lockedOut}: their next request ends their session), exports stop, and, if
 * asked, the files of the people held there are destroyed. Lifting takes two admins as well; a
 * lock-down never confirmed is withdrawn by one. Every step is audited.
 */
@ApplicationScoped
public class LockdownService {

    static final String AUDIT_TYPE = "LOCKDOWN";

    private static final String COLUMNS = """
            l.id, f.code, l.reason, l.destroy_files, l.requested_by, l.requested_at, l.confirmed_by, l.confirmed_at,
            l.lift_requested_by, l.lift_requested_at, l.lifted_by, l.lifted_at, l.files_destroyed, l.facility_id""";

    /** What a step did: the lock-down after it, and whether it was created. */
    public record Step(Lockdown lockdown, boolean created) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    FacilityService facilityService;

    @Inject
    FileDestruction fileDestruction;

    @Inject
    LocalizedText text;

    @Inject
    Validator validator;

    /**
     * Asks for a lock-down; the same asked again by a second admin while it waits is that admin's
     * confirmation (so both can act from the same form).
     */
    @Transactional
    public Step request(LockdownInput input) {
        if (input == null) {
            throw text.missingBody();
        }
        FieldErrors errors = new FieldErrors().addViolations(validator.validate(input));
        if (input.reason() == null || input.reason().isBlank()) {
            errors.add(text.error("reason", "lockdown.reason.required"));
        }
        String code = input.code();
        FacilityRef facility = code != null ? facilityService.byCode(code).orElse(null)
                : input.facilityId() != null ? facilityService.refs().get(input.facilityId()) : null;
        if ((code != null || input.facilityId() != null) && facility == null) {
            errors.add(text.error(code != null ? "facilityCode" : "facilityId", "lockdown.facility.unknown"));
        }
        errors.throwIfAny();
        UUID place = facility == null ? null : facility.id();
        // one at a time per place: a second request waits here for the first to commit
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('homeward.lockdown.' || :place))")
                .setParameter("place", String.valueOf(place)).getSingleResult();
        var openHere = em.createNativeQuery("select id from lockdown where lifted_at is null and "
                + (place == null ? "facility_id is null" : "facility_id = :place"), UUID.class);
        if (place != null) {
            openHere.setParameter("place", place);
        }
        @SuppressWarnings("unchecked")
        List<UUID> open = openHere.getResultList();
        if (!open.isEmpty()) {
            Lockdown existing = find(open.get(0), true);
            if (existing.status() == LockdownStatus.AWAITING_CONFIRMATION && !existing.requestedBy().equals(caller.username())) {
                return new Step(confirm(existing.id()), false);
            }
            throw new RuleBroken(List.of(text.error("facilityCode", "lockdown.exists")));
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into lockdown (id, facility_id, reason, destroy_files, requested_by, requested_at)
                values (:id, :place, :reason, :destroy, :by, now())""").setParameter("id", id).setParameter("place", place)
                .setParameter("reason", input.reason().strip()).setParameter("destroy", Boolean.TRUE.equals(input.destroyFiles()))
                .setParameter("by", caller.username()).executeUpdate();
        Lockdown asked = find(id, false);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, id, details(asked));
        return new Step(asked, true);
    }

    /** A second admin's confirmation: the lock-down is in force from now. */
    @Transactional
    public Lockdown confirm(UUID id) {
        Lockdown asked = find(id, true);
        if (asked.status() != LockdownStatus.AWAITING_CONFIRMATION) {
            throw new RuleBroken(List.of(text.error("id", asked.status() == LockdownStatus.LIFTED ? "lockdown.lifted"
                    : "lockdown.exists")));
        }
        requireSecondAdmin(asked.requestedBy());
        em.createNativeQuery("update lockdown set confirmed_by = :by, confirmed_at = now(), version = version + 1"
                + " where id = :id").setParameter("by", caller.username()).setParameter("id", id).executeUpdate();
        if (asked.destroyFiles()) {
            int destroyed = fileDestruction.destroyFilesOf(peopleHeld(asked.facilityId()), caller.username(),
                    "destroyed in lock-down " + id);
            em.createNativeQuery("update lockdown set files_destroyed = :files where id = :id")
                    .setParameter("files", destroyed).setParameter("id", id).executeUpdate();
        }
        Lockdown confirmed = find(id, false);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, details(confirmed));
        return confirmed;
    }

    /**
     * Lifts a lock-down: one admin asks, a second lifts it. A lock-down never confirmed is
     * withdrawn at once. Answers the lock-down after the step.
     */
    @Transactional
    public Lockdown lift(UUID id) {
        Lockdown current = find(id, true);
        String by = caller.username();
        switch (current.status()) {
            case LIFTED -> throw new RuleBroken(List.of(text.error("id", "lockdown.lifted")));
            case AWAITING_CONFIRMATION -> em.createNativeQuery("""
                    update lockdown set lift_requested_by = :by, lift_requested_at = now(), lifted_by = :by,
                           lifted_at = now(), version = version + 1 where id = :id""")
                    .setParameter("by", by).setParameter("id", id).executeUpdate();
            case IN_FORCE -> em.createNativeQuery("""
                    update lockdown set lift_requested_by = :by, lift_requested_at = now(), version = version + 1
                     where id = :id""").setParameter("by", by).setParameter("id", id).executeUpdate();
            case LIFT_REQUESTED -> {
                requireSecondAdmin(current.liftRequestedBy());
                em.createNativeQuery("update lockdown set lifted_by = :by, lifted_at = now(), version = version + 1"
                        + " where id = :id").setParameter("by", by).setParameter("id", id).executeUpdate();
            }
        }
        Lockdown after = find(id, false);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, details(after));
        return after;
    }

    @Transactional
    public List<Lockdown> recent() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                + " from lockdown l left join facility f on f.id = l.facility_id order by l.requested_at desc limit 100")
                .getResultList();
        audit.record(AuditAction.VIEW, AUDIT_TYPE, null, Map.of("listed", rows.size()));
        return rows.stream().map(LockdownService::lockdown).toList();
    }

    @Transactional
    public Lockdown get(UUID id) {
        Lockdown found = find(id, false);
        audit.record(AuditAction.VIEW, AUDIT_TYPE, id, Map.of());
        return found;
    }

    private void requireSecondAdmin(String first) {
        if (first.equals(caller.username())) {
            throw new RuleBroken(List.of(text.error("id", "lockdown.same.admin")));
        }
    }

    /** The people held in the lock-down's facility and the sections under it; everyone, for the whole deployment. */
    private Set<UUID> peopleHeld(UUID place) {
        String where = place == null ? "" : " where current_facility_id in (:facilities)";
        var query = em.createNativeQuery("select id from person" + where, UUID.class);
        if (place != null) {
            query.setParameter("facilities", facilityService.subtreeOf(place));
        }
        @SuppressWarnings("unchecked")
        List<UUID> people = query.getResultList();
        return Set.copyOf(people);
    }

    private Lockdown find(UUID id, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                + " from lockdown l left join facility f on f.id = l.facility_id where l.id = :id"
                + (lock ? " for update of l" : "")).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return lockdown(rows.get(0));
    }

    private static Lockdown lockdown(Object[] row) {
        Instant confirmedAt = NativeQueries.instant(row[7]);
        Instant liftRequestedAt = NativeQueries.instant(row[9]);
        Instant liftedAt = NativeQueries.instant(row[11]);
        LockdownStatus status = liftedAt != null ? LockdownStatus.LIFTED
                : liftRequestedAt != null ? LockdownStatus.LIFT_REQUESTED
                : confirmedAt != null ? LockdownStatus.IN_FORCE : LockdownStatus.AWAITING_CONFIRMATION;
        return new Lockdown((UUID) row[0], (UUID) row[13], (String) row[1], row[13] == null, (String) row[2], (Boolean) row[3], status,
                (String) row[4], NativeQueries.instant(row[5]), (String) row[6], confirmedAt, (String) row[8], liftRequestedAt,
                (String) row[10], liftedAt, row[12] == null ? null : ((Number) row[12]).intValue());
    }


    private static Map<String, Object> details(Lockdown lockdown) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("facilityCode", lockdown.facilityCode() == null ? "*" : lockdown.facilityCode());
        details.put("status", lockdown.status());
        details.put("reason", lockdown.reason());
        details.put("destroyFiles", lockdown.destroyFiles());
        if (lockdown.filesDestroyed() != null) {
            details.put("filesDestroyed", lockdown.filesDestroyed());
        }
        return details;
    }
}
