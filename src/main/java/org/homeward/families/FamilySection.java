package org.homeward.families;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.kernel.UserLocale;
import org.homeward.people.PersonPageSection;
import org.homeward.people.PersonView;

/** A person's family below their record: relatives by kin, their household, links to add or remove. */
@ApplicationScoped
public class FamilySection implements PersonPageSection {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(PersonView person, Family family);
    }

    @Inject
    FamilyService familyService;

    @Inject
    UserLocale userLocale;

    @Override
    public Place place() {
        return Place.BELOW_RECORD;
    }

    @Override
    public String render(PersonView person, Object retyped) {
        return Templates.section(person, familyService.of(person)).setLocale(userLocale.get()).render();
    }
}
