package org.homeward.facilities;

import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.TypedValues;
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
        TypedValues values = new TypedValues(errors, text);
        return new FacilityInput(code, name, nameAr, values.choice(FacilityType.class, type, "type"), governorate,
                values.uuid(parentId, "parentId"), values.integer(capacity, "capacity"), active,
                values.longValue(version, "version"));
    }
}
