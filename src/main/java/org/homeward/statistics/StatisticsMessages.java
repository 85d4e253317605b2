package org.homeward.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the statistics page and reports, as {@code stats:} in templates. */
@MessageBundle(value = "stats", locale = "en")
public interface StatisticsMessages {

    @Message
    String nav();

    @Message
    String title();

    @Message
    String filter_facility();

    @Message
    String filter_nationality();

    @Message
    String filter_from();

    @Message
    String filter_to();

    @Message
    String filter_apply();

    @Message
    String protected_note();

    @Message
    String exact_note();

    @Message
    String by_facility();

    @Message
    String capacity_legend();

    @Message
    String by_nationality();

    @Message
    String top_note(int shown);

    @Message
    String pyramid();

    @Message
    String women();

    @Message
    String men();

    @Message
    String band(AgeBand band);

    @Message
    String children();

    @Message
    String movements();

    @Message
    String cases_stage();

    @Message
    String cases_country();

    @Message
    String overdue();

    @Message
    String repatriated();

    @Message
    String period(java.time.LocalDate from, java.time.LocalDate to);

    @Message
    String col_facility();

    @Message
    String col_people();

    @Message
    String col_capacity();

    @Message
    String col_nationality();

    @Message
    String col_count();

    @Message
    String col_month();

    /** The age-band column of the sex-and-age table (rows are bands, children among them). */
    @Message
    String col_age();

    @Message
    String col_stage();

    @Message
    String col_country();

    @Message
    String total(String total);

    @Message
    String total_label();

    @Message
    String none();
}
