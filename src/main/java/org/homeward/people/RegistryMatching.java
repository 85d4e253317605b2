package org.homeward.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
 * a million people take most of an hour. A person is a candidate for a row when their name keys
 * (NameKeys: one skeleton per word, across scripts and spellings) hold every word of the row's
 * names in one script; the row is found from the person's keys directly (each set of the person's
 * keys as large as some row's), so common names cost no more than rare ones. Candidates are then
 * weighed as the one-by-one check weighs them ({@link DuplicateCheck#likeness}), their sex and date
 * of birth read in the same pass, their nationalities for the few that remain. Names one letter
 * apart or matching only in another reading, which the one-by-one check also finds, are not: the
 * bulk check trades them for speed. Only people in the caller's scope are read; one audit event
 * names everyone shown.
 */
@ApplicationScoped
public class RegistryMatching {

    /** A registered person a row may be, and how likely (percent). */
    public record Likely(UUID id, String registrationNumber, String name, long percent) {
    }

    /** The registry is read this many rows at a time. */
    private static final int FETCH = 5000;
    /** A row keeps at most this many candidates before their nationalities are read. */
    private static final int KEPT_PER_ROW = 4 * DuplicateCheck.SHOWN;
    private static final int NATIONALITIES_AT_ONCE = 1000;
    /** Candidates by likelihood, the earlier registered first among equals (the same answer on every run): the worst at the head. */
    private static final Comparator<Found> WORST_FIRST = Comparator.comparingDouble(Found::withoutNationality)
            .thenComparing(Found::registrationNumber, Comparator.reverseOrder());

    /** The most keys of a person whose subsets are looked up. */
    private static final int MOST_KEYS = 14;

    @Inject
    PersonRepository personRepository;

    @Inject
    PersonAccess personAccess;

    @Inject
    AuditLog audit;

    /** A person found for a row, weighed without their nationalities yet. */
    private record Found(UUID id, String registrationNumber, String name, Sex sex, java.util.Optional<BirthRange> born,
            double withoutNationality) {
    }

    /** For each input, in order, its likely people (at most a few, best first); none for a null input. */
    public List<List<Likely>> likelyOfEach(List<PersonInput> inputs) {
        Map<String, List<Integer>> rowsByWords = new HashMap<>();
        Set<String> wordsOfAnyRow = new java.util.HashSet<>();
        Set<Integer> sizes = new TreeSet<>();
        for (int row = 0; row < inputs.size(); row++) {
            for (Set<String> words : inputs.get(row) == null ? List.<Set<String>>of() : wordsOf(inputs.get(row))) {
                rowsByWords.computeIfAbsent(key(words), k -> new ArrayList<>()).add(row);
                wordsOfAnyRow.addAll(words);
                sizes.add(words.size());
            }
        }
        List<DuplicateCheck.Described> described = inputs.stream().map(i -> i == null ? null : DuplicateCheck.Described.of(i)).toList();
        Map<Integer, List<Found>> found = rowsByWords.isEmpty() ? Map.of() : scan(described, rowsByWords, wordsOfAnyRow, sizes);
        Map<UUID, List<String>> nationalities = nationalitiesOf(found.values().stream().flatMap(List::stream)
                .map(Found::id).collect(Collectors.toSet()));
        List<List<Likely>> each = new ArrayList<>(inputs.size());
        for (int row = 0; row < inputs.size(); row++) {
            DuplicateCheck.Described input = described.get(row);
            List<Likely> likely = new ArrayList<>();
            for (Found f : found.getOrDefault(row, List.of())) {
                DuplicateCheck.likeness(input, f.sex(), f.born(), nationalities.getOrDefault(f.id(), List.of()), 1.0)
                        .filter(l -> l.score() >= DuplicateCheck.LIKELY)
                        .ifPresent(l -> likely.add(new Likely(f.id(), f.registrationNumber(), f.name(), Math.round(l.score() * 100))));
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
            Set<String> keys = new TreeSet<>();
            NameKeys.wordKeys(joined).forEach(word -> keys.add(word.primary()));
            if (keys.size() >= 2 && keys.size() <= NameQuery.MAX_WORDS) {
                scripts.add(keys);
            }
        }
        return scripts;
    }

    private static String key(Set<String> sortedWords) {
        return String.join(" ", sortedWords);
    }

    /** One pass over the people in scope: for each row, the people holding all its words who may be the same person. */
    private Map<Integer, List<Found>> scan(List<DuplicateCheck.Described> inputs, Map<String, List<Integer>> rowsByWords,
            Set<String> wordsOfAnyRow, Set<Integer> sizes) {
        Map<String, Object> parameters = new HashMap<>();
        String within = personAccess.scope().where(parameters);
        String sql = "select p.id, p.name_keys, p.sex, p.date_of_birth, p.date_of_birth_precision, p.registration_number,"
                + " p.given_name, p.family_name, p.given_name_ar, p.family_name_ar from person p where " + within
                + " and p.merged_into is null and p.name_keys <> ''";
        Map<Integer, java.util.PriorityQueue<Found>> found = new HashMap<>();
        try (Stream<?> rows = NativeQueries.bind(personRepository.getEntityManager().createNativeQuery(sql), parameters)
                .setHint("org.hibernate.fetchSize", FETCH).getResultStream()) {
            rows.forEach(r -> {
                Object[] person = (Object[]) r;
                // only the keys some row has can complete a row's words
                List<String> primaries = primaries((String) person[1]).stream().filter(wordsOfAnyRow::contains).toList();
                if (primaries.size() > MOST_KEYS) {
                    // a record with many aliases: some of its keys, in alphabetical order, stand for it
                    // (subsets grow fast); it may then be missed by a row, never wrongly matched
                    primaries = primaries.subList(0, MOST_KEYS);
                }
                Set<Integer> rowsOfPerson = new LinkedHashSet<>();
                for (int size : sizes) {
                    subsets(primaries, size, 0, new ArrayList<>(), words -> {
                        List<Integer> matching = rowsByWords.get(String.join(" ", words));
                        if (matching != null) {
                            rowsOfPerson.addAll(matching);
                        }
                    });
                }
                if (rowsOfPerson.isEmpty()) {
                    return;
                }
                Sex sex = person[2] == null ? null : Sex.valueOf(String.valueOf(person[2]));
                LocalDate date = person[3] == null ? null : person[3] instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) person[3];
                java.util.Optional<BirthRange> born = BirthRange.of(date,
                        person[4] == null ? null : DateOfBirthPrecision.valueOf(String.valueOf(person[4])));
                for (int row : rowsOfPerson) {
                    double score = DuplicateCheck.likeness(inputs.get(row), sex, born, List.of(), 1.0)
                            .map(DuplicateCheck.Likeness::score).orElse(0.0);
                    if (score + DuplicateCheck.NATIONALITY_WEIGHT < DuplicateCheck.LIKELY) {
                        continue;
                    }
                    java.util.PriorityQueue<Found> kept = found.computeIfAbsent(row, k -> new java.util.PriorityQueue<>(WORST_FIRST));
                    Found candidate = new Found((UUID) person[0], (String) person[5], null, sex, born, score);
                    if (kept.size() < KEPT_PER_ROW || WORST_FIRST.compare(candidate, kept.peek()) > 0) {
                        keep(kept, new Found(candidate.id(), candidate.registrationNumber(), name(person), sex, born, score));
                    }
                }
            });
        }
        Map<Integer, List<Found>> best = new HashMap<>();
        found.forEach((row, kept) -> best.put(row, List.copyOf(kept)));
        return best;
    }

    /** The best few of a row's candidates (the least likely at the head), so that a common name does not fill the memory. */
    private static void keep(java.util.PriorityQueue<Found> kept, Found candidate) {
        kept.add(candidate);
        if (kept.size() > KEPT_PER_ROW) {
            kept.poll();
        }
    }

    private static List<String> primaries(String nameKeys) {
        Set<String> primaries = new TreeSet<>();
        for (String token : nameKeys.split(" ")) {
            if (!token.isEmpty() && token.charAt(0) != '+' && token.charAt(0) != '~' && token.charAt(0) != '-') {
                primaries.add(token);
            }
        }
        return List.copyOf(primaries);
    }

    /** Every subset of {@code size} of the sorted keys, in order (a person has a handful of keys). */
    private static void subsets(List<String> keys, int size, int from, List<String> chosen,
            java.util.function.Consumer<List<String>> each) {
        if (chosen.size() == size) {
            each.accept(chosen);
            return;
        }
        for (int i = from; i <= keys.size() - (size - chosen.size()); i++) {
            chosen.add(keys.get(i));
            subsets(keys, size, i + 1, chosen, each);
            chosen.remove(chosen.size() - 1);
        }
    }

    private Map<UUID, List<String>> nationalitiesOf(Set<UUID> ids) {
        Map<UUID, List<String>> byPerson = new HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += NATIONALITIES_AT_ONCE) {
            List<?> rows = personRepository.getEntityManager()
                    .createNativeQuery("select person_id, country from person_nationality where person_id in (:ids)")
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + NATIONALITIES_AT_ONCE))).getResultList();
            rows.forEach(r -> byPerson.computeIfAbsent((UUID) ((Object[]) r)[0], k -> new ArrayList<>())
                    .add((String) ((Object[]) r)[1]));
        }
        return byPerson;
    }

    private static String name(Object[] person) {
        return Stream.of(person[6], person[7], person[8], person[9]).filter(Objects::nonNull).map(String::valueOf).distinct()
                .collect(Collectors.joining(" "));
    }
}
