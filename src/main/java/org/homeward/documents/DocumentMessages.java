package org.homeward.documents;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of files and photos, as {@code doc:} in templates ({@code messages/doc_en.properties} and its translations). */
@MessageBundle(value = "doc", locale = "en")
public interface DocumentMessages {

    @Message
    String kind_value(DocumentKind kind);

    @Message
    String title();

    @Message
    String none();

    @Message
    String photo_of(String name);

    @Message
    String earlier_photos();

    @Message
    String photo_earlier(String at);

    @Message
    String size_kb(long n);

    @Message
    String size_mb(String n);

    @Message
    String col_picture();

    @Message
    String col_kind();

    @Message
    String col_added();

    @Message
    String col_size();

    @Message
    String col_actions();

    @Message
    String view();

    @Message
    String download();

    @Message
    String remove();

    @Message
    String remove_reason();

    @Message
    String remove_submit();

    @Message
    String removed(String by, String reason);

    @Message
    String restore();

    @Message
    String add_title();

    @Message
    String kind_label();

    @Message
    String file_label();

    @Message
    String file_help();

    @Message
    String camera();

    @Message
    String note_label();

    @Message
    String add_submit();
}
