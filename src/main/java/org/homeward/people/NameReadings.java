package org.homeward.people;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other readings of a word, one spelling convention each (docs/adr/015): the article glued or
 * assimilated, Maghrebi l-, ben- and bou-, an article inside a word, a foreign name's lost hamza,
 * dad as dh or z, and letters as the language that wrote the name reads them (Maghrebi, Turkish,
 * Russian, German and Dutch, Italian, Irish and Spanish, French silent endings).
 */
final class NameReadings {

    /** Sun letters, as Latin writes them: the article before them is assimilated (ash-Shami, ar-Rashid). */
    private static final Pattern ASSIMILATED_ARTICLE = Pattern.compile("^[aeiu](sh|th|dh|[tdrzsn])\\1(.{3,})$");
    private static final Pattern GLUED_ARTICLE = Pattern.compile("^(?:al|el|ul|il)(.{4,})$");
    private static final Pattern INNER_ARTICLE = Pattern.compile("^(.{3,}?)(?:el|al|ul|il)(.{4,})$");
    /** French endings whose last letter is not heard, so not written in Arabic (Dubois دوبوا, Bernard برنار). */
    private static final Pattern FRENCH_SILENT_END = Pattern.compile("^(.{2,}(?:oi|ai|ar|er|au|eu|en))[sdtx]$");

    private NameReadings() {
    }

    /**
     * The other readings of a word, each one convention applied to the word as written: its
     * keys, and those of them that also have a broad form (a letter read another way, h for kh,
     * is matched as written: its broad form would meet names it is not, Ghassan for Hassan).
     */
    record Readings(Set<String> keys, Set<String> broadened) {
    }

    static Readings alternates(String unit, String primary, boolean arabicScript) {
        Set<String> spellings = new LinkedHashSet<>();
        Set<String> letters = new LinkedHashSet<>();
        if (arabicScript) {
            Set<String> keys = new LinkedHashSet<>();
            // an article inside a word: نورالهدى is نور الهدى, عزالدين is عز الدين
            int inner = unit.indexOf("ال", 2);
            if (inner >= 2 && unit.length() - inner - 2 >= 2 && !unit.startsWith("عبد")) {
                String left = unit.substring(0, inner);
                String right = unit.substring(inner + 2);
                keys.addAll(keysOf(List.of(left + right, left, right), primary, true));
            }
            if (unit.startsWith("ال") && unit.length() > 3) {
                // not an article but a foreign name's opening, its hamza lost (إلتشين Elchin, ألكسندر Alexander)
                String opening = NameSkeleton.arabicSkeleton("ا" + unit.substring(2));
                if (!opening.isEmpty()) {
                    keys.add("AL" + opening.substring(1));
                }
            }
            Set<String> broadened = new LinkedHashSet<>(keys);
            if (unit.indexOf('ض') >= 0) {
                // dad is written d, dh or z (Ramadan, Ramadhan, Ramazan; Fadil, Fadhil)
                keys.addAll(keysOf(List.of(unit.replace('ض', 'ذ')), primary, true));
            }
            keys.remove(primary);
            return new Readings(keys, broadened);
        }
        Matcher glued = GLUED_ARTICLE.matcher(unit);
        if (glued.matches()) {
            spellings.add(glued.group(1)); // Alkurdi, Elkhatib
        }
        Matcher assimilated = ASSIMILATED_ARTICLE.matcher(unit);
        if (assimilated.matches()) {
            spellings.add(assimilated.group(1) + assimilated.group(2)); // Assaadi, Ennaimi, Ashshami
        }
        Set<String> keys = new LinkedHashSet<>();
        if (unit.matches("^l[aeiou].{3,}")) {
            // Maghrebi article: Lahmadi (al-Ahmadi), Lahcen (al-Hasan), Larbi (al-Arabi); a name of
            // its own that opens on l (Layla, Lina) would read as another short name, so at least three letters
            List<String> withoutArticle = NameSkeleton.isVowel(unit.charAt(2)) ? List.of(unit.substring(1))
                    : List.of(unit.substring(1), unit.substring(2));
            keysOf(withoutArticle, primary, false).stream().filter(key -> key.length() >= 3).forEach(keys::add);
        }
        if (unit.matches("^(ben|bin|ibn).{3,}")) {
            spellings.add(unit.substring(3)); // Bensaid = Ben Said
        }
        if (unit.matches("^bou[^aeiou].{2,}")) {
            spellings.add("abu" + unit.substring(3)); // Boubakeur = Abu Bakr
        }
        Matcher inner = INNER_ARTICLE.matcher(unit);
        if (inner.matches() && !unit.startsWith("abd")) {
            // Nourelhouda = Nour al-Houda, Saadeddine = Saad ad-Din
            spellings.add(inner.group(1) + inner.group(2));
            spellings.add(inner.group(1));
            spellings.add(inner.group(2));
        }
        // letters read by the convention of the language that wrote the name: Arabic names in
        // Maghrebi, Turkish or Russian spelling are matched as read; a European name's reading
        // also has a broad form, since it is what comes back from Arabic script
        letters.add(unit.replaceAll("(?<![sckgtdzp])h", "kh")); // Maghrebi, Turkish, Uzbek h for kh: Hadidja, Halil, Shahzod
        letters.add(unit.replace("kh", "h")); // Russian kh for h: Akhmed, Khasan
        letters.add(unit.replaceAll("c(?=[ei])", "j")); // Turkish c: Cemal, Cihan
        if (unit.indexOf('z') == unit.lastIndexOf('z')) {
            letters.add(unit.replaceAll("(?<=[aeiou])z(?=[aeiou])", "d")); // Turkish z for dad: Ramazan, Riza
        }
        letters.add(unit.replace("dh", "d")); // dad written dh: Fadhil, Ramadhan
        letters.add(unit.replaceAll("g(?!h)", "q")); // Maghrebi g for qaf: Belgacem, Guerfi
        letters.add(unit.replace("zh", "j")); // Russian zh: Zhanna / جانا
        // German and Dutch: j is y, w is v, ch is kh or h, z is ts (Jussuf, Tatjana, Wagner, Chalid, Machmud, Zeller)
        spellings.add(unit.replaceAll("j(?=[aeiou])", "y").replace("w", "v").replace("ch", "kh").replace("z", "ts"));
        spellings.add(unit.replace("ch", "h"));
        // Italian, Irish, Spanish: ch and c are k, j is kh (Chiara, Ciaran, Lujan)
        spellings.add(unit.replace("ch", "k").replace("c", "k").replace("j", "kh"));
        Matcher silent = FRENCH_SILENT_END.matcher(unit);
        if (silent.matches()) {
            spellings.add(silent.group(1)); // Dubois / دوبوا, Bernard / برنار
        }
        keys.addAll(keysOf(spellings, primary, false));
        Set<String> broadened = new LinkedHashSet<>(keys);
        keys.addAll(keysOf(letters, primary, false));
        return new Readings(keys, broadened);
    }

    static Set<String> keysOf(Collection<String> spellings, String primary, boolean arabicScript) {
        Set<String> keys = new LinkedHashSet<>();
        for (String spelling : spellings) {
            String key = arabicScript ? NameSkeleton.arabicSkeleton(spelling) : NameSkeleton.latinSkeleton(NameKeys.servant(spelling));
            if (key.length() >= 2 && !key.equals(primary)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
