package org.homeward.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names reduced to what survives every spelling, in both scripts (docs/adr/009-name-keys.md).
 *
 * <p>{@link #arabic} and {@link #latin} normalise within a script: vowel marks, tatweel and the
 * hamza seats of Arabic; case, accents, apostrophes, articles and "bin/ibn" of Latin. {@link #keys}
 * goes further, to a consonant skeleton common to both scripts — the letters a transliteration
 * keeps, vowels dropped, each Arabic letter and its usual Latin renderings folded into one class,
 * and a word that opens on a vowel, alef or ain marked {@code A} (Omar / عمر = {@code AMR}) — so
 * that Muhammad, Mohammed, Mohamad, Mhmd, محمد and مُحَمَّد all become {@code MHMT}.
 */
public final class NameKeys {

    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾ´]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.,;:/()]+");
    /** Latin articles written apart from the name ("al-Hassan", "el Sayed", "ash-Shami"). */
    private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ul", "il", "ad", "ed", "ar", "er", "as",
            "es", "ash", "esh", "at", "et", "az", "ez", "an", "en", "adh", "ath", "al.");
    /** Connectors between a name and a father's name: "bin", "ibn", "bint", "ben". */
    private static final Set<String> CONNECTORS = Set.of("bin", "ibn", "bint", "ben", "binti", "bn", "ابن", "بن", "بنت");
    /** Latin forms of "servant of", joined to the next word as in Arabic (Abd al-Rahman, Abdul Rahman). */
    private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdoul", "abdu", "abdi", "abdil");

    private NameKeys() {
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
                case 'ژ' -> 'ز';
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
        String plain = COMBINING.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> kept = new ArrayList<>();
        for (String word : words(plain)) {
            if (!LATIN_ARTICLES.contains(word) && !CONNECTORS.contains(word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The cross-script skeletons of a name, one per word ("Abd al-Rahman" is one word, as in
     * Arabic), in order. Words of one letter or none (initials, lone vowels) are left out.
     */
    public static List<String> keys(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        boolean arabicScript = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        List<String> words = arabicScript ? words(arabic(text)) : words(latin(text));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (arabicScript && CONNECTORS.contains(word)) {
                continue;
            }
            // "servant of ..." is one name: join it to the word that follows
            boolean servant = arabicScript ? word.equals("عبد") : ABD.contains(word);
            if (servant && i + 1 < words.size()) {
                word = (arabicScript ? "عبد" : "abd") + words.get(++i);
            } else if (!arabicScript && word.startsWith("abdul") && word.length() > 6) {
                word = "abd" + word.substring(5);
            } else if (!arabicScript && (word.startsWith("abdel") || word.startsWith("abdal")) && word.length() > 6) {
                word = "abd" + word.substring(5);
            }
            String key = arabicScript ? arabicSkeleton(word) : latinSkeleton(word);
            if (key.length() >= 2 || key.length() == 1 && words.size() == 1) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** All keys of a name's parts, each once, space-separated, as stored and indexed. */
    public static String keyText(java.util.Collection<String> parts) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (String part : parts) {
            all.addAll(keys(part));
        }
        return String.join(" ", all);
    }

    private static String arabicSkeleton(String word) {
        String w = word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
        // inside "abd" + article: عبدالرحمن -> عبد + رحمن
        w = w.startsWith("عبدال") && w.length() > 6 ? "عبد" + w.substring(5) : w;
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean first = i == 0;
            String letter = switch (c) {
                case 'ا', 'ع', 'ء' -> first ? "A" : "";
                case 'ب' -> "B";
                case 'ت', 'ط', 'ث' -> "T";
                case 'ج' -> "J";
                case 'ح', 'ه' -> "H";
                case 'خ', 'ق', 'ك' -> "K";
                case 'د', 'ض' -> "D";
                case 'ذ', 'ز', 'ظ' -> "Z";
                case 'ر' -> "R";
                case 'س', 'ص', 'ش' -> "S";
                case 'غ' -> "G";
                case 'ف' -> "F";
                case 'ل' -> "L";
                case 'م' -> "M";
                case 'ن' -> "N";
                case 'و' -> first ? "W" : "";
                case 'ي' -> first ? "Y" : "";
                default -> "";
            };
            append(key, letter);
        }
        return dropFinalH(key);
    }

    private static String latinSkeleton(String word) {
        StringBuilder key = new StringBuilder();
        String w = word.replaceAll("[^a-z0-9]", "");
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            boolean first = i == 0;
            String letter;
            if (c == 'k' && next == 'h' || c == 'g' && next == 'h' || c == 's' && next == 'h' || c == 't' && next == 'h'
                    || c == 'd' && next == 'h' || c == 'p' && next == 'h' || c == 'c' && next == 'h'
                    || c == 'z' && next == 'h') {
                letter = switch (c) {
                    case 'k' -> "K";
                    case 'g' -> "G";
                    case 's', 'c' -> "S";
                    case 't' -> "T";
                    case 'd', 'z' -> "Z";
                    default -> "F";
                };
                i++;
            } else if (c == 'd' && next == 'j') {
                letter = "J";
                i++;
            } else {
                letter = switch (c) {
                    case 'b', 'p' -> "B";
                    case 't' -> "T";
                    case 'j', 'g' -> "J";
                    case 'h' -> "H";
                    case 'k', 'q', 'c' -> "K";
                    case 'x' -> "KS";
                    case 'd' -> "D";
                    case 'z' -> "Z";
                    case 'r' -> "R";
                    case 's' -> "S";
                    case 'f', 'v' -> "F";
                    case 'l' -> "L";
                    case 'm' -> "M";
                    case 'n' -> "N";
                    case 'w' -> first ? "W" : "";
                    case 'y' -> first ? "Y" : "";
                    case 'a', 'e', 'i', 'o', 'u' -> first ? "A" : "";
                    default -> c >= '0' && c <= '9' ? String.valueOf(c) : "";
                };
            }
            append(key, letter);
        }
        return dropFinalH(key);
    }

    /** Doubled letters are written once in one spelling and twice in another: keep one. */
    private static void append(StringBuilder key, String letter) {
        for (char c : letter.toCharArray()) {
            if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
    }

    /**
     * A final ta marbuta or ha is written -a, -ah or -eh, or not at all; a final dal is often a t
     * in Turkish and Central Asian spellings (Ahmet, Mehmet): both ends are folded.
     */
    private static String dropFinalH(StringBuilder key) {
        String folded = key.length() > 1 && key.charAt(key.length() - 1) == 'H' ? key.substring(0, key.length() - 1)
                : key.toString();
        return folded.length() > 1 && folded.endsWith("D") ? folded.substring(0, folded.length() - 1) + "T" : folded;
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
