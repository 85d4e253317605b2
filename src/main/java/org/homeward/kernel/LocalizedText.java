package org.homeward.kernel;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Messages of business rules, in the user's language. They live beside the Bean Validation
 * messages ({@code ValidationMessages*.properties}) so that all field errors come from one place.
 */
@RequestScoped
public class LocalizedText {

    @Inject
    UserLocale locale;

    public String get(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale.get());
        return new MessageFormat(bundle.getString(key), locale.get()).format(arguments);
    }

    public FieldError error(String field, String key, Object... arguments) {
        return new FieldError(field, get(key, arguments));
    }

    /** For a create or update that arrived without a body at all. */
    public ValidationFailed missingBody() {
        return new ValidationFailed(java.util.List.of(error("body", "body.required")));
    }
}
