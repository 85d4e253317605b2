package org.homeward.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names reduced to what survives every spelling, in both scripts (docs/adr/009-name-keys.md,
 * 015-name-matching-across-conventions.md).
 *
 * <p>{@link #arabic} and {@link #latin} normalise within a script: vowel marks, tatweel and the
 * hamza seats of Arabic; case, accents, apostrophes, articles and "bin/ibn" of Latin. {@link #wordKeys}
 * goes further, to a consonant skeleton common to both scripts — the letters a transliteration
 * keeps, vowels dropped, each Arabic letter and its usual Latin renderings folded into one class,
 * and a word that opens on a vowel, alef or ain marked {@code A} (Omar / عمر = {@code AMR}) — so
 * that Muhammad, Mohammed, Mohamad, Mhmd, محمد and مُحَمَّد all become {@code MHMT}.
 *
 * <p>A spelling convention that cannot be folded into the skeleton without confusing two names
 * gives the word <em>alternate</em> keys (the article glued to the name, Maghrebi l-, h for kh,
 * German j for y, French silent endings…), and every key a <em>broad</em> form in which the
 * letters one script splits and the other does not (g/j/q/k, s/z/ts, d/t) are one: how foreign
 * names come back from Arabic script. A match on a primary key is worth more than one on an
 * alternate, and that more than one on a broad key (see {@link PersonRepository}).
 */
public final class NameKeys {

    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾ´]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.,;:/()]+");
    /** Latin articles written apart from the name ("al-Hassan", "el Sayed", "ash-Shami"). */
    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ul", "il", "ad", "ed", "ar", "er", "as",
            "es", "ash", "esh", "at", "et", "az", "ez", "an", "en", "adh", "ath", "al.", "l");
    /** Connectors between a name and a father's name: "bin", "ibn", "bint", "ben". */
    private static final Set<String> CONNECTORS = Set.of("bin", "ibn", "bint", "ben", "binti", "bn", "ابن", "بن", "بنت");
    /** Latin forms of "servant of", joined to the next word as in Arabic (Abd al-Rahman, Abdul Rahman). */
    private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdi", "abdil",
            "abdol", "abdoel", "abdur", "abder", "abdus", "abdes", "abdun", "abden");
    /** Latin forms of "father of", joined to the next word as in Arabic (Abu Bakr = Aboubakr). */
    private static final Set<String> ABU = Set.of("abu", "abou", "abo", "aboe", "ebu");
    /** Maghrebi "bel" (بال, of the), written apart or glued to the next word (Bel Hadj = Belhadj). */
    private static final String BEL = "bel";
    /** The second word of a theophoric compound, joined to the first (Izz al-Din = Ezzeddine, Nasr Allah = Nasrallah). */
    private static final Set<String> DIN = Set.of("din", "deen", "dine", "ddin", "ddine", "eddine", "eddin", "uddin",
            "addin", "iddin", "udin", "edin");
    private static final Set<String> ALLAH = Set.of("allah", "ullah", "llah", "alla", "ulla", "allahi");
    /** Any letter of a script other than Latin and Arabic (Cyrillic, Greek…): transliterated by ICU. */
    private static final Pattern OTHER_SCRIPT = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}\\p{IsArabic}]]");

    /** The shortest key that has near keys (WordKeys#nearTokens). */
    private static final int SHORTEST_NEAR_KEY = 4;
    /** The length of {@code person.name_keys}. */
    private static final int MAX_KEY_TEXT = 2000;

    private NameKeys() {
    }

    /**
     * The keys of one name word: its skeleton, the skeletons of the other ways its spelling is
     * read (none for most words), and the broad form of each.
     */
    public record WordKeys(String primary, Set<String> alternates, Set<String> broad) {

        /**
         * As stored in {@code person.name_keys}: the primary as it is, alternates marked +, broad
         * ~, and the primary's near keys marked - (see {@link #nearTokens}).
         */
        List<String> tokens() {
            List<String> tokens = new ArrayList<>();
            tokens.add(primary);
            alternates.forEach(alternate -> tokens.add("+" + alternate));
            broad.forEach(key -> tokens.add("~" + key));
            tokens.addAll(nearTokens());
            return tokens;
        }

        /**
         * The primary and each form of it with one letter left out: two keys within one letter of
         * each other (one typed, left out, added or struck for another) share one of these. A key
         * of three letters or fewer has none: one letter apart, HSN and HSM are Hassan and Hisham.
         */
        Set<String> nearTokens() {
            Set<String> near = new LinkedHashSet<>();
            if (primary.length() >= SHORTEST_NEAR_KEY) {
                near.add("-" + primary);
                for (int i = 0; i < primary.length(); i++) {
                    near.add("-" + primary.substring(0, i) + primary.substring(i + 1));
                }
            }
            return near;
        }

        /** The stored tokens that meet this word as an alternate reading, on either side. */
        Set<String> alternateTokens() {
            Set<String> tokens = new LinkedHashSet<>();
            tokens.add("+" + primary);
            for (String alternate : alternates) {
                tokens.add(alternate);
                tokens.add("+" + alternate);
            }
            tokens.remove(primary);
            return tokens;
        }

        Set<String> broadTokens() {
            Set<String> tokens = new LinkedHashSet<>();
            broad.forEach(key -> tokens.add("~" + key));
            return tokens;
        }
    }

    /** Arabic script as one writes it without marks: bare alef, final ha for ta marbuta, ya for alef maqsura. */
    public static String arabic(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String bare = ARABIC_MARKS.matcher(text).replaceAll("");
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى', 'ی', 'ې', 'ے', 'ئ' -> 'ي';
                case 'ؤ' -> 'و';
                case 'ک', 'ڪ' -> 'ك';
                case 'ھ', 'ہ', 'ۀ', 'ە' -> 'ه';
                case 'گ' -> 'ج';
                case 'پ' -> 'ب';
                case 'چ' -> 'ج';
                case 'ژ' -> 'ج'; // zh, the French j: ژان Jean, ژانا Zhanna
                case 'ڤ', 'ڥ' -> 'ف';
                default -> c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠')
                        : c >= '۰' && c <= '۹' ? (char) ('0' + c - '۰') : c;
            });
        }
        return String.join(" ", words(out.toString()));
    }

    /** Latin script in lower case, without accents, apostrophes, hyphens, articles or "bin". */
    public static String latin(String text) {
        if (text == null) {
            return "";
        }
        // spelled out before the accents go (ş is sh, not s) and after (ǿ leaves an ø behind)
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String plain = spelledOut(COMBINING.matcher(Normalizer.normalize(spelledOut(composed), Normalizer.Form.NFD))
                .replaceAll(""));
        plain = APOSTROPHES.matcher(plain).replaceAll("");
        List<String> kept = new ArrayList<>();
        for (String word : words(plain)) {
            if (!LATIN_ARTICLES.contains(word) && !CONNECTORS.contains(word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    /**
     * Letters whose accent is a sound of its own: Turkish ş ç ğ ı, Slavic š č ć ž, and the
     * ligatures and barred letters no decomposition takes apart.
     */
    private static String spelledOut(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'ş', 'š', 'ș' -> out.append("sh");
                case 'ç', 'č', 'ć' -> out.append("ch");
                case 'ž' -> out.append("zh");
                case 'ğ' -> out.append("gh");
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ł' -> out.append('l');
                case 'đ' -> out.append("dj");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The cross-script skeletons of a name, one per word ("Abd al-Rahman" is one word, as in
     * Arabic), in order. Words of one letter or none (initials, lone vowels) are left out.
     */
    public static List<String> keys(String text) {
        return wordKeys(text).stream().map(WordKeys::primary).toList();
    }

    /** The keys of each word of a name, in order (see {@link WordKeys}). */
    public static List<WordKeys> wordKeys(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String written = OTHER_SCRIPT.matcher(text).find() ? Transliteration.toLatin(text) : text;
        // each run of words in one script is read by that script's rules ("Mohammed الحسن")
        List<String> units = new ArrayList<>();
        List<Boolean> arabicUnits = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean runArabic = null;
        for (String word : written.strip().split("\\s+")) {
            boolean arabic = isArabic(word);
            if (runArabic != null && arabic != runArabic) {
                addUnits(run.toString(), runArabic, units, arabicUnits);
                run.setLength(0);
            }
            run.append(word).append(' ');
            runArabic = arabic;
        }
        if (runArabic != null) {
            addUnits(run.toString(), runArabic, units, arabicUnits);
        }
        List<WordKeys> keys = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            boolean arabicScript = arabicUnits.get(u);
            String primary = arabicScript ? NameSkeleton.arabicSkeleton(unit) : NameSkeleton.latinSkeleton(servant(unit));
            if (primary.length() >= 2 || primary.length() == 1 && units.size() == 1) {
                NameReadings.Readings readings = NameReadings.alternates(unit, primary, arabicScript);
                Set<String> broad = new LinkedHashSet<>();
                broad.add(NameSkeleton.broad(primary));
                readings.broadened().forEach(alternate -> broad.add(NameSkeleton.broad(alternate)));
                keys.add(new WordKeys(primary, readings.keys(), broad));
            }
        }
        return keys;
    }

    /** Whether the text holds Arabic script. */
    static boolean isArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static void addUnits(String run, boolean arabic, List<String> units, List<Boolean> arabicUnits) {
        List<String> found = arabic ? arabicUnits(words(arabic(run))) : latinUnits(words(latin(run)));
        units.addAll(found);
        found.forEach(unit -> arabicUnits.add(arabic));
    }

    /** A person's names as registered, each part may be null. */
    public record Names(String given, String father, String grandfather, String family, String givenAr,
            String fatherAr, String grandfatherAr, String familyAr, Collection<String> aliases) {

        List<String> parts() {
            List<String> parts = new ArrayList<>();
            for (String part : new String[] { given, father, grandfather, family, givenAr, fatherAr, grandfatherAr,
                    familyAr }) {
                if (part != null) {
                    parts.add(part);
                }
            }
            parts.addAll(aliases);
            return parts;
        }
    }

    /**
     * What is stored of a person's names: the tokens of every part ({@link #keyText(Collection)})
     * and, for the duplicate queue, their blocks ({@code =GIVEN_FAMILY}): the broad forms of the
     * given and the family name, in each script and each reading, that two records of one person
     * share however differently each was spelled or however many parts each has.
     */
    public static String keyText(Names names) {
        Set<String> blocks = new LinkedHashSet<>();
        blocks.addAll(blocks(names.given(), names.family()));
        blocks.addAll(blocks(names.givenAr(), names.familyAr()));
        String tokens = keyText(names.parts());
        return blocks.isEmpty() ? tokens : capped(tokens + " " + String.join(" ", blocks));
    }

    private static Set<String> blocks(String given, String family) {
        List<WordKeys> givens = wordKeys(given);
        List<WordKeys> families = wordKeys(family);
        Set<String> blocks = new LinkedHashSet<>();
        if (givens.isEmpty() || families.isEmpty()) {
            return blocks;
        }
        WordKeys first = givens.get(0);
        WordKeys last = families.get(families.size() - 1);
        for (String g : readings(first)) {
            for (String f : readings(last)) {
                blocks.add("=" + NameSkeleton.broad(g) + "_" + NameSkeleton.broad(f));
            }
        }
        return blocks;
    }

    private static Set<String> readings(WordKeys word) {
        Set<String> all = new LinkedHashSet<>(List.of(word.primary()));
        all.addAll(word.alternates());
        return all;
    }

    /** Every stored token of a name's parts, each once, space-separated, as stored and indexed. */
    public static String keyText(Collection<String> parts) {
        Set<String> all = new LinkedHashSet<>();
        for (String part : parts) {
            List<WordKeys> words = wordKeys(part);
            words.forEach(word -> all.addAll(word.tokens()));
            // a compound written in two words is also stored glued, as it is often written (Nour al-Houda = Nourelhouda)
            for (int i = 0; i + 1 < words.size(); i++) {
                all.add("+" + NameSkeleton.glue(words.get(i).primary(), words.get(i + 1).primary()));
            }
        }
        return capped(String.join(" ", all));
    }

    /**
     * The column holds 2,000 characters: were a record to have more aliases than fit, the
     * primary keys are kept first, then the blocks, the alternate readings, the broad ones, the
     * near ones.
     */
    private static String capped(String tokens) {
        if (tokens.length() <= MAX_KEY_TEXT) {
            return tokens;
        }
        List<String> ordered = new ArrayList<>(List.of(tokens.split(" ")));
        ordered.sort(java.util.Comparator.comparingInt(NameKeys::rank));
        StringBuilder text = new StringBuilder();
        for (String token : ordered) {
            if (text.length() + token.length() + 1 > MAX_KEY_TEXT) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(token);
        }
        return text.toString();
    }

    private static int rank(String token) {
        return "=+~-".indexOf(token.charAt(0)) + 1;
    }

    /** Latin words grouped into the names they make: "abd" and "abu" take the next word, "al-Din" and "Allah" the one before. */
    private static List<String> latinUnits(List<String> words) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if ((ABD.contains(word) || ABU.contains(word) || word.equals(BEL)) && i + 1 < words.size()) {
                word = (ABD.contains(word) ? "abd" : ABU.contains(word) ? "abu" : BEL) + words.get(++i);
            }
            if (!units.isEmpty() && (DIN.contains(word) || ALLAH.contains(word))) {
                units.set(units.size() - 1, units.get(units.size() - 1) + (DIN.contains(word) ? "din" : "llah"));
            } else {
                units.add(word);
            }
        }
        return units;
    }

    private static List<String> arabicUnits(List<String> words) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (CONNECTORS.contains(word)) {
                continue;
            }
            if ((word.equals("عبد") || word.equals("ابو")) && i + 1 < words.size()) {
                word = word + words.get(++i);
            }
            if (!units.isEmpty() && (word.equals("الدين") || word.equals("الله"))) {
                units.set(units.size() - 1, units.get(units.size() - 1) + word.substring(2));
            } else {
                units.add(word);
            }
        }
        return units;
    }

    /** "Abdul-", "Abdel-", "Abdur-": "servant of" and the article, as the Arabic skeleton reads them. */
    static String servant(String word) {
        if (!word.startsWith("abd") || word.length() < 6) {
            return word;
        }
        String rest = word.substring(3).replaceFirst("^[aeiou]+", "");
        if (rest.startsWith("l") && rest.length() > 3) {
            rest = rest.substring(1);
        } else if (rest.length() > 3 && rest.charAt(0) == rest.charAt(1)) {
            rest = rest.substring(1);
        }
        return "abd" + rest;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(text.strip())) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
