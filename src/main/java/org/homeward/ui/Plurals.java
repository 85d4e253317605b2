package org.homeward.ui;

import java.util.Locale;

import com.ibm.icu.text.PluralRules;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code {count.plural(lang)}} in templates: the plural category of a count by the language's own
 * rules (CLDR, through ICU): Arabic has six (zero, one, two, few, many, other), English two. A message
 * chooses its form by the category, never by comparing the number with 1.
 */
@TemplateExtension
public final class Plurals {

    private Plurals() {
    }

    static String plural(long count, String language) {
        return PluralRules.forLocale(Locale.forLanguageTag(language)).select(count);
    }
}
