package org.homeward.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Every week, a preview of what the rules would anonymize, kept with the runs for admins to read:
 * the schedule proposes, it never anonymizes anyone (an admin runs it, with a reason). Several
 * copies of the application may each propose: a preview changes nothing.
 */
@ApplicationScoped
public class RetentionProposal {

    static final String PROPOSER = "retention-schedule";

    @Inject
    RetentionRuns retentionRuns;

    @jakarta.enterprise.context.control.ActivateRequestContext
    @Scheduled(cron = "${homeward.retention.proposal-cron:0 0 3 ? * MON}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void propose() {
        RetentionRun proposal = retentionRuns.preview(PROPOSER);
        Log.infof("Retention proposal %s: %d people due for anonymization, %d on hold", proposal.id(), proposal.persons(),
                proposal.onHold());
    }
}
