package org.homeward.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.kernel.NativeQueries;

/**
 * Who among the registered people each of many new registrations may be (the rows of an import),
 * in one pass over the registry instead of a name search per row: fifty thousand searches against
 * a million people take most of an hour, one pass a few seconds. A row is matched by the keys of
 * its names (NameKeys, across scripts and spellings): a person is a candidate when their keys hold
 * every word of the row's names in one script (as read, or in another reading of the same word),
 * and is then weighed as the one-by-one check weighs ({@link DuplicateCheck#likeness}). Names one
 * letter apart, which the one-by-one check also finds, are not: the bulk check trades them for
 * speed. Only people in the caller's scope are read; one audit event names everyone shown.
 */
@ApplicationScoped
public class RegistryMatching {

    /** A registered person a row may be, and how likely (percent). */
    public record Likely(UUID id, String registrationNumber, String name, long percent) {
    }

    /** The registry is read this many rows at a time. */
    private static final int FETCH = 5000;
    /** Candidates are weighed this many at a time (their nationalities read in batches). */
    private static final int WEIGHED_AT_ONCE = 1000;

    @Inject
    PersonRepository personRepository;

    @Inject
    PersonAccess personAccess;

    @Inject
    AuditLog audit;

    /** For each input, in order, its likely people (at most a few, best first); none for a null input. */
    public List<List<Likely>> likelyOfEach(List<PersonInput> inputs) {
        List<List<Set<String>>> words = new ArrayList<>();
        Map<String, List<Integer>> anchors = new HashMap<>();
        for (int row = 0; row < inputs.size(); row++) {
            List<Set<String>> scripts = inputs.get(row) == null ? List.of() : wordsOf(inputs.get(row));
            words.add(scripts);
            for (Set<String> script : scripts) {
                for (String pair : pairs(script)) {
                    anchors.computeIfAbsent(pair, k -> new ArrayList<>()).add(row);
                }
            }
        }
        Map<Integer, Set<UUID>> candidates = anchors.isEmpty() ? Map.of() : scan(words, anchors);
        Set<UUID> all = candidates.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Map<UUID, Person> people = load(all);
        List<List<Likely>> each = new ArrayList<>(inputs.size());
        for (int row = 0; row < inputs.size(); row++) {
            PersonInput input = inputs.get(row);
            List<Likely> likely = new ArrayList<>();
            for (UUID id : candidates.getOrDefault(row, Set.of())) {
                Person person = people.get(id);
                DuplicateCheck.likeness(input, person, 1.0).filter(l -> l.score() >= DuplicateCheck.LIKELY)
                        .ifPresent(l -> likely.add(new Likely(person.id, person.registrationNumber, name(person),
                                Math.round(l.score() * 100))));
            }
            likely.sort(Comparator.comparingLong(Likely::percent).reversed().thenComparing(Likely::registrationNumber));
            each.add(likely.stream().limit(DuplicateCheck.SHOWN).toList());
        }
        List<UUID> shown = each.stream().flatMap(List::stream).map(Likely::id).distinct().toList();
        audit.record(AuditAction.SEARCH, Person.AUDIT_TYPE, null, Map.of("duplicateCheck", true, "rows", inputs.size(),
                "candidates", shown));
        return each;
    }

    /** The primary keys of the row's name words, one set per script written (a single word tells too little). */
    private static List<Set<String>> wordsOf(PersonInput input) {
        List<Set<String>> scripts = new ArrayList<>();
        for (Stream<String> names : List.of(Stream.of(input.givenName(), input.fatherName(), input.grandfatherName(),
                input.familyName()), Stream.of(input.givenNameAr(), input.fatherNameAr(), input.grandfatherNameAr(),
                        input.familyNameAr()))) {
            String joined = names.filter(Objects::nonNull).collect(Collectors.joining(" "));
            Set<String> keys = new LinkedHashSet<>();
            NameKeys.wordKeys(joined).forEach(word -> keys.add(word.primary()));
            if (keys.size() >= 2) {
                scripts.add(keys);
            }
        }
        return scripts;
    }

    /** Every pair of keys, in a fixed order: a person holding both is looked at for the rows that have them. */
    private static List<String> pairs(Set<String> keys) {
        List<String> sorted = keys.stream().sorted().toList();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(sorted.get(i) + ' ' + sorted.get(j));
            }
        }
        return pairs;
    }

    /** One pass over the people in scope: for each row, those whose keys hold all of its words in a script. */
    private Map<Integer, Set<UUID>> scan(List<List<Set<String>>> words, Map<String, List<Integer>> anchors) {
        Map<String, Object> parameters = new HashMap<>();
        String within = personAccess.scope().where(parameters);
        String sql = "select p.id, p.name_keys from person p where " + within + " and p.merged_into is null and p.name_keys <> ''";
        Map<Integer, Set<UUID>> found = new HashMap<>();
        try (Stream<?> rows = NativeQueries.bind(personRepository.getEntityManager().createNativeQuery(sql), parameters)
                .setHint("org.hibernate.fetchSize", FETCH).getResultStream()) {
            rows.forEach(r -> {
                Object[] row = (Object[]) r;
                Set<String> primaries = new HashSet<>();
                Set<String> readings = new HashSet<>();
                for (String token : ((String) row[1]).split(" ")) {
                    if (token.isEmpty()) {
                        continue;
                    }
                    char mark = token.charAt(0);
                    if (mark == '+') {
                        readings.add(token.substring(1));
                    } else if (mark != '~' && mark != '-') {
                        primaries.add(token);
                        readings.add(token);
                    }
                }
                Set<Integer> looked = new HashSet<>();
                for (String pair : pairs(primaries)) {
                    for (int candidate : anchors.getOrDefault(pair, List.of())) {
                        if (looked.add(candidate) && words.get(candidate).stream().anyMatch(readings::containsAll)) {
                            found.computeIfAbsent(candidate, k -> new HashSet<>()).add((UUID) row[0]);
                        }
                    }
                }
            });
        }
        return found;
    }

    private Map<UUID, Person> load(Set<UUID> ids) {
        Map<UUID, Person> people = new HashMap<>();
        List<UUID> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += WEIGHED_AT_ONCE) {
            personRepository.list("id in ?1", list.subList(from, Math.min(list.size(), from + WEIGHED_AT_ONCE)))
                    .forEach(person -> people.put(person.id, person));
        }
        return people;
    }

    private static String name(Person person) {
        return Stream.of(person.givenName, person.familyName, person.givenNameAr, person.familyNameAr).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(" "));
    }
}
