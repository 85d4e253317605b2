package org.homeward.ui.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.audit.AuditReports;
import org.homeward.kernel.PageOf;

/** An auditor's week: who exported what and why, merges, refusals, changes of access, each opening its report. */
@ApplicationScoped
public class AuditorHome {

    /** How many of the latest exports the home names, with their purposes. */
    static final int LATEST_EXPORTS = 5;

    /** The week the home looks back on: today and the six days before. */
    public record Week(LocalDate from, List<WorkQueue> reports, List<AuditReports.ExportEvent> latestExports) {
    }

    @Inject
    AuditReports auditReports;

    @Inject
    Clock clock;

    public Week week() {
        LocalDate from = weekAgo(clock);
        AuditReports.Period period = new AuditReports.Period(from, null);
        PageOf<AuditReports.ExportEvent> exports = auditReports.exports(period, 0, LATEST_EXPORTS);
        long refusals = auditReports.refusals(period).stream().mapToLong(AuditReports.RefusalsBy::refusals).sum();
        return new Week(from, List.of(
                WorkQueue.counted("recent-exports", exports.total(), "/audit/reports/exports?from=" + from),
                WorkQueue.counted("merges", auditReports.merges(period, 0, 1).total(), "/audit/reports/merges?from=" + from),
                WorkQueue.counted("refusals", refusals, "/audit/reports/refusals?from=" + from),
                WorkQueue.counted("access-changes", auditReports.accessChanges(period, 0, 1).total(),
                        "/audit/reports/access?from=" + from)),
                exports.items());
    }

    static LocalDate weekAgo(Clock clock) {
        return LocalDate.now(clock).minusDays(6);
    }
}
