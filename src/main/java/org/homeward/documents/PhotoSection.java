package org.homeward.documents;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.kernel.UserLocale;
import org.homeward.people.PersonPageSection;
import org.homeward.people.PersonView;

/** The person's current photo beside their name (their initials where there is none). */
@ApplicationScoped
public class PhotoSection implements PersonPageSection {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance portrait(PersonView person, UUID photo);
    }

    @Inject
    DocumentService documentService;

    @Inject
    UserLocale userLocale;

    @Override
    public Place place() {
        return Place.PORTRAIT;
    }

    @Override
    public String render(PersonView person, Object retyped) {
        return Templates.portrait(person, documentService.of(List.of(person.id())).get(person.id()))
                .setLocale(userLocale.get()).render();
    }
}
