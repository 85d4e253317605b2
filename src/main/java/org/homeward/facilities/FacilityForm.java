package org.homeward.facilities;

import java.util.UUID;

import org.homeward.web.FieldErrors;
import org.homeward.web.LocalizedText;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The facility form as typed, kept as text so that a wrong value ("abc" as capacity) is shown
 * back to the user exactly as they typed it, next to its error.
 */
public class FacilityForm {

    @RestForm
    public String code;
    @RestForm
    public String name;
    @RestForm
    public String nameAr;
    @RestForm
    public String type;
    @RestForm
    public String governorate;
    @RestForm
    public String parentId;
    @RestForm
    public String capacity;
    @RestForm
    public boolean active;
    @RestForm
    public String version;

    static FacilityForm blank() {
        FacilityForm form = new FacilityForm();
        form.active = true;
        return form;
    }

    static FacilityForm of(FacilityView facility) {
        FacilityForm form = new FacilityForm();
        form.code = facility.code();
        form.name = facility.name();
        form.nameAr = facility.nameAr();
        form.type = facility.type().name();
        form.governorate = facility.governorate();
        form.parentId = facility.parentId() == null ? null : facility.parentId().toString();
        form.capacity = facility.capacity() == null ? null : facility.capacity().toString();
        form.active = facility.active();
        form.version = Long.toString(facility.version());
        return form;
    }

    /** Reads what can be read; what cannot is reported in {@code errors} and left empty. */
    FacilityInput toInput(FieldErrors errors, LocalizedText text) {
        return new FacilityInput(code, name, nameAr, parse(FacilityType.class, type, "type", errors, text), governorate,
                uuid(parentId, errors, text), number(capacity, "capacity", errors, text, Integer::valueOf), active,
                number(version, "version", errors, text, Long::valueOf));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, FieldErrors errors,
            LocalizedText text) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(text.error(field, "value.choice"));
            return null;
        }
    }

    private static UUID uuid(String value, FieldErrors errors, LocalizedText text) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(text.error("parentId", "value.choice"));
            return null;
        }
    }

    private static <N extends Number> N number(String value, String field, FieldErrors errors, LocalizedText text,
            java.util.function.Function<String, N> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            errors.add(text.error(field, "value.number"));
            return null;
        }
    }
}
