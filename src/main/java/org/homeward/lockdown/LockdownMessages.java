package org.homeward.lockdown;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of lock-downs, as {@code lockdown:} in templates ({@code messages/lockdown_en.properties} and its translations). */
@MessageBundle(value = "lockdown", locale = "en")
public interface LockdownMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String ask_title();

    @Message
    String facility();

    @Message
    String whole();

    @Message
    String reason();

    @Message
    String destroy_files();

    @Message
    String ask();

    @Message
    String list_title();

    @Message
    String col_place();

    @Message
    String col_status();

    @Message
    String col_asked();

    @Message
    String col_confirmed();

    @Message
    String col_lifted();

    @Message
    String col_files();

    @Message
    String status_value(LockdownStatus status);

    @Message
    String everywhere();

    @Message
    String confirm();

    @Message
    String lift();

    @Message
    String lift_confirm();

    @Message
    String withdraw();

    @Message
    String none();
}
