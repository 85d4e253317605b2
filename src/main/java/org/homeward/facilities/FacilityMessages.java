package org.homeward.facilities;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of facility types, as {@code facility:} in templates ({@code
 * messages/facility_en.properties} and its translations): the feature owns the words for its own
 * codes, and the shell's bundle knows no feature.
 */
@MessageBundle(value = "facility", locale = "en")
public interface FacilityMessages {

    @Message
    String facility_type(FacilityType type);
}
