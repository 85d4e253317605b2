package org.homeward.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateExtension;

/**
 * {@code {field:label(name, msg:lang)}}: a form field's name in the user's language, by the name
 * it has in forms and in the API, so that an error summary can say which field each message is
 * about ("Given name: required") without every form listing its labels again. A field in a group
 * is named by its group: {@code children[1].givenName} is "Children 2 · Given name". An unknown
 * field has no label (the summary then shows the message alone).
 */
@TemplateExtension(namespace = "field")
public final class FieldLabels {

    private static final String BUNDLE = "labels.fields";
    private static final Pattern PART = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private FieldLabels() {
    }

    static String label(String field, String language) {
        ResourceBundle labels;
        try {
            labels = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));
        } catch (MissingResourceException none) {
            return "";
        }
        List<String> named = new ArrayList<>();
        for (String part : field.split("\\.")) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches() || !labels.containsKey(matcher.group(1))) {
                return "";
            }
            String label = labels.getString(matcher.group(1));
            named.add(matcher.group(2) == null ? label : label + " " + (Integer.parseInt(matcher.group(2)) + 1));
        }
        return String.join(" · ", named);
    }
}
