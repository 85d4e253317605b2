package org.homeward.facilities;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.homeward.kernel.PlainText;

/**
 * What a user may set on a facility, from the API body or the page form. {@code version} is the
 * version the user edited (ignored on create); {@code code} cannot change after creation.
 */
public record FacilityInput(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,29}", message = "{facility.code.pattern}") String code,
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 200) @PlainText String nameAr,
        @NotNull FacilityType type,
        @Size(max = 100) @PlainText String governorate,
        UUID parentId,
        @PositiveOrZero @Max(1_000_000) Integer capacity,
        Boolean active,
        Long version) {

    /** Trims text and treats blanks as absent, so "  " is not a name. */
    FacilityInput normalized() {
        return new FacilityInput(upper(code), trim(name), trim(nameAr), type, trim(governorate), parentId, capacity,
                active == null || active, version);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(java.util.Locale.ROOT);
    }
}
