package org.homeward.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** Collects every broken rule of one input before failing, so the user can fix all at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(FieldError error) {
        errors.add(error);
        return this;
    }

    /**
     * Adds Bean Validation's findings, except on fields that already have an error: a field that
     * could not even be read ("abc" as a number) is reported as such, not also as missing.
     */
    public FieldErrors addViolations(Set<? extends ConstraintViolation<?>> violations) {
        Set<String> alreadyReported = new java.util.HashSet<>();
        errors.forEach(error -> alreadyReported.add(error.field()));
        violations.stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .filter(error -> !alreadyReported.contains(error.field()))
                .forEach(errors::add);
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
