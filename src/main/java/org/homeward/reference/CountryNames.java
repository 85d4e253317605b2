package org.homeward.reference;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** {@code {country:name(code, msg:lang)}}: a country's name in the page's language, the code when it has none. */
@TemplateExtension(namespace = "country")
public final class CountryNames {

    private CountryNames() {
    }

    public static String name(String code, String language) {
        return Countries.name(code, Locale.forLanguageTag(language)).orElse(code);
    }
}
