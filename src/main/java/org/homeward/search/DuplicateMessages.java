package org.homeward.search;

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
}
