package org.homeward.ui.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.audit.AuditReports;
import org.homeward.duplicates.DuplicateQueue;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.PageOf;
import org.homeward.people.Attention;
import org.homeward.people.PersonFilter;
import org.homeward.people.PersonQueries;
import org.homeward.staff.StaffService;

/** What keeps the registry sound: duplicates, full facilities, staff who cannot work yet, exports, confirmations. */
@ApplicationScoped
public class AdminHome {

    @Inject
    DuplicateQueue duplicateQueue;

    @Inject
    FacilityService facilityService;

    @Inject
    StaffService staffService;

    @Inject
    AuditReports auditReports;

    @Inject
    PersonQueries personQueries;

    @Inject
    Clock clock;

    /** The admin's queues, and the latest exports named with their purposes (what left the registry). */
    public record Panel(List<WorkQueue> waiting, List<AuditReports.ExportEvent> latestExports) {
    }

    public Panel panel() {
        PageOf<AuditReports.ExportEvent> exports = auditReports.exports(new AuditReports.Period(AuditorHome.weekAgo(clock),
                null), 0, AuditorHome.LATEST_EXPORTS);
        return new Panel(QueueLine.queues(lines(exports.total())), exports.items());
    }

    /** One of this home's deferred queues, counted now: the count the page fetches after loading. */
    public Optional<WorkQueue> counted(String id) {
        return QueueLine.counted(lines(0), id);
    }

    // The facilities over 90% are counted later: their occupancy is every facility's population,
    // counted (0.7 s at a million people, HomeBenchmark); the rest answer from indexes.
    private List<QueueLine> lines(long recentExports) {
        LocalDate weekAgo = AuditorHome.weekAgo(clock);
        return List.of(QueueLine.now("duplicate-pairs", "/duplicates", duplicateQueue::waiting),
                QueueLine.later("nearly-full", "/facilities?nearlyFull=true", () -> facilityService.nearlyFull().size()),
                QueueLine.now("staff-without-scope", "/staff?noScope=true", () -> staffService.waitingForScope().size()),
                QueueLine.now("recent-exports", "/audit/reports/exports?from=" + weekAgo, () -> recentExports),
                QueueLine.now(Attention.NATIONALITY_PENDING.name(), "/persons?attention=" + Attention.NATIONALITY_PENDING,
                        () -> personQueries.count(PersonFilter.needing(Attention.NATIONALITY_PENDING))));
    }
}
