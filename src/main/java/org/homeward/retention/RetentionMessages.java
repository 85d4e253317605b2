package org.homeward.retention;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of retention, as {@code retention:} in templates ({@code messages/retention_en.properties} and its translations). */
@MessageBundle(value = "retention", locale = "en")
public interface RetentionMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String rules();

    @Message
    String category();

    @Message
    String category_value(RetentionCategory category);

    @Message
    String months();

    @Message
    String changed();

    @Message
    String never_changed();

    @Message
    String save();

    @Message
    String preview_title();

    @Message
    String preview_help();

    @Message
    String preview();

    @Message
    String people(long count, String plural);

    @Message
    String col_persons();

    @Message
    String col_files();

    @Message
    String col_audit();

    @Message
    String col_held();

    @Message
    String total();

    @Message
    String held_title();

    @Message
    String held_reason(String reason);

    @Message
    String run_title();

    @Message
    String reason();

    @Message
    String run(long count, String plural);

    @Message
    String run_warning();

    @Message
    String runs();

    @Message
    String col_when();

    @Message
    String col_by();

    @Message
    String col_kind();

    @Message
    String kind_preview();

    @Message
    String kind_run();

    @Message
    String col_reason();

    @Message
    String none();
}
