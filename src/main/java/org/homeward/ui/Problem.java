package org.homeward.ui;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.homeward.kernel.FieldError;

/**
 * An API error as RFC 9457 {@code application/problem+json}. {@code current} carries the stored
 * state on a conflicting edit, so the client can show what changed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
