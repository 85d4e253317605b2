package org.homeward.repatriation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.families.RelationshipService;
import org.homeward.families.Relative;
import org.homeward.reference.Countries;
import org.homeward.access.Caller;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.NativeQueries;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.ValidationFailed;

/** Finding cases: the caller's list, one case in scope (else not found, audited), the officer's dashboard. */
@ApplicationScoped
public class CaseQueries {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    @Inject
    RelationshipService relationshipService;

    @Inject
    CaseFile caseFile;

    @Inject
    Clock clock;

    /** The filters of the case list. */
    public record Filter(String country, Stage stage, String officer, boolean overdue, CaseAttention attention) {

        public Filter(String country, Stage stage, String officer, boolean overdue) {
            this(country, stage, officer, overdue, null);
        }

        public static Filter needing(CaseAttention attention) {
            return new Filter(null, null, null, false, attention);
        }

        public static Filter at(String country, Stage stage) {
            return new Filter(country, stage, null, false, null);
        }

        public static final Filter OVERDUE = new Filter(null, null, null, true, null);
    }

    public PageOf<CaseSummary> list(Filter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        long total = ((Number) NativeQueries.bind(em.createNativeQuery("select count(*) from repatriation_case c where " + where),
                parameters).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = NativeQueries.bind(em.createNativeQuery("select c.id from repatriation_case c where " + where
                + " order by c.case_number desc limit :limit offset :offset"), parameters)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        audit.record(AuditAction.SEARCH, CaseService.AUDIT_TYPE, null, Map.of("filter", filter, "page", page, "total", total));
        return new PageOf<>(summaries(ids), page, size, total);
    }

    /** The cases the caller sees that a person is (or was) a subject of, newest first: for a subject-access report. */
    public List<CaseSummary> ofSubject(UUID personId) {
        Map<String, Object> parameters = new HashMap<>();
        String where = caller.caseCondition(parameters);
        parameters.put("person", personId);
        @SuppressWarnings("unchecked")
        List<UUID> ids = NativeQueries.bind(em.createNativeQuery("select c.id from repatriation_case c where " + where
                + " and exists (select 1 from repatriation_subject s where s.case_id = c.id and s.person_id = :person)"
                + " order by c.case_number desc"), parameters).getResultList();
        return summaries(ids);
    }

    /** How many cases {@link #list} would find with this filter: a count on a home that opens that list. */
    public long count(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        return ((Number) NativeQueries.bind(em.createNativeQuery("select count(*) from repatriation_case c where "
                + where(filter, parameters)), parameters).getSingleResult()).longValue();
    }

    /** The caller's cases per country and stage, for the countries they hold (the dashboard's table). */
    public Map<String, Map<Stage, Long>> perStage() {
        Map<String, Object> parameters = new HashMap<>();
        String where = caller.caseCondition(parameters);
        Map<String, Map<Stage, Long>> perStage = new java.util.TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("select c.country, c.stage, count(*) from repatriation_case c"
                + " where " + where + " group by c.country, c.stage"), parameters).getResultList();
        for (Object[] row : rows) {
            perStage.computeIfAbsent((String) row[0], country -> new java.util.EnumMap<>(Stage.class))
                    .put(Stage.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return perStage;
    }

    private String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(caller.caseCondition(parameters));
        if (filter.country() != null && !filter.country().isBlank()) {
            if (!Countries.isCountry(filter.country().strip().toUpperCase(Locale.ROOT))) {
                throw new ValidationFailed(List.of(text.error("country", "case.filter.country")));
            }
            where.append(" and c.country = :country");
            parameters.put("country", filter.country().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.stage() != null) {
            where.append(" and c.stage = :stage");
            parameters.put("stage", filter.stage().name());
        }
        if (filter.officer() != null && !filter.officer().isBlank()) {
            where.append(" and c.officer = :officer");
            parameters.put("officer", filter.officer().strip());
        }
        if (filter.overdue()) {
            where.append(" and c.stage_due < :today");
            parameters.put("today", today());
        }
        if (filter.attention() != null) {
            where.append(" and ").append(filter.attention().condition(caller.people()::where, parameters, today()));
        }
        return where.toString();
    }

    public CaseView get(UUID id) {
        RepatriationCase found = visible(id);
        CaseView view = caseFile.view(found);
        // the people the page named: its subjects and the relatives shown beside them, not the hidden
        audit.disclosed(AuditAction.VIEW, CaseService.AUDIT_TYPE, id, Map.of("subjects", caseFile.subjectIds(id)), CaseFile.shownIn(view));
        return view;
    }

    /** Cases per stage of the caller's countries, overdue cases, and nationals held with no open case. */
    public CaseDashboard dashboard() {
        Map<String, Map<Stage, Long>> perStage = perStage();
        PageOf<CaseSummary> overdue = list(Filter.OVERDUE, 0, 50);

        Map<String, Object> waiting = new HashMap<>();
        long peopleWithoutCase = ((Number) NativeQueries.bind(em.createNativeQuery(nationalsWithoutCase("count(*)", waiting)),
                waiting).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> first = NativeQueries.bind(em.createNativeQuery(nationalsWithoutCase("p.id", waiting)
                + " order by p.registration_number limit 20"), waiting).getResultList();
        Map<UUID, Relative> shown = relationshipService.visibleRelatives(first);
        audit.record(AuditAction.SEARCH, CaseService.AUDIT_TYPE, null, Map.of("dashboard", true));
        return new CaseDashboard(perStage, overdue.items(), peopleWithoutCase,
                first.stream().map(shown::get).filter(Objects::nonNull).toList());
    }

    /** How many nationals of the caller's countries are held with no open case (the dashboard's list, counted). */
    public long nationalsWithoutCase() {
        Map<String, Object> parameters = new HashMap<>();
        return ((Number) NativeQueries.bind(em.createNativeQuery(nationalsWithoutCase("count(*)", parameters)), parameters)
                .getSingleResult()).longValue();
    }

    private String nationalsWithoutCase(String select, Map<String, Object> parameters) {
        Set<String> countries = caller.caseCountries();
        String nationals = countries == null ? "true"
                : countries.isEmpty() ? "false"
                        : "p.id in (select n.person_id from person_nationality n where n.country in (:countries))";
        if (countries != null && !countries.isEmpty()) {
            parameters.put("countries", countries);
        }
        return "select " + select + " from person p where " + nationals + " and p.current_facility_id is not null"
                + " and not exists (select 1 from repatriation_subject s where s.person_id = p.id and s.open)";
    }

    RepatriationCase visible(UUID id) {
        RepatriationCase found = em.find(RepatriationCase.class, id);
        if (found == null) {
            throw new NotFoundException();
        }
        if (!caller.maySeeCase(found.country, caseFile.subjectFacilities(id))) {
            audit.refused(CaseService.AUDIT_TYPE, id);
            throw new NotFoundException();
        }
        return found;
    }

    private List<CaseSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, RepatriationCase> byId = new HashMap<>();
        em.createQuery("from RepatriationCase c where c.id in :ids", RepatriationCase.class).setParameter("ids", ids)
                .getResultList().forEach(c -> byId.put(c.id, c));
        Map<UUID, Long> counts = new HashMap<>();
        // people outside the caller's access are not counted: how many there are is not theirs to know
        Map<String, Object> parameters = new HashMap<>();
        String visible = caller.people().where(parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeQueries.bind(em.createNativeQuery("select s.case_id, count(*) from repatriation_subject s"
                + " join person p on p.id = s.person_id where s.case_id in (:ids) and " + visible + " group by s.case_id"),
                parameters).setParameter("ids", ids).getResultList();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return ids.stream().map(byId::get).map(c -> new CaseSummary(c.id, c.caseNumber, c.country, c.stage, c.officer,
                c.stageDue, caseFile.overdue(c), counts.getOrDefault(c.id, 0L).intValue(), c.version)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
