package org.homeward.people;

/**
 * A word reduced to its consonant skeleton, the key both scripts share (docs/adr/009-name-keys.md):
 * each Arabic letter and its usual Latin renderings folded into one class, vowels dropped, a word
 * that opens on a vowel, alef or ain marked {@code A}, doubled letters written once, a final h or
 * ta marbuta left out. And the broad form of a key, in which the letters one script splits and the
 * other does not are one.
 */
final class NameSkeleton {

    private NameSkeleton() {
    }

    /** The letters one script tells apart and the other does not, as one: g/j/q/k, s/z/ts, d/t. */
    static String broad(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            char next = i + 1 < key.length() ? key.charAt(i + 1) : 0;
            if (c == 'T' && (next == 'S' || next == 'Z')) {
                continue; // ts, tz: the German z, written تس
            }
            append(out, String.valueOf(switch (c) {
                case 'G', 'J' -> 'K';
                case 'Z' -> 'S';
                case 'D' -> 'T';
                default -> c;
            }));
        }
        return out.toString();
    }

    static String arabicSkeleton(String word) {
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
                default -> c >= '0' && c <= '9' ? String.valueOf(c) : "";
            };
            append(key, letter);
        }
        return dropFinalH(key);
    }

    static String latinSkeleton(String word) {
        if (word.startsWith("abd") && word.length() > 4) {
            // "servant of" and the name it joins, each read on its own (abd|hakim is no dh), the
            // name's opening vowel unwritten as in Arabic (عبدالعزيز)
            StringBuilder key = new StringBuilder("ABD");
            String name = latinLetters(word.substring(3)).toString();
            append(key, name.isEmpty() || "AWY".indexOf(name.charAt(0)) < 0 ? name : name.substring(1));
            return dropFinalH(key);
        }
        return dropFinalH(latinLetters(word));
    }

    /** A Latin word's consonant classes, before its ending is folded. */
    static StringBuilder latinLetters(String word) {
        StringBuilder key = new StringBuilder();
        String w = word.replaceAll("[^a-z0-9]", "").replaceAll("ij(?![aeiou])", "ei").replace("dsch", "j").replace("tsch", "ch")
                .replaceAll("gu(?=[eiy])", "g");
        // a word opening on "ou" and a vowel opens on w, as French writes it (Ouadie, Oualid)
        w = w.matches("^ou[aeiy].*") ? "w" + w.substring(2) : w;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            boolean first = i == 0;
            String letter;
            if (next == 'h' && "kgstdpcz".indexOf(c) >= 0) {
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
                    case 'k', 'q' -> "K";
                    // c before e, i, y is an s in French and Spanish, otherwise a k
                    case 'c' -> next == 'e' || next == 'i' || next == 'y' ? "S" : "K";
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
        return key;
    }

    static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Doubled letters are written once in one spelling and twice in another: keep one. */
    static void append(StringBuilder key, String letter) {
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
    static String dropFinalH(StringBuilder key) {
        // ...unless a lone consonant would be left of the name (Yahya, يحيى: YH; Taha, Maha)
        boolean dropH = key.length() > 2 || key.length() == 2 && key.charAt(0) == 'A';
        String folded = dropH && key.charAt(key.length() - 1) == 'H' ? key.substring(0, key.length() - 1)
                : key.toString();
        return folded.length() > 1 && folded.endsWith("D") ? folded.substring(0, folded.length() - 1) + "T" : folded;
    }

    /** A compound's two keys as one (Nour + Houda = NRHD). */
    static String glue(String first, String second) {
        StringBuilder key = new StringBuilder(first);
        // the second word's opening vowel is not written inside a compound (Nour al-Ain = Nourelain)
        append(key, second.startsWith("A") ? second.substring(1) : second);
        return key.toString();
    }
}
