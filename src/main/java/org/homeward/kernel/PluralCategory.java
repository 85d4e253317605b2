package org.homeward.kernel;

import java.util.Locale;

import com.ibm.icu.text.PluralRules;

/**
 * The plural category of a count by the language's own rules (CLDR, through ICU): Arabic has six
 * (zero, one, two, few, many, other), English two. A message chooses its form by the category,
 * never by comparing the number with 1. Pages ask it through {@code ui.Plurals}, files being
 * written (exports) directly.
 */
public final class PluralCategory {

    private PluralCategory() {
    }

    public static String of(long count, String language) {
        return PluralRules.forLocale(Locale.forLanguageTag(language)).select(count);
    }
}
