package org.homeward.people;

/**
 * A part of a person's page that another feature owns: their movements, their family. The person
 * page renders every section in its place without knowing any of them, so that people depends on
 * no feature that shows things about a person; a feature adds a section by being a bean of this
 * type. A section is rendered after the person was read (and the read audited) in the caller's
 * scope, and shows only what that scope lets it.
 */
public interface PersonPageSection {

    /** Where on the page a section stands. */
    enum Place {
        /** Beside the person's name, at the top: their photo. */
        PORTRAIT,
        /** The column beside the record. */
        BESIDE_RECORD,
        /** Under the record and its column, across the page. */
        BELOW_RECORD
    }

    Place place();

    /**
     * The section's HTML for this person, in the request's language (a template rendered by hand is
     * given it: {@code setLocale(UserLocale#get)}). {@code retyped} is the section's own form as the
     * user sent it, with its errors, when the section's post was refused; otherwise null.
     */
    String render(PersonView person, Object retyped);
}
