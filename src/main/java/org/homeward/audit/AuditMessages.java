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
}
