package org.homeward.people;

/**
 * The filters of the person list, as query parameters ({@code nationality, facility, status,
 * category, sex, ageFrom, ageTo, q}) and {@code sort}: registrationNumber, name or dateOfBirth.
 */
public record PersonFilter(String nationality, String facility, PersonStatus status, Category category, Sex sex,
        Integer ageFrom, Integer ageTo, String q, String sort) {

    public static final PersonFilter NONE = new PersonFilter(null, null, null, null, null, null, null, null, null);
}
