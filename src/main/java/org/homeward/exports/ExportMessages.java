package org.homeward.exports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of exports, reports and the export form, as {@code export:} in templates. */
@MessageBundle(value = "export", locale = "en")
public interface ExportMessages {

    /** The confidentiality marking at the foot of every page; {@code held} is {@link #held_people} or {@link #held_figures}. */
    @Message
    String footer(String by, String at, String purpose, String held, int page, int pages);

    @Message
    String held_people(long count, String plural);

    @Message
    String held_figures();

    /** Under the heading of a document's section that has no rows. */
    @Message
    String section_empty();

    @Message
    String persons_title();

    @Message
    String col_number();

    @Message
    String col_photo();

    @Message
    String col_pseudonym();

    @Message
    String col_name();

    @Message
    String col_name_ar();

    @Message
    String col_sex();

    @Message
    String col_born();

    @Message
    String col_nationalities();

    @Message
    String col_status();

    @Message
    String col_facility();

    @Message
    String col_household();

    @Message
    String col_case();

    @Message
    String col_stage();

    @Message
    String col_people();

    @Message
    String form_title();

    @Message
    String form_intro(long total, String plural);

    @Message
    String purpose();

    @Message
    String purpose_help();

    @Message
    String format();

    @Message
    String pseudonymized();

    @Message
    String pseudonymized_help();

    @Message
    String download();

    @Message
    String export_list();

    @Message
    String report_title(String from, String to);

    @Message
    String report_link();

    @Message
    String pack_title(String country);

    @Message
    String pack_link();

    @Message
    String pack_people();

    @Message
    String pack_by_facility();

    @Message
    String pack_families();

    @Message
    String pack_cases();

    @Message
    String sar_title(String number);

    @Message
    String sar_purpose();

    @Message
    String sar_intro(String date);

    @Message
    String sar_record();

    @Message
    String sar_field();

    @Message
    String sar_value();

    @Message
    String sar_movements();

    @Message
    String sar_date();

    @Message
    String sar_movement();

    @Message
    String sar_from();

    @Message
    String sar_to();

    @Message
    String sar_note();

    @Message
    String sar_family();

    @Message
    String sar_relative();

    @Message
    String sar_evidence();

    @Message
    String sar_recorded();

    @Message
    String sar_withheld();

    @Message
    String sar_cases();

    @Message
    String sar_country();

    @Message
    String sar_files();

    @Message
    String sar_kind();

    @Message
    String sar_added();

    @Message
    String sar_file_state();

    @Message
    String sar_file_kept();

    @Message
    String sar_file_removed();

    @Message
    String sar_disclosures();

    @Message
    String sar_when();

    @Message
    String sar_who();

    @Message
    String sar_how();

    @Message
    String sar_why();
}
