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
}
