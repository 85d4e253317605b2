package org.homeward.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void muhammadMeetsEveryOneOfHisSpellingsInBothScripts() {
        for (String spelling : List.of("Muhammad", "Mohammed", "Mohamad", "Mhmd", "Mohamed", "MUHAMMED", "Muhammed",
                "Mohammad", "Mehmet", "محمد", "مُحَمَّد", "مـحـمـد")) {
            assertEquals(List.of("MHMT"), NameKeys.keys(spelling), spelling);
        }
    }

    @Test
    void servantOfNamesAreOneWordWhicheverWayTheyAreWritten() {
        for (String spelling : List.of("Abd al-Rahman", "Abdul Rahman", "Abdel Rahman", "Abdurrahman",
                "Abdulrahman", "Abd ar-Rahman", "Abdelrahman", "عبد الرحمن", "عبدالرحمن")) {
            assertEquals(List.of("ABDRHMN"), NameKeys.keys(spelling), spelling);
        }
        for (String spelling : List.of("Abdallah", "Abdullah", "Abd Allah", "Abdellah", "عبد الله", "عبدالله")) {
            assertEquals(List.of("ABDL"), NameKeys.keys(spelling), spelling);
        }
    }

    @Test
    void arabicLosesItsMarksAndHamzaSeatsAndLatinItsAccentsArticlesAndConnectors() {
        assertEquals("احمد", NameKeys.arabic("أَحْمَد"));
        assertEquals("فاطمه", NameKeys.arabic("فاطمة"));
        assertEquals("مصطفي", NameKeys.arabic("مصطفى"));
        assertEquals("مومن", NameKeys.arabic("مؤمن"));
        assertEquals("عايشه", NameKeys.arabic("عائشة"));
        assertEquals("كريم 2021", NameKeys.arabic("کریم ٢٠٢١"));
        assertEquals("hassan", NameKeys.latin("al-Hassan"));
        assertEquals("sayed", NameKeys.latin("El Sayed"));
        assertEquals("omar khattab", NameKeys.latin("Omar ibn al-Khattab"));
        assertEquals("aicha", NameKeys.latin("Aïcha"));
        assertEquals("ubayd", NameKeys.latin("‘Ubayd"));
    }

    @Test
    void crossScriptKeysOfCommonNames() {
        String[][] pairs = { { "Fatima", "فاطمة" }, { "Fatimah", "فاطمه" }, { "Aisha", "عائشة" }, { "Yusuf", "يوسف" },
                { "Youssef", "يوسف" }, { "Khalid", "خالد" }, { "Hussein", "حسين" }, { "Omar", "عمر" },
                { "Ali", "علي" }, { "Walid", "وليد" }, { "Osama", "أسامة" }, { "Ibrahim", "إبراهيم" },
                { "Jamal", "جمال" }, { "Gamal", "جمال" }, { "Zainab", "زينب" }, { "Khadija", "خديجة" } };
        for (String[] pair : pairs) {
            assertEquals(NameKeys.keys(pair[1]), NameKeys.keys(pair[0]), pair[0] + " / " + pair[1]);
        }
    }

    /**
     * Each word of the query meets a key of the registered name in some reading, as the search
     * asks of the database (NameQuery): the primary, an alternate, or the broad form.
     */
    private static boolean meets(String query, String registered) {
        Set<String> stored = Set.of(NameKeys.keyText(List.of(registered)).split(" "));
        for (NameKeys.WordKeys word : NameKeys.wordKeys(query)) {
            Set<String> readings = new HashSet<>(word.alternateTokens());
            readings.add(word.primary());
            readings.addAll(word.broadTokens());
            readings.retainAll(stored);
            if (readings.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void assertMeet(String[][] pairs) {
        for (String[] pair : pairs) {
            assertTrue(meets(pair[0], pair[1]), pair[0] + " should meet " + pair[1] + ": " + NameKeys.wordKeys(pair[0])
                    + " / " + NameKeys.keyText(List.of(pair[1])));
            assertTrue(meets(pair[1], pair[0]), pair[1] + " should meet " + pair[0]);
        }
    }

    @Test
    void theArticleGluedOrAssimilatedKeysLikeAlX() {
        assertMeet(new String[][] { { "Alkurdi", "الكردي" }, { "Elkhatib", "al-Khatib" }, { "El Khatib", "الخطيب" },
                { "Lahmadi", "al-Ahmadi" }, { "Bensaid", "بن سعيد" }, { "as-Saadi", "السعدي" }, { "Assaadi", "al-Saadi" },
                { "ar-Rashid", "الرشيد" }, { "Arrashid", "al-Rashid" }, { "az-Zahrani", "الزهراني" },
                { "Ezzahrani", "al-Zahrani" }, { "en-Naimi", "النعيمي" }, { "Ennaimi", "al-Naimi" },
                { "Ashshami", "الشامي" }, { "Attamimi", "التميمي" }, { "Lahcen", "الحسن" }, { "Larbi", "العربي" } });
    }

    @Test
    void maghrebiAndFrenchConventions() {
        assertMeet(new String[][] { { "Ouadie", "وديع" }, { "Ouassila", "وسيلة" }, { "Djamila", "جميلة" },
                { "Djamel", "Jamal" }, { "Rachid", "رشيد" }, { "Aicha", "عائشة" }, { "Belgacem", "بلقاسم" },
                { "Hadidja", "خديجة" }, { "Amine", "أمين" }, { "Abdelhakime", "عبد الحكيم" }, { "Lahcen", "Lahsen" },
                { "Saïd", "سعيد" }, { "Zoubir", "الزبير" }, { "Naïma", "نعيمة" } });
    }

    @Test
    void turkishGermanDutchAndEnglishConventions() {
        assertMeet(new String[][] { { "Hüseyin", "حسين" }, { "Ömer", "عمر" }, { "Mustapha", "مصطفى" },
                { "Jussuf", "يوسف" }, { "Raheem", "رحيم" }, { "Hoessein", "Hussein" }, { "Chalid", "خالد" },
                { "Dschamila", "جميلة" }, { "Şükrü", "شكري" }, { "Cemal", "جمال" }, { "Yakup", "يعقوب" } });
    }

    @Test
    void compoundAndTheophoricNamesInOneTwoOrThreeWords() {
        assertMeet(new String[][] { { "Abd al-Aziz", "Abdulaziz" }, { "Abdelaziz", "عبد العزيز" },
                { "عبدالعزيز", "Abd al-Aziz" }, { "Abu Hafs", "Abouhafs" }, { "أبو حفص", "Abouhafs" },
                { "Izz al-Din", "Ezzeddine" }, { "عز الدين", "Ezzeddine" }, { "عزالدين", "Izz al-Din" },
                { "Nour al-Houda", "Nourelhouda" }, { "نور الهدى", "Nourelhouda" }, { "Nasr Allah", "نصرالله" },
                { "Abu Bakr", "Boubakeur" }, { "Saif al-Din", "Seifeddine" }, { "Abdurrahman", "عبد الرحمن" } });
    }

    @Test
    void foreignNamesWrittenInArabicScript() {
        assertMeet(new String[][] { { "Isabella", "إيزابيلا" }, { "Zeller", "تسيلر" }, { "Lujan", "لوخان" },
                { "Gareth", "غاريث" }, { "Scarpa", "سكاربا" }, { "Svetlana", "سفيتلانا" }, { "Olga", "أولغا" },
                { "Giulia", "جوليا" }, { "Peeters", "بيترز" }, { "Dubois", "دوبوا" }, { "Zhanna", "جانا" },
                { "Chiara", "كيارا" }, { "Schmidt", "شميت" }, { "Wagner", "فاغنر" }, { "Petrović", "بتروفيتش" },
                { "Анна", "Anna" }, { "Johansson", "يوهانسون" }, { "Bernard", "برنار" } });
    }

    /** Any text at all: no exception, and normalising twice changes nothing. */
    @Test
    void arbitraryUnicodeNeverBreaksItAndNormalisingIsIdempotent() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                int block = random.nextInt(6);
                int codePoint = switch (block) {
                    case 0 -> 0x0600 + random.nextInt(0x100);
                    case 1 -> 0x0750 + random.nextInt(0x30);
                    case 2 -> 0x20 + random.nextInt(0x5F);
                    case 3 -> 0xC0 + random.nextInt(0x180);
                    case 4 -> 0x300 + random.nextInt(0x70);
                    default -> random.nextInt(0x10FFFF);
                };
                if (!Character.isSurrogate((char) codePoint) || codePoint > 0xFFFF) {
                    text.appendCodePoint(codePoint);
                }
            }
            String input = text.toString();
            String arabic = NameKeys.arabic(input);
            assertEquals(arabic, NameKeys.arabic(arabic), "arabic() twice: " + input);
            String latin = NameKeys.latin(input);
            assertEquals(latin, NameKeys.latin(latin), "latin() twice: " + input);
            NameKeys.keyText(List.of(input));
        }
        // an alef-lam opening with nothing keyed after it (found by review, not by the fuzzer)
        NameKeys.keyText(List.of("الل!!"));
        assertEquals(List.of(), NameKeys.keys(null));
        assertEquals("", NameKeys.latin(null));
    }
}
