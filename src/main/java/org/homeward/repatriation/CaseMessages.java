package org.homeward.repatriation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of case stages and checklist items, as {@code cases:} in templates ({@code
 * messages/cases_en.properties} and its translations): the feature owns the words for its own
 * codes, and the shell's bundle knows no feature.
 */
@MessageBundle(value = "cases", locale = "en")
public interface CaseMessages {

    @Message
    String stage_value(Stage stage);

    @Message
    String check_item_value(CheckItem item);
}
