package org.homeward.web;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import org.homeward.reference.Countries;

/** {@code {country:name(code)}}: a country's name in the page's language, the code when it has none. */
@TemplateExtension(namespace = "country")
public final class CountryNames {

    private CountryNames() {
    }

    static String name(String code, @TemplateAttribute("locale") Object locale) {
        Locale in = locale instanceof Locale given ? given
                : locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.toString());
        return Countries.name(code, in).orElse(code);
    }
}
