package org.homeward.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.TemplateExtension;

/** Country names in the page's language, as {@code country:} in templates. */
@TemplateExtension(namespace = "country")
public final class CountryNames {

    /** A country as a picker offers it: its code and its name in the page's language. */
    public record Choice(String code, String name) {
    }

    private static final Map<String, List<Choice>> CHOICES = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    public static String name(String code, String language) {
        return Countries.name(code, Locale.forLanguageTag(language)).orElse(code);
    }

    /** Every country, by its name in {@code language} in that language's alphabetical order (computed once). */
    public static List<Choice> choices(String language) {
        return CHOICES.computeIfAbsent(language, CountryNames::sorted);
    }

    private static List<Choice> sorted(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Collator collator = Collator.getInstance(locale);
        return Countries.codes().stream().map(code -> new Choice(code, name(code, language)))
                .sorted(Comparator.comparing(Choice::name, collator)).toList();
    }
}
