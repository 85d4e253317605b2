package org.homeward.families;

import java.util.List;

import org.homeward.people.PersonInput;

/**
 * A mother and her children registered in one step: {@code {"mother": {...person with admission...},
 * "children": [{...}, ...], "evidence": "DECLARED"}}. A child without an admission, nationalities
 * or category of their own takes the mother's. {@code evidence} is that of the mother-child links.
 */
public record FamilyRegistrationInput(PersonInput mother, List<PersonInput> children, Evidence evidence) {
}
