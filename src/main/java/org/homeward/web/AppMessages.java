package org.homeward.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.homeward.facilities.FacilityType;
import org.homeward.movements.MovementType;
import org.homeward.people.Category;
import org.homeward.people.DateOfBirthPrecision;
import org.homeward.people.DocumentType;
import org.homeward.people.NationalityStatus;
import org.homeward.people.PersonFlag;
import org.homeward.people.PersonStatus;
import org.homeward.people.Sex;

/**
 * Every user-facing text of the pages, as {@code msg:} in templates. The English texts are in
 * {@code messages/msg_en.properties}, translations beside it; a test checks each language has
 * every key. Methods are named after their keys.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    @Message
    String lang();

    @Message
    String dir();

    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String nav_main();

    @Message
    String nav_toggle();

    @Message
    String nav_home();

    @Message
    String nav_facilities();

    @Message
    String nav_staff();

    @Message
    String language();

    @Message
    String logout();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String edit();

    @Message
    String choose();

    @Message
    String actions();

    @Message
    String form_has_errors();

    @Message
    String conflict_message();

    @Message
    String conflict_theirs();

    @Message
    String conflict_yours();

    @Message
    String flash(Flash flash);

    @Message
    String role_name(String role);

    @Message
    String home_title();

    @Message
    String home_welcome(String name);

    @Message
    String home_roles();

    @Message
    String home_no_role();

    @Message
    String home_your_facilities();

    @Message
    String home_your_nationalities();

    @Message
    String home_administration();

    @Message
    String home_oversight();

    @Message
    String home_auditor_text();

    @Message
    String home_statistics();

    @Message
    String home_analyst_text();

    @Message
    String scope_all_facilities();

    @Message
    String scope_all_nationalities();

    @Message
    String scope_none();

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
    String facility_type(FacilityType type);

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
    String staff_title();

    @Message
    String staff_intro();

    @Message
    String staff_username();

    @Message
    String staff_name();

    @Message
    String staff_last_login();

    @Message
    String staff_never();

    @Message
    String staff_facilities();

    @Message
    String staff_facilities_help();

    @Message
    String staff_nationalities();

    @Message
    String staff_nationalities_help();

    @Message
    String staff_edit_scope();

    @Message
    String staff_prepare();

    @Message
    String staff_prepare_help();

    @Message
    String staff_scope_title(String username);

    @Message
    String validation_title();

    @Message
    String error_reference();

    @Message
    String error_title(int status);

    @Message
    String error_message(int status);

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

    @Message
    String nav_persons();

    @Message
    String persons_title();

    @Message
    String person_register();

    @Message
    String persons_filter_name();

    @Message
    String person_nationality();

    @Message
    String person_facility();

    @Message
    String any();

    @Message
    String person_status();

    @Message
    String person_status_value(PersonStatus status);

    @Message
    String person_sex();

    @Message
    String sex_value(Sex sex);

    @Message
    String person_category();

    @Message
    String category_value(Category category);

    @Message
    String persons_age_from();

    @Message
    String persons_age_to();

    @Message
    String persons_sort();

    @Message
    String person_registration_number();

    @Message
    String person_name();

    @Message
    String person_date_of_birth();

    @Message
    String persons_apply();

    @Message
    String persons_total(long count);

    @Message
    String person_age();

    @Message
    String person_nationalities();

    @Message
    String person_turns_18_soon();

    @Message
    String pagination();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String page_of(int page, int count);

    @Message
    String age_about(int years);

    @Message
    String person_profile();

    @Message
    String dob_precision_value(DateOfBirthPrecision precision);

    @Message
    String person_place_of_birth();

    @Message
    String person_aliases();

    @Message
    String nationality_status_value(NationalityStatus status);

    @Message
    String person_documents();

    @Message
    String document_type_value(DocumentType type);

    @Message
    String document_expiry();

    @Message
    String person_flags();

    @Message
    String flag_value(PersonFlag flag);

    @Message
    String movements_title();

    @Message
    String movement_type_value(MovementType type);

    @Message
    String movement_recorded_by(String user);

    @Message
    String movement_record();

    @Message
    String movement_type();

    @Message
    String movement_destination();

    @Message
    String movement_no_destination();

    @Message
    String movement_date();

    @Message
    String movement_note();

    @Message
    String person_edit_title();

    @Message
    String person_names_latin();

    @Message
    String person_names_arabic();

    @Message
    String person_given_name();

    @Message
    String person_father_name();

    @Message
    String person_grandfather_name();

    @Message
    String person_family_name();

    @Message
    String person_aliases_help();

    @Message
    String person_dob_precision();

    @Message
    String person_nationalities_help();

    @Message
    String person_country();

    @Message
    String person_nationality_status();

    @Message
    String document_type();

    @Message
    String document_number();

    @Message
    String document_country();

    @Message
    String person_admission();

    @Message
    String transfer_people();

    @Message
    String transfer_title(String code);

    @Message
    String transfer_help();

    @Message
    String transfer_nobody();

    @Message
    String transfer_choose();

    @Message
    String transfer_submit();
}
