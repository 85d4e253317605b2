package org.homeward.documents;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Caller;
import org.homeward.kernel.UserLocale;
import org.homeward.people.PersonPageSection;
import org.homeward.people.PersonView;

/**
 * A person's photos and documents under their record: each file's picture and what it is, a look
 * at it in the browser, and the form that adds one from a file or a tablet's camera.
 */
@ApplicationScoped
public class DocumentSection implements PersonPageSection {

    /** The upload form as sent, with its errors. */
    public record UploadForm(String kind, String note, Map<String, String> errors) {

        static UploadForm blank() {
            return new UploadForm(DocumentKind.PHOTO.name(), "", Map.of());
        }
    }

    /** A removal refused (no reason given), shown on the file it was for. */
    public record RemovalForm(UUID document, Map<String, String> errors) {

        static final RemovalForm NONE = new RemovalForm(null, Map.of());

        public boolean isFor(UUID file) {
            return file.equals(document);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance section(PersonView person, List<DocumentView> documents,
                List<DocumentView> photos, List<DocumentKind> kinds, UploadForm upload, RemovalForm removal,
                boolean mayAdd, boolean mayRestore);
    }

    @Inject
    DocumentService documentService;

    @Inject
    Caller caller;

    @Inject
    UserLocale userLocale;

    @Override
    public Place place() {
        return Place.BELOW_RECORD;
    }

    @Override
    public String render(PersonView person, Object retyped) {
        List<DocumentView> documents = documentService.listedWith(person.id());
        List<DocumentView> photos = documents.stream()
                .filter(document -> document.kind() == DocumentKind.PHOTO && !document.removed()).toList();
        return Templates.section(person, documents, photos, documentService.kindsToAdd(),
                retyped instanceof UploadForm typed ? typed : UploadForm.blank(),
                retyped instanceof RemovalForm removal ? removal : RemovalForm.NONE, caller.mayAddFiles(),
                caller.mayRestoreFiles()).setLocale(userLocale.get()).render();
    }
}
