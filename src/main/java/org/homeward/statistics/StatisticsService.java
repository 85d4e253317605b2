package org.homeward.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityService;
import org.homeward.reference.Countries;
import org.homeward.access.Caller;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;

/**
 * Aggregate figures of the whole registry, never a record: the population by facility,
 * nationality, sex and age; children without their parents; movements and repatriations per
 * month; cases per stage and country. Resolves and checks the filter, audits each view, and shows
 * admins exact figures and everyone else the protected ones ({@link SmallCounts}); the counting is
 * {@link StatisticsQueries}'.
 */
@ApplicationScoped
public class StatisticsService {

    static final String AUDIT_TYPE = "STATISTICS";
    private static final int DEFAULT_MONTHS = 12;

    /** What a population breakdown can be by. */
    public enum By {
        FACILITY, NATIONALITY, SEX, AGE_BAND, SEX_AGE_BAND, STATUS;

        static By of(String text) {
            return switch (text == null ? "" : text) {
                case "facility" -> FACILITY;
                case "nationality" -> NATIONALITY;
                case "sex" -> SEX;
                case "ageBand" -> AGE_BAND;
                case "sexAgeBand" -> SEX_AGE_BAND;
                case "status" -> STATUS;
                default -> null;
            };
        }

        String key() {
            return switch (this) {
                case FACILITY -> "facility";
                case NATIONALITY -> "nationality";
                case SEX -> "sex";
                case AGE_BAND -> "ageBand";
                case SEX_AGE_BAND -> "sexAgeBand";
                case STATUS -> "status";
            };
        }
    }

    @Inject
    StatisticsQueries statisticsQueries;

    @Inject
    FacilityService facilityService;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    LocalizedText text;

    @Inject
    Clock clock;

    public Dashboard dashboard(StatisticsFilter filter) {
        ResolvedFilter narrowed = narrowed(filter);
        List<StatisticsQueries.GridRow> grid = statisticsQueries.grid(narrowed);
        StatisticsQueries counts = statisticsQueries;
        Dashboard dashboard = new Dashboard(filter, narrowed.from(), narrowed.to(),
                figures("facility", counts.byFacility(grid)), counts.facilities(),
                figures("nationality", counts.byNationality(narrowed)),
                figures("sexAgeBand", counts.sexAgeBands(grid)), figures("children", counts.children(narrowed)),
                figures("movements", counts.movements(narrowed)), figures("stage", counts.cases("c.stage", narrowed, false)),
                figures("country", counts.cases("c.country", narrowed, false)),
                figures("overdue", counts.cases("c.country", narrowed, true)),
                figures("repatriated", counts.repatriated(narrowed)));
        audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("view", "dashboard", "filter", describe(narrowed)));
        return dashboard;
    }

    /** The dashboard's figures for everyone the caller may count, with two of its charts: the analyst's home. */
    public Headline headline(String language) {
        Dashboard figures = dashboard(new StatisticsFilter(null, null, null, null));
        DashboardCharts drawn = DashboardCharts.of(figures, language);
        return new Headline(figures, new io.quarkus.qute.RawString(drawn.facilities()),
                new io.quarkus.qute.RawString(drawn.pyramid()));
    }

    /** {@code /statistics/population?by=…}: 400 naming {@code by} when it is not one of the breakdowns. */
    public Breakdown population(String by, StatisticsFilter filter) {
        By breakdown = By.of(by);
        if (breakdown == null) {
            new FieldErrors().add(text.error("by", "statistics.by.unknown")).throwIfAny();
        }
        ResolvedFilter narrowed = narrowed(filter);
        Map<String, Long> counts = switch (breakdown) {
            case FACILITY -> statisticsQueries.byFacility(statisticsQueries.grid(narrowed));
            case NATIONALITY -> statisticsQueries.byNationality(narrowed);
            case SEX -> StatisticsQueries.collapse(statisticsQueries.sexAgeBands(statisticsQueries.grid(narrowed)), true);
            case AGE_BAND -> StatisticsQueries.collapse(statisticsQueries.sexAgeBands(statisticsQueries.grid(narrowed)),
                    false);
            case SEX_AGE_BAND -> statisticsQueries.sexAgeBands(statisticsQueries.grid(narrowed));
            case STATUS -> statisticsQueries.byStatus(narrowed);
        };
        audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("view", "population", "by", breakdown.key(),
                "filter", describe(narrowed)));
        return figures(breakdown.key(), counts);
    }

    public Breakdown movements(StatisticsFilter filter) {
        return audited("movements", filter, narrowed -> statisticsQueries.movements(narrowed));
    }

    public Breakdown cases(String by, StatisticsFilter filter) {
        if (!"stage".equals(by) && !"country".equals(by)) {
            new FieldErrors().add(text.error("by", "statistics.by.unknown")).throwIfAny();
        }
        String column = "stage".equals(by) ? "c.stage" : "c.country";
        return audited("cases", filter, narrowed -> statisticsQueries.cases(column, narrowed, false),
                by);
    }

    public Breakdown repatriated(StatisticsFilter filter) {
        return audited("repatriated", filter, statisticsQueries::repatriated);
    }

    public Breakdown children(StatisticsFilter filter) {
        return audited("children", filter, statisticsQueries::children);
    }

    private Breakdown audited(String view, StatisticsFilter filter,
            java.util.function.Function<ResolvedFilter, Map<String, Long>> counting) {
        return audited(view, filter, counting, view);
    }

    private Breakdown audited(String view, StatisticsFilter filter,
            java.util.function.Function<ResolvedFilter, Map<String, Long>> counting, String by) {
        ResolvedFilter narrowed = narrowed(filter);
        Breakdown figures = figures(by, counting.apply(narrowed));
        audit.record(AuditAction.SEARCH, AUDIT_TYPE, null, Map.of("view", view, "filter", describe(narrowed)));
        return figures;
    }

    /** Exact for admins, protected for everyone else. */
    private Breakdown figures(String by, Map<String, Long> counts) {
        return caller.seesExactFigures() ? SmallCounts.exact(by, counts) : SmallCounts.protectedFigures(by, counts);
    }

    // -- the filter ----------------------------------------------------------------------------

    private ResolvedFilter narrowed(StatisticsFilter filter) {
        FieldErrors errors = new FieldErrors();
        Set<UUID> facilities = null;
        if (filter.facility() != null && !filter.facility().isBlank()) {
            var facility = facilityService.byCode(filter.facility().strip().toUpperCase(Locale.ROOT));
            if (facility.isEmpty()) {
                errors.add(text.error("facility", "statistics.facility.unknown", filter.facility().strip()));
            } else {
                facilities = facilityService.subtreeOf(facility.get().id());
            }
        }
        String nationality = filter.nationality() == null || filter.nationality().isBlank() ? null
                : filter.nationality().strip().toUpperCase(Locale.ROOT);
        if (nationality != null && !Countries.isCountry(nationality) && !Countries.STATELESS.equals(nationality)
                && !Countries.UNKNOWN.equals(nationality)) {
            errors.add(text.error("nationality", "person.country.unknown", nationality));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate to = filter.to() == null ? today : filter.to();
        LocalDate from = filter.from() == null ? to.minusMonths(DEFAULT_MONTHS - 1L).withDayOfMonth(1) : filter.from();
        if (from.isAfter(to)) {
            errors.add(text.error("from", "statistics.period.reversed"));
        }
        errors.throwIfAny();
        if (!caller.seesExactFigures()) {
            // whole months only: rounded counts of two windows a day apart would give back the day's exact count
            from = from.withDayOfMonth(1);
            to = to.withDayOfMonth(to.lengthOfMonth());
        }
        return new ResolvedFilter(facilities, nationality, from, to);
    }

    private static Map<String, Object> describe(ResolvedFilter narrowed) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("facilities", narrowed.facilities() == null ? "all" : narrowed.facilities().size());
        described.put("nationality", narrowed.nationality() == null ? "all" : narrowed.nationality());
        described.put("from", narrowed.from().toString());
        described.put("to", narrowed.to().toString());
        return described;
    }
}
