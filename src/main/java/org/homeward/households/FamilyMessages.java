package org.homeward.households;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of kinship, evidence and family groups, as {@code family:} in templates ({@code
 * messages/family_en.properties} and its translations): the feature owns the words for its own
 * codes, and the shell's bundle knows no feature.
 */
@MessageBundle(value = "family", locale = "en")
public interface FamilyMessages {

    @Message
    String family_group(Family.Group group);

    @Message
    String kin_value(Kin kin);

    @Message
    String evidence_value(Evidence evidence);

    @Message
    String link_choice_value(LinkChoice choice);
}
