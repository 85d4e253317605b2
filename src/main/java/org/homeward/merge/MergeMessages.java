package org.homeward.merge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the merge pages, as {@code merge:} in templates ({@code messages/merge_en.properties}
 * and its translations). A bundle of their own: the merge is a feature of its own, and the main
 * bundle is large enough that Qute's generated resolver for it is near its limits.
 */
@MessageBundle(value = "merge", locale = "en")
public interface MergeMessages {

    @Message
    String compare();

    @Message
    String list_title();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String stale();

    @Message
    String keep();

    @Message
    String keep_this();

    @Message
    String field(MergeField field);

    @Message
    String lists_kept();

    @Message
    String submit();

    @Message
    String record_title();

    @Message
    String survivor();

    @Message
    String merged();

    @Message
    String by();

    @Message
    String values_taken();

    @Message
    String moved();

    @Message
    String moved_counts(Integer movements, Integer links, Integer memberships, Integer cases);

    @Message
    String unmerge();

    @Message
    String unmerge_help();

    @Message
    String unmerge_reason();

    @Message
    String unmerged(String by, String at, String reason);

    @Message
    String undone();

    @Message
    String photos();

    @Message
    String photo_of(String number);
}
