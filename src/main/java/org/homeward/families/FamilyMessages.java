package org.homeward.families;

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

    @Message
    String family_title();

    @Message
    String family_split();

    @Message
    String family_none();

    @Message
    String family_hidden();

    @Message
    String family_elsewhere();

    @Message
    String family_through_parent();

    @Message
    String family_add_link();

    @Message
    String family_remove_link();

    @Message
    String household_label(String number);

    @Message
    String household_none();

    @Message
    String household_start();

    @Message
    String link_title();

    @Message
    String link_relation();

    @Message
    String link_registration_number();

    @Message
    String link_registration_number_help();

    @Message
    String link_evidence();

    @Message
    String link_save();

    @Message
    String households_title();

    @Message
    String households_none();

    @Message
    String households_total(long count, String plural);

    @Message
    String households_all();

    @Message
    String households_split();

    @Message
    String household_reference();

    @Message
    String household_members();

    @Message
    String household_former_members();

    @Message
    String household_hidden_member();

    @Message
    String household_add_member();

    @Message
    String household_add();

    @Message
    String household_remove_member();

    @Message
    String household_make_reference();

    @Message
    String household_joined(String date);

    @Message
    String household_left(String date);

    @Message
    String household_split();

    @Message
    String family_register();

    @Message
    String family_register_title();

    @Message
    String family_register_intro();

    @Message
    String family_mother();

    @Message
    String family_children_heading();

    @Message
    String family_child(int number);

    @Message
    String family_children_help();

    @Message
    String family_admission();

    @Message
    String family_links_evidence();

    @Message
    String family_register_submit();

    @Message
    String family_more_rows();

    @Message
    String children_title();

    @Message
    String children_intro();

    @Message
    String children_suggested();

    @Message
    String children_confirmed();

    @Message
    String children_confirm();

    @Message
    String children_none();

    @Message
    String children_total(long count, String plural);

    @Message
    String household_column();
}
