package org.homeward.families;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.homeward.people.PersonView;

/** What a family registration created: the household, the mother, her children, and any doubts about the links. */
public record FamilyRegistered(HouseholdView household, PersonView mother, List<PersonView> children,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
}
