package org.homeward.ui.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.audit.AuditReports;
import org.homeward.duplicates.DuplicateQueue;
import org.homeward.facilities.FacilityService;
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

    public List<WorkQueue> waiting() {
        LocalDate weekAgo = AuditorHome.weekAgo(clock);
        return List.of(WorkQueue.counted("duplicate-pairs", duplicateQueue.waiting(), "/duplicates"),
                WorkQueue.counted("nearly-full", facilityService.nearlyFull().size(), "/facilities?nearlyFull=true"),
                WorkQueue.counted("staff-without-scope", staffService.waitingForScope().size(), "/staff?noScope=true"),
                WorkQueue.counted("recent-exports", auditReports.exports(new AuditReports.Period(weekAgo, null), 0, 1).total(),
                        "/audit/reports/exports?from=" + weekAgo),
                WorkQueue.counted(Attention.NATIONALITY_PENDING.name(),
                        personQueries.count(PersonFilter.needing(Attention.NATIONALITY_PENDING)),
                        "/persons?attention=" + Attention.NATIONALITY_PENDING));
    }
}
