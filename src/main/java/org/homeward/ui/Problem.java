package org.homeward.ui;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An API error as RFC 9457 {@code application/problem+json}. {@code current} carries the stored
 * state on a conflicting edit, so the client can show what changed. {@code errors} are field
 * errors, or for an import's rows {@code {row, field, message}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<?> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
