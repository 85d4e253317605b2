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

    @Message
    String attention_value(Attention attention);

    @Message
    String persons_attention();

    /** Marks a person of a list who shares their whole name with another on it. */
    @Message
    String namesake();

    @Message
    String namesake_hint();

    @Message
    String persons_title();

    @Message
    String person_register();

    @Message
    String persons_filter_name();

    @Message
    String person_nationality();

    @Message
    String person_facility();

    @Message
    String person_status();

    @Message
    String person_sex();

    @Message
    String person_category();

    @Message
    String persons_age_from();

    @Message
    String persons_age_to();

    @Message
    String persons_sort();

    @Message
    String person_registration_number();

    @Message
    String person_name();

    @Message
    String person_date_of_birth();

    @Message
    String persons_apply();

    @Message
    String persons_total(long count, String plural);

    /** A name so common that the list was counted only so far. */
    @Message
    String persons_more_than(long count);

    @Message
    String person_age();

    @Message
    String person_nationalities();

    @Message
    String person_turns_18_soon();

    @Message
    String person_anonymized(String date);

    @Message
    String person_anonymized_name();

    @Message
    String person_subject_access();

    @Message
    String person_subject_access_help();

    @Message
    String person_subject_access_language();

    @Message
    String person_subject_access_download();

    @Message
    String person_profile();

    @Message
    String person_place_of_birth();

    @Message
    String person_aliases();

    @Message
    String nationality_pending();

    @Message
    String nationality_confirm();

    @Message
    String person_documents();

    @Message
    String document_expiry();

    @Message
    String person_flags();

    @Message
    String person_edit_title();

    @Message
    String person_names_latin();

    @Message
    String person_names_arabic();

    @Message
    String person_given_name();

    @Message
    String person_father_name();

    @Message
    String person_grandfather_name();

    @Message
    String person_family_name();

    @Message
    String person_aliases_help();

    @Message
    String dob_hint();

    @Message
    String dob_day();

    @Message
    String dob_month();

    @Message
    String dob_year();

    @Message
    String dob_known();

    @Message
    String dob_as_typed();

    @Message
    String dob_estimate();

    @Message
    String person_nationalities_help();

    @Message
    String person_country();

    @Message
    String person_nationality_status();

    @Message
    String document_type();

    @Message
    String document_number();

    @Message
    String document_country();

    @Message
    String person_admission();

    @Message
    String search_none();

    @Message
    String search_all(long count);

    @Message
    String search_all_more_than(long count);

    @Message
    String duplicates_title();

    @Message
    String duplicates_choice();

    @Message
    String duplicates_save_anyway();
}
