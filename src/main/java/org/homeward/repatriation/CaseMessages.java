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
    String attention_value(CaseAttention attention);

    @Message
    String stage_value(Stage stage);

    @Message
    String check_item_value(CheckItem item);

    @Message
    String cases_title();

    @Message
    String cases_open();

    @Message
    String cases_none();

    @Message
    String cases_total(long count, String plural);

    @Message
    String case_number();

    @Message
    String case_country();

    @Message
    String case_stage();

    @Message
    String case_officer();

    @Message
    String case_due();

    @Message
    String case_overdue();

    @Message
    String case_subjects();

    @Message
    String cases_overdue_only();

    @Message
    String case_next();

    @Message
    String case_unmet();

    @Message
    String case_ready();

    @Message
    String case_move();

    @Message
    String case_move_to();

    @Message
    String case_reason();

    @Message
    String case_reason_help();

    @Message
    String case_checklist();

    @Message
    String case_check_done();

    @Message
    String case_check_missing();

    @Message
    String case_check_record();

    @Message
    String case_check_undo();

    @Message
    String case_whole();

    @Message
    String case_handover_date();

    @Message
    String case_handover_point();

    @Message
    String case_receiving_authority();

    @Message
    String case_protocol_reference();

    @Message
    String case_detail();

    @Message
    String case_separations();

    @Message
    String case_separation_in(String label);

    @Message
    String case_separation_out(String label);

    @Message
    String case_relatives_left();

    @Message
    String case_timeline();

    @Message
    String case_notes();

    @Message
    String case_note_add();

    @Message
    String case_note_text();

    @Message
    String case_person_hidden();

    @Message
    String case_child();

    @Message
    String case_problems();

    @Message
    String case_open_title();

    @Message
    String case_open_numbers();

    @Message
    String case_open_numbers_help();

    @Message
    String case_open_submit();

    @Message
    String dashboard_title();

    @Message
    String dashboard_cases_per_stage();

    @Message
    String dashboard_overdue();

    @Message
    String dashboard_without_case(long count, String plural);

    @Message
    String dashboard_without_case_first();

    @Message
    String case_file_view();

    @Message
    String case_file_add();

    @Message
    String case_file_label();

    @Message
    String case_file_help();

    @Message
    String case_file_camera();

    @Message
    String case_file_note();

    @Message
    String case_file_submit();

    @Message
    String case_file_remove();

    @Message
    String case_file_reason();

    @Message
    String case_file_remove_submit();

    @Message
    String case_file_restore();

    @Message
    String case_file_removed(String by, String reason);
}
