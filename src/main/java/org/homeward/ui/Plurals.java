package org.homeward.ui;

import io.quarkus.qute.TemplateExtension;
import org.homeward.kernel.PluralCategory;

/** {@code {count.plural(lang)}} in templates: the count's {@link PluralCategory} in the language. */
@TemplateExtension
public final class Plurals {

    private Plurals() {
    }

    static String plural(long count, String language) {
        return PluralCategory.of(count, language);
    }

    /** A count that may not be known yet (a check still running) reads as "other". */
    static String plural(Integer count, String language) {
        return count == null ? "other" : PluralCategory.of(count, language);
    }
}
