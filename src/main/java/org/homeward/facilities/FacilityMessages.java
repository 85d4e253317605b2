package org.homeward.facilities;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of facility types, as {@code facility:} in templates ({@code
 * messages/facility_en.properties} and its translations): the feature owns the words for its own
 * codes, and the shell's bundle knows no feature.
 */
@MessageBundle(value = "facility", locale = "en")
public interface FacilityMessages {

    @Message
    String facilities_all();

    @Message
    String facilities_nearly_full();

    @Message
    String facility_type(FacilityType type);

    @Message
    String facilities_title();

    @Message
    String facilities_filter();

    @Message
    String facilities_no_match();

    @Message
    String facilities_none();

    @Message
    String facility_new();

    @Message
    String facility_edit_title();

    @Message
    String facility_code();

    @Message
    String facility_code_help();

    @Message
    String facility_code_fixed();

    @Message
    String facility_name();

    @Message
    String facility_name_ar();

    @Message
    String facility_type_label();

    @Message
    String facility_governorate();

    @Message
    String facility_parent();

    @Message
    String facility_no_parent();

    @Message
    String facility_parent_help();

    @Message
    String facility_capacity();

    @Message
    String facility_status();

    @Message
    String facility_active();

    @Message
    String facility_inactive();

    @Message
    String facility_sections();

    @Message
    String occupancy_title();

    @Message
    String occupancy_over(int total, Integer capacity);

    @Message
    String occupancy_women();

    @Message
    String occupancy_men();

    @Message
    String occupancy_girls();

    @Message
    String occupancy_boys();

    @Message
    String occupancy_age_unknown();

    @Message
    String occupancy_people();
}
