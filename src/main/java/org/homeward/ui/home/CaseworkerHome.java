package org.homeward.ui.home;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

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

    /** A line of the home: its count is asked when shown, or after the page has loaded ({@code later}). */
    private record Line(String id, String href, LongSupplier count, boolean later) {

        WorkQueue queue() {
            return later ? WorkQueue.later(id, href) : counted();
        }

        WorkQueue counted() {
            return WorkQueue.counted(id, count.getAsLong(), href);
        }
    }

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
        return peopleLines().stream().map(Line::queue).toList();
    }

    /** What is waiting for the case worker, in their scope. */
    public List<WorkQueue> waiting() {
        return waitingLines().stream().map(Line::queue).toList();
    }

    /** One queue of this home, counted now: the count a deferred line fetches. */
    public Optional<WorkQueue> counted(String id) {
        return java.util.stream.Stream.concat(peopleLines().stream(), waitingLines().stream())
                .filter(line -> line.id().equals(id)).findFirst().map(Line::counted);
    }

    private List<Line> peopleLines() {
        return List.of(new Line("present", "/persons", () -> personQueries.count(PersonFilter.NONE), false),
                person(Attention.ADMITTED_THIS_WEEK, false), person(Attention.MOVED_THIS_WEEK, false));
    }

    // Counted later: each of these reads every person (or household) of a camp, a second or more at
    // a camp of a hundred thousand (HomeBenchmark); the rest answer from indexes.
    private List<Line> waitingLines() {
        return List.of(
                new Line("children-without-carer", "/children-without-carer", childrenWithoutCarerService::count, true),
                person(Attention.NATIONALITY_PENDING, false), person(Attention.NO_DATE_OF_BIRTH, false),
                person(Attention.NO_NATIONALITY, true),
                new Line("no-consent", "/cases?attention=" + CaseAttention.NO_CONSENT,
                        () -> caseQueries.count(CaseQueries.Filter.needing(CaseAttention.NO_CONSENT)), false),
                new Line("split-households", "/households?split=true", () -> householdService.count(true), true),
                new Line("overdue-cases", "/cases?overdue=true", () -> caseQueries.count(CaseQueries.Filter.OVERDUE),
                        false));
    }

    private Line person(Attention attention, boolean later) {
        return new Line(attention.name(), "/persons?attention=" + attention,
                () -> personQueries.count(PersonFilter.needing(attention)), later);
    }
}
