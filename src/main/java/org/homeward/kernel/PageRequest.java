package org.homeward.kernel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Checks the {@code page} and {@code size} of a list request against the API's limits. */
@RequestScoped
public class PageRequest {

    @Inject
    LocalizedText text;

    public void check(int page, int size) {
        FieldErrors errors = new FieldErrors();
        if (page < 0) {
            errors.add(text.error("page", "page.negative"));
        }
        if (size < 1 || size > PageOf.MAX_SIZE) {
            errors.add(text.error("size", "page.size", PageOf.MAX_SIZE));
        }
        errors.throwIfAny();
    }
}
