package org.homeward.duplicates;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Why two records look like one person, as {@code duplicates:} in templates ({@code
 * messages/duplicates_en.properties} and its translations): the feature owns the words for its own
 * codes, and the shell's bundle knows no feature.
 */
@MessageBundle(value = "duplicates", locale = "en")
public interface DuplicateMessages {

    @Message
    String duplicate_reason(DuplicateQueue.Reason reason);

    @Message
    String duplicates_queue_title();

    @Message
    String duplicates_scan();

    @Message
    String duplicates_scan_running(String at);

    @Message
    String duplicates_scan_failed(String at);

    @Message
    String duplicates_scan_done(String at, Integer pairs, String plural);

    @Message
    String duplicates_scan_never();

    @Message
    String duplicates_none();

    @Message
    String duplicates_total(long count, String plural);

    @Message
    String duplicates_not_same();

    @Message
    String compare_title();

    @Message
    String compare_help();

    @Message
    String compare_first();

    @Message
    String compare_second();

    @Message
    String compare_submit();
}
