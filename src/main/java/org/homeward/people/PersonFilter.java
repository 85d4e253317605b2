package org.homeward.people;

/**
 * The filters of the person list, as query parameters ({@code nationality, facility, status,
 * category, sex, ageFrom, ageTo, q, attention}) and {@code sort}: registrationNumber, name or
 * dateOfBirth.
 */
public record PersonFilter(String nationality, String facility, PersonStatus status, Category category, Sex sex,
        Integer ageFrom, Integer ageTo, String q, String sort, Attention attention) {

    public static final PersonFilter NONE = new PersonFilter(null, null, null, null, null, null, null, null, null);

    public PersonFilter(String nationality, String facility, PersonStatus status, Category category, Sex sex,
            Integer ageFrom, Integer ageTo, String q, String sort) {
        this(nationality, facility, status, category, sex, ageFrom, ageTo, q, sort, null);
    }

    /** The people of the caller's list waiting for one thing. */
    public static PersonFilter needing(Attention attention) {
        return new PersonFilter(null, null, null, null, null, null, null, null, null, attention);
    }
}
