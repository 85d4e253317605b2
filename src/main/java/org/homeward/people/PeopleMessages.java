package org.homeward.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of a person's coded values, as {@code people:} in templates ({@code
 * messages/people_en.properties} and its translations): the feature owns the words for its own
 * codes, and the shell's bundle knows no feature.
 */
@MessageBundle(value = "people", locale = "en")
public interface PeopleMessages {

    @Message
    String sex_value(Sex sex);

    @Message
    String person_status_value(PersonStatus status);

    @Message
    String category_value(Category category);

    @Message
    String dob_precision_value(DateOfBirthPrecision precision);

    @Message
    String document_type_value(DocumentType type);

    @Message
    String flag_value(PersonFlag flag);

    @Message
    String nationality_status_value(NationalityStatus status);

    /** Marks a person of a list who shares their whole name with another on it. */
    @Message
    String namesake();

    @Message
    String namesake_hint();
}
