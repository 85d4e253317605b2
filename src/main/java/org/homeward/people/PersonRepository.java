package org.homeward.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import org.homeward.access.PersonScope;
import org.homeward.kernel.NativeQueries;

/**
 * Every read of people passes here with the caller's {@link PersonScope}: the scope is part of
 * the query itself, so no list, count or filter can reach beyond it.
 *
 * <p>Lists are plain SQL: a nationality filter is asked of the nationality index, which carries
 * each person's current facility (V5 migration), so "Iraqis in al-Hol" and "French in the annex"
 * are both answered without walking the registry (docs/adr/005-exact-totals-from-an-index.md, 006-population-counters.md;
 * a list narrowed to facilities, status, sex and category reads the placement counters of V30).
 */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Up to this many matches, a list narrowed by nationality collects them all, then sorts. */
    private static final long FEW = 10_000;
    private static final java.util.regex.Pattern REGISTRATION_NUMBER =
            java.util.regex.Pattern.compile("(?i)^hw-?0*(\\d{1,7})$");
    /** A first page of people: a name search that finds fewer reaches further (NameQuery.Reach). */
    private static final long ENOUGH = 10;
    /** Up to this many matches, each is weighed and ranked; more are ordered by a cheaper rule. */
    private static final long RANKED = 2_000;

    /**
     * One page of people matching the filter, and how many match in all; {@code totalIsAtLeast}:
     * counting stopped there ({@link #browse}), and more match.
     */
    public record Found(List<Person> people, long total, boolean totalIsAtLeast) {

        Found(List<Person> people, long total) {
            this(people, total, false);
        }
    }

    /** Counted exactly, however many match (the API's {@code total}). */
    private static final long EXACTLY = Long.MAX_VALUE;

    /** {@code count} registration numbers at once, in order (a bulk registration). */
    List<String> nextRegistrationNumbers(int count) {
        @SuppressWarnings("unchecked")
        List<Number> next = getEntityManager().createNativeQuery(
                "select nextval('person_registration_seq') from generate_series(1, :count)").setParameter("count", count)
                .getResultList();
        return next.stream().map(n -> String.format("HW-%07d", n.longValue())).toList();
    }

    public String nextRegistrationNumber() {
        return nextRegistrationNumbers(1).get(0);
    }

    public Found search(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            int page, int size) {
        return found(filter, facilityFilter, scope, today, page, size, EXACTLY);
    }

    /**
     * A page of the list as {@link #search} gives it, for a person reading it: the people matching
     * a name are counted only as far as ranking them and paging to the next page need (at least
     * {@link #RANKED} + 1). Counting every Haddad of a camp (90,000) read 40,000 pages of the
     * registry on each search; nobody reads that list, and the page says "more than 2,000" and asks
     * for a narrower search. Lists without a name count exactly, from the counters.
     */
    public Found browse(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            int page, int size) {
        return found(filter, facilityFilter, scope, today, page, size, Math.max(RANKED, ((long) page + 1) * size) + 1);
    }

    private Found found(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today, int page,
            int size, long countUpTo) {
        if (facilityFilter != null && facilityFilter.isEmpty()) {
            return new Found(List.of(), 0);
        }
        return page(filter, facilityFilter, scope, listing(filter, facilityFilter, scope, today, countUpTo), page, size);
    }

    /** How many people the list the filter makes holds: the total {@link #search} would give. */
    public long count(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today) {
        if (facilityFilter != null && facilityFilter.isEmpty()) {
            return 0;
        }
        return listing(filter, facilityFilter, scope, today, EXACTLY).total();
    }

    /**
     * A list as SQL: its condition on {@code person p}, the parameters, and how many it holds (or,
     * {@code totalIsAtLeast}, at least).
     */
    private record Listing(String where, Map<String, Object> parameters, long total, boolean totalIsAtLeast,
            NameQuery name) {

        /** Whether the list is a name search ranked person by person (no other order asked, not too many). */
        boolean ranked(String sort) {
            return name != null && (sort == null || sort.isBlank()) && total <= RANKED;
        }

        /** The order asked for, or for a name search with none asked, best match first. */
        String order(String sort) {
            if (name == null || sort != null && !sort.isBlank()) {
                return orderBy(sort);
            }
            // more matches than are worth weighing one by one (every Mohammed) are listed in
            // registration order, which the index of registration numbers answers a page at a time:
            // a list that long is refined, not read
            return total <= RANKED ? name.order() + ", p.registration_number" : "p.registration_number";
        }
    }

    private Listing listing(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            long countUpTo) {
        NameQuery name = filter.q() == null || REGISTRATION_NUMBER.matcher(filter.q().strip()).matches() ? null
                : NameQuery.of(filter.q());
        // a name is looked for as its keys, then its words alike, then most of its words: a
        // looser reach only when the stricter found fewer than a first page of people
        List<NameQuery.Reach> reaches = name == null || name.isEmpty() ? List.of(NameQuery.Reach.EVERY_WORD_KEYED)
                : name.size() == 1 ? List.of(NameQuery.Reach.EVERY_WORD_KEYED, NameQuery.Reach.EVERY_WORD)
                : List.of(NameQuery.Reach.values());
        Listing listing = null;
        Map<String, Double> weights = Map.of();
        for (NameQuery.Reach reach : reaches) {
            if (reach == NameQuery.Reach.EVERY_WORD && !name.hasNearKeys()) {
                continue; // no word has a key one letter off: the same people as by keys
            }
            Map<String, Object> parameters = new HashMap<>();
            String within = where(filter, facilityFilter, scope, today, parameters);
            if (reach == NameQuery.Reach.MOST_WORDS) {
                // only people who meet some words but not all: which words tell most is counted
                // among the people the caller may see
                weights = weights(name, within, parameters);
            }
            String where = filter.q() == null || filter.q().isBlank() ? within
                    : within + " and " + (name == null ? registrationNumber(filter.q(), parameters)
                            : name.isEmpty() ? "false" : name.condition(reach, weights, within, parameters));
            Optional<Long> counted = countByNationality(filter, facilityFilter, scope)
                    .or(() -> countByPlacement(filter, facilityFilter, scope));
            long total = counted.orElseGet(() -> countRows(countUpTo == EXACTLY ? "select count(*) from person p where " + where
                    : "select count(*) from (select 1 from person p where " + where + " limit " + countUpTo + ") c",
                    parameters));
            if (listing == null || total >= listing.total()) {
                listing = new Listing(where, parameters, total, counted.isEmpty() && total >= countUpTo,
                        name == null || name.isEmpty() ? null : name);
            }
            if (total >= ENOUGH) {
                break;
            }
        }
        return listing;
    }

    /**
     * How much each word of a name query tells, from how many of the people the caller may see
     * ({@code within}) carry it, counted up to {@link NameQuery#COUNTED}: a word few carry tells
     * more than Mohammed. Counted in scope, so that no record outside it weighs on the order.
     */
    private Map<String, Double> weights(NameQuery name, String within, Map<String, Object> parameters) {
        Map<String, Object> bound = new HashMap<>(parameters);
        List<String> counts = new java.util.ArrayList<>();
        for (int i = 0; i < name.size(); i++) {
            counts.add("(select count(*) from (select 1 from person p where " + within + " and " + name.carries(i, bound)
                    + " limit " + NameQuery.COUNTED + ") c)");
        }
        // every word counted in one statement
        String sql = "select " + String.join(", ", counts);
        Object row = NativeQueries.bindNamed(getEntityManager().createNativeQuery(sql), sql, bound).getSingleResult();
        Object[] carriers = row instanceof Object[] columns ? columns : new Object[] { row };
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < name.size(); i++) {
            weights.put(name.primaries().get(i), NameQuery.weight(((Number) carriers[i]).longValue()));
        }
        return weights;
    }

    /**
     * Every person of the list the filter makes, in the list's order, handed over one at a time
     * from a database cursor: memory does not grow with the list (an export of 100,000 people).
     * Must run in a transaction (PostgreSQL keeps a cursor only inside one). Answers how many.
     */
    public long forEachListed(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            java.util.function.Consumer<PersonRow> each) {
        if (facilityFilter != null && facilityFilter.isEmpty()) {
            return 0;
        }
        Listing listing = listing(filter, facilityFilter, scope, today, EXACTLY);
        String order = listing.order(filter.sort());
        org.hibernate.query.NativeQuery<?> query = getEntityManager().createNativeQuery("""
                select p.id, p.registration_number, p.given_name, p.father_name, p.grandfather_name, p.family_name,
                       p.given_name_ar, p.father_name_ar, p.grandfather_name_ar, p.family_name_ar, p.sex,
                       p.date_of_birth, p.date_of_birth_precision,
                       (select string_agg(n.country || ':' || n.status, ';' order by n.country)
                          from person_nationality n where n.person_id = p.id),
                       (select string_agg(d.type || ':' || d.number, ';' order by d.type, d.number)
                          from identity_document d where d.person_id = p.id),
                       p.category, p.status, (select f.code from facility f where f.id = p.current_facility_id)
                  from person p
                """ + " where " + listing.where() + " order by " + order)
                .unwrap(org.hibernate.query.NativeQuery.class);
        NativeQueries.bindNamed(query, listing.where() + " " + order, listing.parameters());
        long count = 0;
        try (org.hibernate.ScrollableResults<?> rows = query.setFetchSize(1000).setReadOnly(true)
                .scroll(org.hibernate.ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                Object[] row = (Object[]) rows.get();
                each.accept(new PersonRow((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], (String) row[5], (String) row[6], (String) row[7], (String) row[8],
                        (String) row[9], String.valueOf(row[10]), localDate(row[11]), (String) row[12], (String) row[13],
                        (String) row[14], (String) row[15], (String) row[16], (String) row[17]));
                count++;
            }
        }
        return count;
    }

    /**
     * How many people of the list the filter makes share each facility, sex and year of birth: what
     * a pseudonymized export coarsens until no combination singles anyone out. Rows of (facility
     * code, sex, year, count).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> facilitySexYearCounts(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope,
            LocalDate today) {
        if (facilityFilter != null && facilityFilter.isEmpty()) {
            return List.of();
        }
        Listing listing = listing(filter, facilityFilter, scope, today, EXACTLY);
        jakarta.persistence.Query query = getEntityManager().createNativeQuery("""
                select f.code, p.sex, cast(extract(year from p.date_of_birth) as integer), count(*)
                  from person p left join facility f on f.id = p.current_facility_id
                """ + " where " + listing.where() + " group by 1, 2, 3");
        NativeQueries.bindNamed(query, listing.where(), listing.parameters());
        return query.getResultList();
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    private Found page(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, Listing listing, int page,
            int size) {
        String where = listing.where();
        long total = listing.total();
        if (total == 0 || (long) page * size >= total) {
            // nobody there, or a page past the last: asked of the rows, PostgreSQL would walk the
            // whole registry in order to find no one (a camp's people "in custody", under load)
            return new Found(List.of(), total, listing.totalIsAtLeast());
        }
        boolean narrowed = filter.nationality() != null || facilityFilter != null
                || !scope.everyone() && (!scope.countries().isEmpty() || !scope.facilityIds().isEmpty());
        // Few people of a nationality or of some facilities: PostgreSQL would walk the whole registry
        // in order hoping to meet them early, but families are registered together and cluster, so
        // it may walk most of it. "offset 0" fences the inner query: the few are collected from the
        // nationality or facility index, then sorted. Many: walking in order finds a page at once.
        String from = narrowed && total <= FEW && !listing.totalIsAtLeast()
                ? "(select p.id, p.registration_number, p.date_of_birth, p.name_keys, p.name_key_list,"
                        + " p.given_name, p.father_name, p.grandfather_name, p.family_name, p.given_name_ar,"
                        + " p.father_name_ar, p.grandfather_name_ar, p.family_name_ar"
                        + " from person p where " + where + " offset 0) p"
                : "person p where " + where;
        // a name search is ranked by how well the names match, unless another order is asked for
        String sql = listing.ranked(filter.sort()) ? listing.name().ranked(from) + " limit :limit offset :offset"
                : "select p.id from " + from + " order by " + listing.order(filter.sort()) + " limit :limit offset :offset";
        @SuppressWarnings("unchecked")
        List<Object> rows = NativeQueries.bindNamed(getEntityManager().createNativeQuery(sql), sql, listing.parameters())
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        List<UUID> ids = rows.stream().map(row -> (UUID) (row instanceof Object[] columns ? columns[0] : row)).toList();
        if (ids.isEmpty()) {
            return new Found(List.of(), total, listing.totalIsAtLeast());
        }
        Map<UUID, Person> byId = find("id in ?1", ids).stream()
                .collect(Collectors.toMap(person -> person.id, Function.identity()));
        return new Found(ids.stream().map(byId::get).toList(), total, listing.totalIsAtLeast());
    }

    /** The list's condition on {@code person p} but for a name query: scope, placement, filters. */
    private static String where(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope, LocalDate today,
            Map<String, Object> parameters) {
        // Holding a nationality of the caller's own puts a person in scope: the filter says it all.
        boolean filterImpliesScope = filter.nationality() != null && scope.countries().contains(filter.nationality());
        // a merged record (a tombstone) is in no list: its survivor is
        StringBuilder where = new StringBuilder("p.merged_into is null and ")
                .append(filterImpliesScope ? "true" : scope.where(parameters, facilityFilter));
        if (facilityFilter != null) {
            where.append(" and p.current_facility_id in (:facilityFilter)");
            parameters.put("facilityFilter", facilityFilter);
        }
        if (filter.nationality() != null) {
            where.append(" and ").append(PersonScope.holdingNationality(":nationality", facilityFilter));
            parameters.put("nationality", filter.nationality());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            where.append(" and p.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.sex() != null) {
            where.append(" and p.sex = :sex");
            parameters.put("sex", filter.sex().name());
        }
        if (filter.ageFrom() != null) {
            where.append(" and p.date_of_birth <= :bornBy");
            parameters.put("bornBy", today.minusYears(filter.ageFrom()));
        }
        if (filter.ageTo() != null) {
            where.append(" and p.date_of_birth > :bornAfter");
            parameters.put("bornAfter", today.minusYears(filter.ageTo() + 1L));
        }
        if (filter.attention() != null) {
            where.append(" and ").append(filter.attention().condition());
            if (filter.attention().sinceAWeek()) {
                parameters.put("weekAgo", today.minusDays(Attention.WEEK_DAYS - 1L));
            }
        }
        return where.toString();
    }

    /** A person whose names are like a query's, with how alike (0 to 1). */
    public record NameMatch(UUID id, double similarity) {
    }

    /** The people in scope whose names are most like {@code name}, best first (the duplicate check). */
    List<NameMatch> alike(String name, PersonScope scope, int limit) {
        NameQuery query = NameQuery.of(name);
        if (query.isEmpty()) {
            return List.of();
        }
        for (NameQuery.Reach reach : List.of(NameQuery.Reach.EVERY_WORD_KEYED, NameQuery.Reach.EVERY_WORD)) {
            Map<String, Object> parameters = new HashMap<>();
            String within = scope.where(parameters, null);
            String sql = query.ranked("person p where " + within + " and "
                    + query.condition(reach, Map.of(), within, parameters)) + " limit :limit";
            @SuppressWarnings("unchecked")
            List<Object[]> rows = NativeQueries.bindNamed(getEntityManager().createNativeQuery(sql), sql, parameters)
                    .setParameter("limit", limit).getResultList();
            if (!rows.isEmpty()) {
                return rows.stream().map(row -> new NameMatch((UUID) row[0], ((Number) row[1]).doubleValue()))
                        .toList();
            }
        }
        return List.of();
    }

    /** A registration number ("HW-0000123", "hw123") is looked up exactly. */
    private static String registrationNumber(String q, Map<String, Object> parameters) {
        java.util.regex.Matcher number = REGISTRATION_NUMBER.matcher(q.strip());
        number.matches();
        parameters.put("registrationNumber", String.format("HW-%07d", Long.parseLong(number.group(1))));
        // the number of a merged record finds the record it was merged into
        return "p.id in (select coalesce(t.merged_into, t.id) from person t"
                + " where t.registration_number = :registrationNumber)";
    }

    /**
     * The total of a list narrowed only by nationality (by filter or by an officer's scope) and
     * placement, without reading the people: from the counters the database keeps (V7 migration),
     * counting a dual national once. Empty when the list needs the person rows themselves.
     */
    private Optional<Long> countByNationality(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope) {
        boolean onlyPlacementAndNationality = filter.status() == null && filter.category() == null
                && filter.attention() == null && filter.sex() == null && filter.ageFrom() == null && filter.ageTo() == null
                && (filter.q() == null || filter.q().isBlank());
        if (!onlyPlacementAndNationality) {
            return Optional.empty();
        }
        Set<String> countries;
        Set<UUID> facilities = facilityFilter;
        if (filter.nationality() != null) {
            countries = Set.of(filter.nationality());
            if (!scope.everyone() && !scope.countries().contains(filter.nationality())) {
                if (!scope.countries().isEmpty()) {
                    // in scope, perhaps, through another nationality: count the general way
                    return Optional.empty();
                }
                facilities = new HashSet<>(facilityFilter == null ? scope.facilityIds() : facilityFilter);
                facilities.retainAll(scope.facilityIds());
            }
        } else if (!scope.everyone() && scope.facilityIds().isEmpty() && !scope.countries().isEmpty()) {
            countries = scope.countries();
        } else {
            return Optional.empty();
        }
        if (facilities != null && facilities.isEmpty()) {
            return Optional.of(0L);
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("countries", countries));
        if (facilities != null) {
            parameters.put("facilities", facilities);
        }
        String placed = " where country in (:countries)" + (facilities == null ? "" : " and facility_key in (:facilities)");
        // the totals and the deltas not folded yet (V32), in one snapshot
        String sql = "select coalesce(sum(people), 0) from (select people from nationality_placement_count" + placed
                + " union all select delta from nationality_placement_delta" + placed + ") c";
        if (countries.size() > 1) {
            // someone holding two of these nationalities is in two counters: count them once
            sql = "select (" + sql + ") - (select count(*) - count(distinct n.person_id)"
                    + " from person_nationality n join multiple_nationality m on m.person_id = n.person_id"
                    + " where n.country in (:countries)"
                    + (facilities == null ? "" : " and n.current_facility_id in (:facilities)") + ")";
        }
        return Optional.of(countRows(sql, parameters));
    }

    /**
     * The total of a list narrowed to facilities (by filter or by a case worker's scope) and at most
     * by status, sex and category, without reading the people: from the counters the database keeps
     * (V30). Empty when the list needs the person rows themselves, or reaches people by nationality.
     */
    private Optional<Long> countByPlacement(PersonFilter filter, Set<UUID> facilityFilter, PersonScope scope) {
        boolean onlyPlacementStatusSexCategory = filter.nationality() == null && filter.attention() == null
                && filter.ageFrom() == null && filter.ageTo() == null && (filter.q() == null || filter.q().isBlank());
        if (!onlyPlacementStatusSexCategory || !scope.countries().isEmpty() || scope.everyone() && facilityFilter == null) {
            return Optional.empty();
        }
        Set<UUID> facilities = new HashSet<>(scope.everyone() ? facilityFilter : scope.facilityIds());
        if (!scope.everyone() && facilityFilter != null) {
            facilities.retainAll(facilityFilter);
        }
        if (facilities.isEmpty()) {
            return Optional.of(0L);
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("facilities", facilities));
        StringBuilder where = new StringBuilder("facility_id in (:facilities)");
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.sex() != null) {
            where.append(" and sex = :sex");
            parameters.put("sex", filter.sex().name());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            parameters.put("category", filter.category().name());
        }
        // the totals and the changes not folded into them yet, in one snapshot (statistics.CounterCompaction)
        return Optional.of(countRows("select (select coalesce(sum(people), 0) from person_placement_count where " + where
                + ") + (select coalesce(sum(delta), 0) from person_placement_delta where " + where + ")", parameters));
    }

    private long countRows(String sql, Map<String, Object> parameters) {
        return ((Number) NativeQueries.bindNamed(getEntityManager().createNativeQuery(sql), sql, parameters)
                .getSingleResult()).longValue();
    }

    private static String orderBy(String sort) {
        return switch (sort == null ? "" : sort) {
            case "name" -> "p.family_name, p.given_name, p.registration_number";
            case "dateOfBirth" -> "p.date_of_birth nulls last, p.registration_number";
            default -> "p.registration_number";
        };
    }
}
