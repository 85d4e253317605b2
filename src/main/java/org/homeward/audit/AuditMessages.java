package org.homeward.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the audit pages, as {@code audit:} in templates ({@code messages/audit_en.properties} and its translations). */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

    @Message
    String nav();

    @Message
    String title();

    @Message
    String intro();

    @Message
    String filter();

    @Message
    String actor();

    @Message
    String action();

    @Message
    String any_action();

    @Message
    String kind();

    @Message
    String record();

    @Message
    String from();

    @Message
    String to();

    @Message
    String show();

    @Message
    String when();

    @Message
    String roles();

    @Message
    String details();

    @Message
    String sealed();

    @Message
    String not_sealed_yet();

    @Message
    String none();

    @Message
    String total(long count, String plural);

    @Message
    String verify();

    @Message
    String verified(long events);

    @Message
    String broken(long eventId);

    @Message
    String disclosures_title();

    @Message
    String disclosures_intro();

    @Message
    String registration_number();

    @Message
    String how();

    @Message
    String purpose();

    @Message
    String no_disclosures();

    @Message
    String how_value(String how);

    @Message
    String reports_nav();

    @Message
    String tab(String tab);

    @Message
    String exports_intro();

    @Message
    String what_exported();

    @Message
    String export_what(String what);

    @Message
    String format();

    @Message
    String rows();

    @Message
    String outcome();

    @Message
    String export_completed();

    @Message
    String export_stopped();

    @Message
    String merges_intro();

    @Message
    String merged();

    @Message
    String unmerged();

    @Message
    String survivor();

    @Message
    String merged_record();

    @Message
    String reason();

    @Message
    String access_intro();

    @Message
    String account();

    @Message
    String change();

    @Message
    String access_action(String action);

    @Message
    String change_field(String field);

    @Message
    String refusals_intro(int repeated);

    @Message
    String no_refusals();

    @Message
    String refusals();

    @Message
    String records_refused();

    @Message
    String first();

    @Message
    String last();

    @Message
    String repeated();

    @Message
    String events_of();
}
