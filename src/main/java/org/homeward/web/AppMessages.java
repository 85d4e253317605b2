package org.homeward.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

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
    String person_sex();


    @Message
    String person_category();


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
    String person_place_of_birth();

    @Message
    String person_aliases();


    @Message
    String nationality_pending();

    @Message
    String nationality_confirm();

    @Message
    String person_documents();


    @Message
    String document_expiry();

    @Message
    String person_flags();


    @Message
    String movements_title();


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

    @Message
    String nav_households();

    @Message
    String nav_children();

    @Message
    String family_title();

    @Message
    String family_split();

    @Message
    String family_none();




    @Message
    String family_hidden();

    @Message
    String family_elsewhere();

    @Message
    String family_through_parent();

    @Message
    String family_add_link();

    @Message
    String family_remove_link();

    @Message
    String household_label(String number);

    @Message
    String household_none();

    @Message
    String household_start();

    @Message
    String link_title();

    @Message
    String link_relation();


    @Message
    String link_registration_number();

    @Message
    String link_registration_number_help();

    @Message
    String link_evidence();

    @Message
    String link_save();

    @Message
    String link_remove_reason();

    @Message
    String households_title();

    @Message
    String households_none();

    @Message
    String households_total(long count);

    @Message
    String household_reference();

    @Message
    String household_members();

    @Message
    String household_members_count(long count);

    @Message
    String household_former_members();

    @Message
    String household_hidden_member();

    @Message
    String household_add_member();

    @Message
    String household_add();

    @Message
    String household_remove_member();

    @Message
    String household_make_reference();

    @Message
    String household_joined(String date);

    @Message
    String household_left(String date);

    @Message
    String household_split();

    @Message
    String family_register();

    @Message
    String family_register_title();

    @Message
    String family_register_intro();

    @Message
    String family_mother();

    @Message
    String family_children_heading();

    @Message
    String family_child(int number);

    @Message
    String family_children_help();

    @Message
    String family_admission();

    @Message
    String family_links_evidence();

    @Message
    String family_register_submit();

    @Message
    String family_more_rows();

    @Message
    String children_title();

    @Message
    String children_intro();

    @Message
    String children_suggested();

    @Message
    String children_confirmed();

    @Message
    String children_confirm();

    @Message
    String children_none();

    @Message
    String children_total(long count);

    @Message
    String household_column();

    @Message
    String nav_cases();

    @Message
    String cases_title();

    @Message
    String cases_open();

    @Message
    String cases_none();

    @Message
    String cases_total(long count);

    @Message
    String case_number();

    @Message
    String case_country();

    @Message
    String case_stage();

    @Message
    String case_officer();

    @Message
    String case_due();

    @Message
    String case_overdue();

    @Message
    String case_subjects();

    @Message
    String cases_overdue_only();



    @Message
    String case_next();

    @Message
    String case_unmet();

    @Message
    String case_ready();

    @Message
    String case_move();

    @Message
    String case_move_to();

    @Message
    String case_reason();

    @Message
    String case_reason_help();

    @Message
    String case_checklist();

    @Message
    String case_check_done();

    @Message
    String case_check_missing();

    @Message
    String case_check_record();

    @Message
    String case_check_undo();

    @Message
    String case_whole();

    @Message
    String case_handover_date();

    @Message
    String case_handover_point();

    @Message
    String case_receiving_authority();

    @Message
    String case_protocol_reference();

    @Message
    String case_detail();

    @Message
    String case_separations();

    @Message
    String case_separation_in(String label);

    @Message
    String case_separation_out(String label);

    @Message
    String case_relatives_left();

    @Message
    String case_timeline();

    @Message
    String case_notes();

    @Message
    String case_note_add();

    @Message
    String case_note_text();

    @Message
    String case_person_hidden();

    @Message
    String case_child();

    @Message
    String case_problems();

    @Message
    String case_open_title();

    @Message
    String case_open_numbers();

    @Message
    String case_open_numbers_help();

    @Message
    String case_open_submit();

    @Message
    String dashboard_title();

    @Message
    String dashboard_cases_per_stage();

    @Message
    String dashboard_overdue();

    @Message
    String dashboard_without_case(long count);

    @Message
    String dashboard_without_case_first();

    @Message
    String search_placeholder();

    @Message
    String search_none();

    @Message
    String search_all(long count);

    @Message
    String duplicates_title();

    @Message
    String duplicates_choice();

    @Message
    String duplicates_save_anyway();

    @Message
    String duplicates_queue_title();

    @Message
    String nav_duplicates();

    @Message
    String duplicates_scan();

    @Message
    String duplicates_scan_running(String at);

    @Message
    String duplicates_scan_failed(String at);

    @Message
    String duplicates_scan_done(String at, Integer pairs);

    @Message
    String duplicates_scan_never();

    @Message
    String duplicates_none();

    @Message
    String duplicates_total(long count);

    @Message
    String duplicates_not_same();


    @Message
    String nav_families();
}
