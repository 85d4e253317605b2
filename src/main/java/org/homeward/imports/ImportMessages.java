package org.homeward.imports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of imports, as {@code imports:} in templates ({@code messages/imports_en.properties} and its translations). */
@MessageBundle(value = "imports", locale = "en")
public interface ImportMessages {

    @Message
    String title();

    @Message
    String upload_title();

    @Message
    String upload_help();

    @Message
    String file_label();

    @Message
    String file_help(long mb);

    @Message
    String kind_label();

    @Message
    String kind_value(ImportKind kind);

    @Message
    String encoding_label();

    @Message
    String encoding_detect();

    @Message
    String sheet_label();

    @Message
    String sheet_help();

    @Message
    String upload_submit();

    @Message
    String reading();

    @Message
    String stage(ImportProgress.Stage stage);

    @Message
    String recent_title();

    @Message
    String none();

    @Message
    String col_file();

    @Message
    String col_kind();

    @Message
    String col_status();

    @Message
    String col_rows();

    @Message
    String col_by();

    @Message
    String col_at();

    @Message
    String status_value(String status);

    @Message
    String preview_help(ImportKind kind);

    @Message
    String count_rows();

    @Message
    String count_valid();

    @Message
    String count_invalid();

    @Message
    String count_duplicates();

    @Message
    String read_as(String encoding);

    @Message
    String mapping_title();

    @Message
    String mapping_help();

    @Message
    String mapping_column();

    @Message
    String mapping_field();

    @Message
    String mapping_first_value();

    @Message
    String mapping_none();

    @Message
    String field_value(ImportField field);

    @Message
    String mapping_submit();

    @Message
    String errors_title();

    @Message
    String errors_more();

    @Message
    String rows_title(ImportKind kind);

    @Message
    String col_row();

    @Message
    String col_name();

    @Message
    String col_sex();

    @Message
    String col_born();

    @Message
    String col_nationality();

    @Message
    String col_facility();

    @Message
    String col_admitted();

    @Message
    String col_problems();

    @Message
    String col_decision();

    @Message
    String decision_new();

    @Message
    String decision_apply(ImportKind kind);

    @Message
    String col_person();

    @Message
    String col_change();

    @Message
    String moved_to();

    @Message
    String person_of_row();

    @Message
    String decision_skip();

    @Message
    String decision_same(String who);

    @Message
    String same_as_row(int row);

    @Message
    String decisions_submit();

    @Message
    String commit_refused();

    @Message
    String commit_title();

    @Message
    String commit_help(ImportKind kind);

    @Message
    String commit_submit();

    @Message
    String discard_submit();

    @Message
    String result_title();

    @Message
    String result_created(ImportKind kind);

    @Message
    String result_updated(ImportKind kind);

    @Message
    String result_skipped();

    @Message
    String created_people(ImportKind kind);

    @Message
    String earlier_import();
}
