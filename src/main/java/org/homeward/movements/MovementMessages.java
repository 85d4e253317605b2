package org.homeward.movements;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of movement types, as {@code movement:} in templates ({@code
 * messages/movement_en.properties} and its translations): the feature owns the words for its own
 * codes, and the shell's bundle knows no feature.
 */
@MessageBundle(value = "movement", locale = "en")
public interface MovementMessages {

    @Message
    String movement_type_value(MovementType type);

    @Message
    String movements_title();

    @Message
    String movement_recorded_by(String user);

    @Message
    String movement_record();

    @Message
    String movement_type();

    @Message
    String movement_destination();

    @Message
    String movement_no_destination();

    @Message
    String movement_date();

    @Message
    String movement_note();

    @Message
    String transfer_people();

    @Message
    String transfer_title(String code);

    @Message
    String transfer_help();

    @Message
    String transfer_nobody();

    @Message
    String transfer_choose();

    @Message
    String transfer_submit();
}
