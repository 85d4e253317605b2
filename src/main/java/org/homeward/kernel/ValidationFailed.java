package org.homeward.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Raised by a service when input breaks a rule; carries every broken rule, not just the first. */
public class ValidationFailed extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super("Validation failed: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first message per field, for showing next to form fields. */
    public Map<String, String> byField() {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        return byField;
    }
}
