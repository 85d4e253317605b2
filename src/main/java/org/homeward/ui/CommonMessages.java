package org.homeward.ui;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.homeward.kernel.Flash;

/**
 * The shell's own words, as {@code msg:} in templates: the layout, navigation, home, errors, paging
 * and the few buttons every form shares. A feature's words live in its own bundle (people:,
 * facility:, cases:, ...); this one knows no feature. The English texts are in {@code
 * messages/msg_en.properties}, translations beside it; a test checks each language has every key.
 */
@MessageBundle(value = "msg", locale = "en")
public interface CommonMessages {
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
    String nav_retention();

    @Message
    String nav_lockdowns();

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
    String home_administration();

    @Message
    String home_oversight();


    @Message
    String home_statistics();

    @Message
    String home_analyst_text();

    @Message
    String scope_all_facilities();


    @Message
    String scope_none();

    @Message
    String validation_title();

    @Message
    String error_reference();

    @Message
    String error_title(int status);

    @Message
    String error_message(int status);

    @Message
    String nav_persons();

    @Message
    String any();

    @Message
    String pagination();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String page_of(int page, int count);

    @Message
    String page_number(int page);

    @Message
    String age_about(int years);

    @Message
    String nav_households();

    @Message
    String nav_children();

    @Message
    String nav_cases();

    @Message
    String search_placeholder();

    @Message
    String nav_duplicates();

    @Message
    String nav_imports();

    @Message
    String nav_families();

    @Message
    String home_find_person();

    @Message
    String home_find_person_help();

    @Message
    String home_search_button();

    @Message
    String home_in_your_facilities();

    @Message
    String home_waiting_for_you();

    @Message
    String home_cases_by_stage();

    @Message
    String home_since(java.time.LocalDate date);

    /** Between the items of a list in running text (followed by a space): Arabic has its own comma. */
    @Message
    String list_separator();

    @Message
    String home_latest_exports();

    @Message
    String home_held();

    @Message
    String home_nationalities();

    @Message
    String home_repatriated(java.time.LocalDate date);

    @Message
    String home_all_statistics();

    /** The name of a line of a home (ui.home.WorkQueue#id). */
    @Message
    String queue_label(String id);

    @Message
    String picker_choose_country();

    @Message
    String country_stateless();

    @Message
    String country_unknown();

    @Message
    String scope_all_nationalities();

    @Message
    String picker_filter();

    /** From one place to the next, pointing the way the language reads. */
    @Message
    String arrow();

    @Message
    String picker_find_person();

    @Message
    String picker_no_match();

    @Message
    String picker_choose();

    @Message
    String picker_chosen();

    @Message
    String signed_out_title();

    @Message
    String signed_out_text();

    @Message
    String session_ended_title();

    @Message
    String session_ended_text();

    @Message
    String locked_down_title();

    @Message
    String locked_down_text();

    @Message
    String sign_in_again();

    @Message
    String queue_counting();
}
