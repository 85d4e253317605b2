package org.homeward.ui.home;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.families.ChildrenWithoutCarerService;
import org.homeward.families.HouseholdService;
import org.homeward.people.Attention;
import org.homeward.people.PersonFilter;
import org.homeward.people.PersonQueries;
import org.homeward.repatriation.CaseAttention;
import org.homeward.repatriation.CaseQueries;

/** A case worker's day: who is here, who came, and the records and families that need them. */
@ApplicationScoped
public class CaseworkerHome {

    @Inject
    PersonQueries personQueries;

    @Inject
    ChildrenWithoutCarerService childrenWithoutCarerService;

    @Inject
    HouseholdService householdService;

    @Inject
    CaseQueries caseQueries;

    /** Who is in the caller's facilities now, and who arrived in them this week. */
    public List<WorkQueue> people() {
        return QueueLine.queues(peopleLines());
    }

    /** What is waiting for the case worker, in their scope. */
    public List<WorkQueue> waiting() {
        return QueueLine.queues(waitingLines());
    }

    /** One of this home's deferred queues, counted now: the count the page fetches after loading. */
    public Optional<WorkQueue> counted(String id) {
        return QueueLine.counted(waitingLines(), id);
    }

    private List<QueueLine> peopleLines() {
        return List.of(QueueLine.now("present", "/persons", () -> personQueries.count(PersonFilter.NONE)),
                person(Attention.ADMITTED_THIS_WEEK, false), person(Attention.MOVED_THIS_WEEK, false));
    }

    // Counted later: each of these reads every person (or household) of a camp, a second or more at
    // a camp of a hundred thousand (HomeBenchmark); the rest answer from indexes.
    private List<QueueLine> waitingLines() {
        return List.of(
                QueueLine.later("children-without-carer", "/children-without-carer", childrenWithoutCarerService::count),
                person(Attention.NATIONALITY_PENDING, false), person(Attention.NO_DATE_OF_BIRTH, false),
                person(Attention.NO_NATIONALITY, true),
                QueueLine.now("no-consent", "/cases?attention=" + CaseAttention.NO_CONSENT,
                        () -> caseQueries.count(CaseQueries.Filter.needing(CaseAttention.NO_CONSENT))),
                QueueLine.later("split-households", "/households?split=true", () -> householdService.count(true)),
                QueueLine.now("overdue-cases", "/cases?overdue=true", () -> caseQueries.count(CaseQueries.Filter.OVERDUE)));
    }

    private QueueLine person(Attention attention, boolean later) {
        return new QueueLine(attention.name(), "/persons?attention=" + attention,
                () -> personQueries.count(PersonFilter.needing(attention)), later);
    }
}
