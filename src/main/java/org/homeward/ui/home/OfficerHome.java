package org.homeward.ui.home;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.access.Caller;
import org.homeward.repatriation.CaseAttention;
import org.homeward.repatriation.CaseQueries;
import org.homeward.repatriation.Stage;

/** A repatriation officer's desk: their countries' cases by stage, and what cannot wait. */
@ApplicationScoped
public class OfficerHome {

    /** One country's cases at each stage, zeros included; every figure opens the list it counts. */
    public record CountryRow(String country, List<WorkQueue> stages) {
    }

    @Inject
    CaseQueries caseQueries;

    @Inject
    Caller caller;

    /** The stages a case passes through or waits in; closed cases are history, not work. */
    public static List<Stage> stagesShown() {
        return Arrays.stream(Stage.values()).filter(stage -> !stage.closed()).toList();
    }

    public List<CountryRow> byStage() {
        Map<String, Map<Stage, Long>> counted = caseQueries.perStage();
        Set<String> held = caller.caseCountries();
        // an officer's own countries show even with no case yet; one who sees every country sees those with cases
        Set<String> countries = new TreeSet<>(held == null ? counted.keySet() : held);
        return countries.stream().map(country -> new CountryRow(country, stagesShown().stream()
                .map(stage -> WorkQueue.counted(stage.name(), counted.getOrDefault(country, Map.of()).getOrDefault(stage, 0L),
                        "/cases?country=" + country + "&stage=" + stage))
                .toList())).toList();
    }

    public List<WorkQueue> waiting() {
        return QueueLine.queues(waitingLines());
    }

    /** One of this home's deferred queues, counted now: the count the page fetches after loading. */
    public Optional<WorkQueue> counted(String id) {
        return QueueLine.counted(waitingLines(), id);
    }

    // Nationals without a case is counted later: it reads every national of the officer's countries
    // held anywhere (more than a second for Iraq at a million people, HomeBenchmark).
    private List<QueueLine> waitingLines() {
        return List.of(QueueLine.now("overdue-cases", "/cases?overdue=true", () -> caseQueries.count(CaseQueries.Filter.OVERDUE)),
                QueueLine.later("nationals-without-case", "/cases/dashboard#without-case", caseQueries::nationalsWithoutCase),
                attention(CaseAttention.HANDOVER_SOON), attention(CaseAttention.DOCUMENT_EXPIRES));
    }

    private QueueLine attention(CaseAttention attention) {
        return QueueLine.now(attention.name(), "/cases?attention=" + attention,
                () -> caseQueries.count(CaseQueries.Filter.needing(attention)));
    }
}
