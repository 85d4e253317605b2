package org.homeward.families;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.homeward.people.Person;
import org.homeward.people.PersonInput;
import org.homeward.people.PersonAccess;
import org.homeward.people.PersonService;
import org.homeward.people.PersonView;
import org.homeward.people.Sex;
import org.homeward.kernel.FieldError;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.RuleBroken;
import org.homeward.kernel.ValidationFailed;

/**
 * A mother registered with her children at admission, in one transaction: every member checked
 * first and every error reported at once (named {@code mother.givenName}, {@code children[1].sex});
 * then the people, their admissions, the mother-child links and the household, all saved or none.
 */
@ApplicationScoped
public class FamilyRegistrationService {

    @Inject
    PersonService personService;

    @Inject
    PersonAccess personAccess;

    @Inject
    RelationshipService relationshipService;

    @Inject
    HouseholdService householdService;

    @Inject
    LocalizedText text;

    @Transactional
    public FamilyRegistered register(FamilyRegistrationInput input) {
        if (input == null || input.mother() == null) {
            throw new ValidationFailed(List.of(text.error("mother", "family.mother.required")));
        }
        PersonInput mother = input.mother();
        List<PersonInput> children = input.children() == null ? List.of()
                : input.children().stream().map(child -> child == null ? null : child.childOf(mother)).toList();
        checkAll(mother, children);

        PersonView motherView = personService.register(mother);
        Person motherRecord = personAccess.forChange(motherView.id());
        List<PersonView> childViews = new ArrayList<>();
        List<Person> members = new ArrayList<>(List.of(motherRecord));
        List<String> warnings = new ArrayList<>();
        Evidence evidence = input.evidence() == null ? Evidence.DECLARED : input.evidence();
        for (int i = 0; i < children.size(); i++) {
            PersonView childView = personService.register(children.get(i));
            Person child = personAccess.forChange(childView.id());
            try {
                warnings.addAll(relationshipService.record(motherRecord, RelationshipType.MOTHER_OF, child, evidence).warnings());
            } catch (RuleBroken broken) {
                // the only rule a new child can break is the mother's age: say which child
                throw new RuleBroken(new FieldError("children[" + i + "].dateOfBirth", broken.errors().get(0).message()));
            }
            childViews.add(childView);
            members.add(child);
        }
        HouseholdView household = householdService.view(householdService.createFor(motherRecord, members));
        return new FamilyRegistered(household, motherView, childViews, warnings);
    }

    /**
     * Every member's errors at once, each named by its place in the form. A child's error that
     * repeats the mother's (a nationality or admission the children take from her) is said once, on her.
     */
    private void checkAll(PersonInput mother, List<PersonInput> children) {
        List<FieldError> errors = new ArrayList<>();
        List<FieldError> mothers = errorsOf(mother);
        mothers.forEach(error -> errors.add(new FieldError("mother." + error.field(), error.message())));
        if (mother.sex() != null && mother.sex() != Sex.F) {
            errors.add(text.error("mother.sex", "family.mother.sex"));
        }
        if (children.isEmpty()) {
            errors.add(text.error("children", "family.children.required"));
        }
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) == null) {
                errors.add(text.error("children[" + i + "]", "body.required"));
                continue;
            }
            String prefix = "children[" + i + "].";
            errorsOf(children.get(i)).stream().filter(error -> !mothers.contains(error))
                    .forEach(error -> errors.add(new FieldError(prefix + error.field(), error.message())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private List<FieldError> errorsOf(PersonInput member) {
        try {
            personService.checkRegistration(member);
            return List.of();
        } catch (ValidationFailed failed) {
            return failed.errors();
        }
    }
}
