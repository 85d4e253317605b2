package org.homeward.ui.home;

import java.util.List;

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
        return List.of(new WorkQueue("present", personQueries.count(PersonFilter.NONE), "/persons"),
                person(Attention.ADMITTED_THIS_WEEK), person(Attention.MOVED_THIS_WEEK));
    }

    /** What is waiting for the case worker, in their scope. */
    public List<WorkQueue> waiting() {
        return List.of(
                new WorkQueue("children-without-carer", childrenWithoutCarerService.count(), "/children-without-carer"),
                person(Attention.NATIONALITY_PENDING), person(Attention.NO_DATE_OF_BIRTH),
                person(Attention.NO_NATIONALITY),
                new WorkQueue("no-consent", caseQueries.count(CaseQueries.Filter.needing(CaseAttention.NO_CONSENT)),
                        "/cases?attention=" + CaseAttention.NO_CONSENT),
                new WorkQueue("split-households", householdService.count(true), "/households?split=true"),
                new WorkQueue("overdue-cases", caseQueries.count(CaseQueries.Filter.OVERDUE), "/cases?overdue=true"));
    }

    private WorkQueue person(Attention attention) {
        return new WorkQueue(attention.name(), personQueries.count(PersonFilter.needing(attention)),
                "/persons?attention=" + attention);
    }
}
