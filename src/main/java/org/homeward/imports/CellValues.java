package org.homeward.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.people.DateOfBirthPrecision;
import org.homeward.people.Sex;
import org.homeward.reference.Countries;

/**
 * A cell's text read as a value of the registry, the way registers in the region write it: dates
 * day first (31/12/1990, 31-12-1990, 31.12.1990) or ISO, a month (12/1990) or a year alone with
 * the precision that says so, Arabic-Indic digits as digits, sex and countries in English, Arabic
 * or French. Nothing here guesses: a value that is not clearly one thing is empty.
 */
final class CellValues {

    /** A date of birth as far as it is known. */
    record Born(LocalDate date, DateOfBirthPrecision precision) {
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Map<String, Sex> SEXES = new HashMap<>();
    private static final Map<String, String> COUNTRIES = new HashMap<>();

    static {
        for (String word : new String[] { "f", "female", "woman", "girl", "femme", "féminin", "feminin", "fille",
                "أنثى", "انثى", "امرأة", "امراة", "طفلة", "بنت" }) {
            SEXES.put(word, Sex.F);
        }
        for (String word : new String[] { "m", "male", "man", "boy", "h", "homme", "masculin", "garçon", "garcon",
                "ذكر", "رجل", "طفل", "ولد" }) {
            SEXES.put(word, Sex.M);
        }
        for (String code : Countries.codes()) {
            COUNTRIES.put(code, code);
            for (String language : new String[] { "en", "fr", "ar" }) {
                Countries.name(code, Locale.forLanguageTag(language)).ifPresent(name -> COUNTRIES.put(key(name), code));
            }
        }
        COUNTRIES.put(Countries.STATELESS, Countries.STATELESS);
        COUNTRIES.put(Countries.UNKNOWN, Countries.UNKNOWN);
    }

    private CellValues() {
    }

    static Optional<Sex> sex(String text) {
        return Optional.ofNullable(SEXES.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /** An ISO 3166 alpha-3 code, or a country's name in English, French or Arabic. */
    static Optional<String> country(String text) {
        String code = COUNTRIES.get(text.strip().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(code != null ? code : COUNTRIES.get(key(text)));
    }

    /**
     * A list of countries in one cell ("FRA; Belgique", "تونس، المغرب"): each one found is given to
     * {@code found}, each name that is not a country to {@code unknown}.
     */
    static void countries(String listed, java.util.function.Consumer<String> found, java.util.function.Consumer<String> unknown) {
        java.util.Arrays.stream(listed.split("[;/,،|]")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> country(name).ifPresentOrElse(found, () -> unknown.accept(name)));
    }

    /** A row number as a spreadsheet shows it (2 for the first row under the headers), in any digits. */
    static Optional<Integer> rowNumber(String text) {
        String digits = westernDigits(text.strip());
        // a workbook may keep a whole number as 3.0
        return digits.matches("\\d{1,7}(\\.0+)?") ? Optional.of(Integer.parseInt(digits.replaceAll("\\..*", "")))
                : Optional.empty();
    }

    /** A whole date, for a movement; empty when the text is not one or names a day that does not exist. */
    static Optional<LocalDate> date(String text) {
        return born(text).filter(born -> born.precision() == DateOfBirthPrecision.EXACT).map(Born::date);
    }

    static Optional<Born> born(String text) {
        String digits = westernDigits(text.strip());
        try {
            Matcher m = ISO.matcher(digits);
            if (m.matches()) {
                return Optional.of(new Born(LocalDate.of(n(m, 1), n(m, 2), n(m, 3)), DateOfBirthPrecision.EXACT));
            }
            m = DAY_FIRST.matcher(digits);
            if (m.matches()) {
                return Optional.of(new Born(LocalDate.of(n(m, 3), n(m, 2), n(m, 1)), DateOfBirthPrecision.EXACT));
            }
            m = MONTH_YEAR.matcher(digits);
            if (m.matches()) {
                return Optional.of(new Born(YearMonth.of(n(m, 2), n(m, 1)).atDay(1), DateOfBirthPrecision.MONTH));
            }
            m = YEAR.matcher(digits);
            if (m.matches()) {
                return Optional.of(new Born(LocalDate.of(n(m, 1), 1, 1), DateOfBirthPrecision.YEAR));
            }
        } catch (DateTimeException impossible) {
            // 31/02/2010: a date that does not exist is no date
        }
        return Optional.empty();
    }

    /** Arabic script in a name: the value belongs to the record's Arabic fields. */
    static boolean isArabic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    private static int n(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** ٠١٢ (Arabic-Indic) and ۰۱۲ (Persian) as 012. */
    static String westernDigits(String text) {
        StringBuilder western = new StringBuilder(text.length());
        text.codePoints().forEach(c -> western.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
        return western.toString();
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[\\p{M}\\s\\-'’.]+", "").toLowerCase(Locale.ROOT)
                .replace('أ', 'ا').replace('إ', 'ا').replace('ة', 'ه').replace('ى', 'ي');
    }
}
