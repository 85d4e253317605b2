package org.homeward.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.homeward.facilities.FacilityType;

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
}
