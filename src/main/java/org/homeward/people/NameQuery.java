package org.homeward.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name query as SQL on {@code person p}: for each of its words, how well the person's names
 * meet it (docs/adr/015-name-matching-across-conventions.md) —
 * 1.0 the same key, 0.9 an alternate reading of it on either side (an article glued, h for kh),
 * 0.8 its broad form (a foreign name back from Arabic script), 0.6 a key one letter apart (a
 * consonant mistyped, left out or added). Every test is an array overlap the GIN index of
 * {@code name_key_list} answers.
 *
 * <p>People are ranked by how many words they meet, then by how well — each word weighted, when
 * they meet different words, by how few of the people the caller may see carry it
 * ({@link #weight}) — then by how alike their names are written in the query's script.
 */
final class NameQuery {

    /** A query longer than this many name words is cut: nobody has more name parts. */
    static final int MAX_WORDS = 6;
    /** Carriers of a word are counted up to this many: beyond, a word is as common as can be. */
    static final int COUNTED = 1000;
    /** A word carried by fewer than this many of the people in scope is rare: it brings candidates. */
    private static final int RARE = 20;
    /** The most people the loosest reach weighs. */
    private static final int MOST_CANDIDATES = 2000;
    /** The least likeness of a person who meets only most of the query's words. */
    private static final double LEAST_LIKENESS = 0.65;

    /** How a query's words must meet a person's names for the person to be a candidate. */
    enum Reach {
        /** Every word meets one of the person's keys, in any reading: index lookups only. */
        EVERY_WORD_KEYED,
        /** Every word meets a key, or one a letter apart. */
        EVERY_WORD,
        /** Most words meet a key or a near one; the rare words bring the candidates. */
        MOST_WORDS
    }

    private final List<NameKeys.WordKeys> words;
    private final String script;
    private final String written;

    private NameQuery(List<NameKeys.WordKeys> words, String script, String written) {
        this.words = words;
        this.script = script;
        this.written = written;
    }

    /** The query's words, or none (an empty query, or initials only). */
    static NameQuery of(String q) {
        List<NameKeys.WordKeys> all = NameKeys.wordKeys(q);
        List<NameKeys.WordKeys> distinct = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (NameKeys.WordKeys word : all) {
            if (seen.add(word.primary()) && distinct.size() < MAX_WORDS) {
                distinct.add(word);
            }
        }
        boolean arabic = NameKeys.isArabic(q);
        // as written, without the control characters PostgreSQL refuses in text (a NUL)
        String written = (arabic ? NameKeys.arabic(q) : NameKeys.latin(q)).replaceAll("\\p{Cc}", "");
        return new NameQuery(distinct, arabic ? "ar" : "latin", written);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    int size() {
        return words.size();
    }

    /** Whether some word has near keys (a key of four letters or more). */
    boolean hasNearKeys() {
        return words.stream().anyMatch(word -> !word.nearTokens().isEmpty());
    }

    List<String> primaries() {
        return words.stream().map(NameKeys.WordKeys::primary).toList();
    }

    /** The weight of a word carried by {@code carriers} people (counted up to {@link #COUNTED}). */
    static double weight(long carriers) {
        return Math.log((COUNTED + 1.0) / (Math.min(carriers, COUNTED) + 1.0)) + 1;
    }

    /** The condition on {@code person p} that the person carries word {@code i} in some reading. */
    String carries(int i, Map<String, Object> parameters) {
        bind(Map.of(), parameters);
        return keyed(i);
    }

    /**
     * The condition a candidate meets, its parameters put in {@code parameters}; {@code within}
     * is the list's own condition (the caller's scope and filters), which the loosest reach
     * applies before it takes its few thousand candidates.
     */
    String condition(Reach reach, Map<String, Double> weights, String within, Map<String, Object> parameters) {
        bind(weights, parameters);
        List<String> each = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            each.add(reach == Reach.EVERY_WORD_KEYED ? keyed(i) : met(i));
        }
        if (reach != Reach.MOST_WORDS) {
            return "(" + String.join(" and ", each) + ")";
        }
        // the rare words bring the candidates, by their keys (a query's "Mohammed" would bring
        // 90,000 people), and at most a few thousand of them
        List<String> rare = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (weights.getOrDefault(words.get(i).primary(), Double.MAX_VALUE) > weight(RARE)) {
                rare.add(keyed(i));
            }
        }
        if (rare.isEmpty()) {
            return "false";
        }
        int most = (words.size() + 1) / 2;
        // one word met of two is not most of them: it must be met as spelled or read (not only
        // broadly), and the other must at least resemble the person's names
        return "p.id in (select p.id from person p where " + within + " and (" + String.join(" or ", rare)
                + ") order by p.registration_number limit " + MOST_CANDIDATES + ") and " + (words.size() == 2 ? matched(0.85) + " >= 1 and " + likeness() + " >= " + LEAST_LIKENESS
                        : matched(0) + " >= " + most);
    }

    /**
     * How alike the whole query is to the person's names, 0 to 1: each word's score, or if it
     * meets nothing, how alike its key is to the nearest of the person's keys (a person meeting
     * one word of two must at least resemble the query in the other).
     */
    private String likeness() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            terms.add("greatest(" + score(i) + ", word_similarity(:nameKey" + i + ", p.name_keys))");
        }
        return "((" + String.join(" + ", terms) + ") / " + words.size() + ")";
    }

    /** How many of the query's words the person's names meet with a score over {@code least}. */
    private String matched(double least) {
        return matched(least, NameQuery::score);
    }

    private String matched(double least, java.util.function.IntFunction<String> score) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            terms.add("case when " + score.apply(i) + " > " + least + " then 1 else 0 end");
        }
        return "(" + String.join(" + ", terms) + ")";
    }

    /** How well, 0 to 1: each word's score weighted by the rarity of its key. */
    private String relevance(java.util.function.IntFunction<String> score) {
        List<String> terms = new ArrayList<>();
        List<String> total = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            terms.add(":nameWeight" + i + " * " + score.apply(i));
            total.add(":nameWeight" + i);
        }
        return "((" + String.join(" + ", terms) + ") / (" + String.join(" + ", total) + "))";
    }

    /**
     * The candidates of {@code fromWhere} (a from and where clause on {@code person p}), best
     * first: most words met, then best met, then written most alike, then registration number.
     * Each word's score is computed once per person, in a fenced subquery ("offset 0" keeps the
     * planner from copying the scores into every term of the order). Answers (id, relevance).
     */
    String ranked(String fromWhere) {
        List<String> scores = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            scores.add(score(i) + " as s" + i);
        }
        java.util.function.IntFunction<String> scored = i -> "r.s" + i;
        return "select r.id, " + relevance(scored) + " from (select p.id, p.registration_number, "
                + String.join(", ", scores) + ", " + writtenAlike() + " as written from " + fromWhere
                + " offset 0) r order by " + matched(0, scored) + " desc, " + relevance(scored)
                + " desc, r.written desc, r.registration_number";
    }

    /** The order of candidates (as {@link #ranked}), inline: for a statement that reads more than ids. */
    String order() {
        return matched(0, NameQuery::score) + " desc, " + relevance(NameQuery::score) + " desc, " + writtenAlike() + " desc";
    }

    /** How alike the names are written in the query's own script (the last word of the ranking). */
    private String writtenAlike() {
        String names = script.equals("ar")
                ? "concat_ws(' ', p.given_name_ar, p.father_name_ar, p.grandfather_name_ar, p.family_name_ar)"
                : "concat_ws(' ', p.given_name, p.father_name, p.grandfather_name, p.family_name)";
        return "similarity(:nameWritten, " + names + ")";
    }

    private void bind(Map<String, Double> weights, Map<String, Object> parameters) {
        for (int i = 0; i < words.size(); i++) {
            NameKeys.WordKeys word = words.get(i);
            parameters.put("nameKey" + i, word.primary());
            parameters.put("namePrimary" + i, array(List.of(word.primary())));
            parameters.put("nameAlternate" + i, array(word.alternateTokens()));
            parameters.put("nameBroad" + i, array(word.broadTokens()));
            Set<String> all = new LinkedHashSet<>(List.of(word.primary()));
            all.addAll(word.alternateTokens());
            all.addAll(word.broadTokens());
            parameters.put("nameAny" + i, array(all));
            parameters.put("nameNear" + i, array(word.nearTokens()));
            all.addAll(word.nearTokens());
            parameters.put("nameAnyOrNear" + i, array(all));
            parameters.put("nameWeight" + i, weights.getOrDefault(word.primary(), 1.0));
        }
        parameters.put("nameWritten", written);
    }

    /** Keys are [A-Z0-9] with a + or ~ mark (NameKeys): the array literal needs no quoting. */
    private static String array(java.util.Collection<String> keys) {
        return "{" + String.join(",", keys) + "}";
    }

    private static String keyed(int i) {
        return "p.name_key_list && cast(:nameAny" + i + " as text[])";
    }

    private static String met(int i) {
        return "p.name_key_list && cast(:nameAnyOrNear" + i + " as text[])";
    }

    private static String score(int i) {
        return "(case when p.name_key_list @> cast(:namePrimary" + i + " as text[]) then 1.0"
                + " when p.name_key_list && cast(:nameAlternate" + i + " as text[]) then 0.9"
                + " when p.name_key_list && cast(:nameBroad" + i + " as text[]) then 0.8"
                + " when p.name_key_list && cast(:nameNear" + i + " as text[]) then 0.6 else 0 end)";
    }
}
