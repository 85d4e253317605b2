package org.homeward.people;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.All;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.kernel.Flash;

/**
 * A person's page: their record, and the sections other features own beside and below it. The
 * person is read once (one audited view); each section is handed the record already read.
 */
@ApplicationScoped
public class PersonPage {

    @CheckedTemplate(basePath = "PersonPages")
    static class Templates {
        static native TemplateInstance detail(PersonView person, List<String> portrait, List<String> beside,
                List<String> below, Flash flash);
    }

    /** A section's form sent back with its errors, for the section that owns it. */
    public record Retyped(Class<? extends PersonPageSection> section, Object form) {
    }

    @Inject
    PersonQueries personQueries;

    /** Every section, resolved once (not looked up on each request). */
    @Inject
    @All
    List<PersonPageSection> sections;

    /** The page of a person in scope (else not found); {@code retyped}, when not null, is a section's refused form. */
    public TemplateInstance of(java.util.UUID id, Flash flash, Retyped retyped) {
        PersonView person = personQueries.profile(id);
        return Templates.detail(person, rendered(person, PersonPageSection.Place.PORTRAIT, retyped),
                rendered(person, PersonPageSection.Place.BESIDE_RECORD, retyped),
                rendered(person, PersonPageSection.Place.BELOW_RECORD, retyped), flash);
    }

    private List<String> rendered(PersonView person, PersonPageSection.Place place, Retyped retyped) {
        return sections.stream().filter(section -> section.place() == place)
                .map(section -> section.render(person,
                        retyped != null && retyped.section().isInstance(section) ? retyped.form() : null))
                .toList();
    }
}
