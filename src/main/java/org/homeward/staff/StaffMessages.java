package org.homeward.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The staff pages' words, as {@code staff:} in templates ({@code messages/staff_en.properties} and its translations). */
@MessageBundle(value = "staff", locale = "en")
public interface StaffMessages {

    @Message
    String staff_all();

    @Message
    String staff_no_scope();

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
}
