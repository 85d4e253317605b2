package org.homeward.kernel;

/** One broken rule on one field, in the user's language. */
public record FieldError(String field, String message) {
}
