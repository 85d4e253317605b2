package org.homeward.people;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.facilities.FacilityService;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The person pages: the list and the header's suggestions, a person's page (composed by {@link
 * PersonPage} with the sections other features own), registration and edit forms.
 */
@Path("/persons")
@Produces(MediaType.TEXT_HTML)
public class PersonPages {

    private static final int UNPROCESSABLE = 422;
    private static final int PAGE_SIZE = 50;
    private static final int SUGGESTIONS = 8;

    /** The id of the field a person picker fills in: an HTML id of letters, digits and dashes. */
    private static final java.util.regex.Pattern PICKER_FIELD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,60}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<PersonView> people, PersonListQuery query, Map<String, String> errors,
                List<FacilityService.Row> facilities, PersonStatus[] statuses, Category[] categories, Sex[] sexes,
                Attention[] attentions, Pagination pages, java.util.Set<UUID> namesakes, Map<UUID, UUID> photos);

        static native TemplateInstance suggestions(String q, List<PersonView> people, Pagination found,
                Map<UUID, UUID> photos);

        static native TemplateInstance lookup(String field, String q, List<PersonView> people, Map<UUID, UUID> photos);

        static native TemplateInstance form(UUID id, PersonForm form, Map<String, String> errors, PersonView theirs,
                List<DuplicateCheck.Candidate> duplicates,
                List<FacilityService.Row> facilities, Sex[] sexes, Category[] categories,
                NationalityStatus[] nationalityStatuses, DocumentType[] documentTypes, List<PersonFlag> flags);
    }

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonQueries personQueries;

    @Inject
    PersonValidation personValidation;

    @Inject
    PersonService personService;

    /** Where a feature keeps photos; none otherwise. */
    @Inject
    PersonPhotos personPhotos;

    @Inject
    FacilityService facilityService;

    @Inject
    PersonPage page;

    @Inject
    DuplicateCheck duplicates;

    @Inject
    LocalizedText text;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response list(@BeanParam PersonListQuery query) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        PersonFilter filter = query.filter(values);
        Integer page = values.integer(query.page, "page");
        try {
            errors.throwIfAny();
            PersonQueries.Browsed found = personQueries.browse(filter, page == null ? 0 : Math.max(0, page), PAGE_SIZE);
            return Response.ok(list(found, query, Map.of())).build();
        } catch (ValidationFailed failed) {
            return Response.status(400).entity(list(new PersonQueries.Browsed(new PageOf<>(List.of(), 0, PAGE_SIZE, 0), false),
                    query, failed.byField())).build();
        }
    }

    /** The header's search box, as one types: the best few matches, and a link to all of them. */
    @GET
    @Path("/suggestions")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance suggestions(@RestQuery String q) {
        if (q == null || q.strip().length() < 2) {
            return Templates.suggestions("", List.of(), new Pagination(0, SUGGESTIONS, 0), Map.of());
        }
        PersonQueries.Browsed found = personQueries.browse(new PersonFilter(null, null, null, null, null, null, null, q, null),
                0, SUGGESTIONS);
        List<PersonView> people = found.page().items();
        return Templates.suggestions(q.strip(), people, found.pagination(), photosOf(people));
    }

    /**
     * A person picker's matches as one types (an htmx fragment): who each is, in both scripts, with
     * sex, age and facility, so the right person is chosen before anything is saved. {@code for}
     * names the field a choice fills in.
     */
    @GET
    @Path("/lookup")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance lookup(@RestQuery String q, @RestQuery("for") String field) {
        String target = field == null || !PICKER_FIELD.matcher(field).matches() ? "" : field;
        if (q == null || q.strip().length() < 2) {
            return Templates.lookup(target, "", List.of(), Map.of());
        }
        List<PersonView> people = personQueries.browse(new PersonFilter(null, null, null, null, null, null, null, q, null),
                0, SUGGESTIONS).page().items();
        return Templates.lookup(target, q.strip(), people, photosOf(people));
    }

    @GET
    @Path("/new")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public TemplateInstance registrationForm() {
        PersonForm form = new PersonForm();
        form.category = Category.CAMP_RESIDENT.name();
        form.admissionDate = java.time.LocalDate.now().toString();
        return form(null, form, Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response register(@BeanParam PersonForm form) {
        FieldErrors errors = new FieldErrors();
        try {
            PersonInput input = form.toInput(errors, text, true);
            if (!"true".equals(form.notADuplicate)) {
                // the form's own errors first, then: is this person already registered?
                errors.throwIfAny();
                personService.checkRegistration(input);
                List<DuplicateCheck.Candidate> candidates = duplicates.candidates(input);
                if (!candidates.isEmpty()) {
                    form.notADuplicate = "true";
                    return Response.ok(form(null, form, Map.of(), null, candidates)).build();
                }
            }
            PersonView created = personService.register(input, errors);
            return seeOther(created.id(), Flash.CREATED);
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(form(null, form, failed.byField(), null)).build();
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance detail(UUID id, @RestQuery String flash) {
        return page.of(id, Flash.fromParam(flash), null);
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public TemplateInstance editForm(UUID id) {
        return form(id, PersonForm.of(personQueries.get(id)), Map.of(), null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response update(UUID id, @BeanParam PersonForm form) {
        FieldErrors errors = new FieldErrors();
        try {
            personService.update(id, form.toInput(errors, text, false), errors);
            return seeOther(id, Flash.SAVED);
        } catch (ValidationFailed failed) {
            return Response.status(UNPROCESSABLE).entity(form(id, form, failed.byField(), null)).build();
        } catch (StaleEdit stale) {
            PersonView theirs = (PersonView) stale.current();
            form.version = Long.toString(theirs.version());
            return Response.status(Response.Status.CONFLICT).entity(form(id, form, Map.of(), theirs)).build();
        }
    }

    @POST
    @Path("/{id}/nationalities/{country}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response confirmNationality(UUID id, String country) {
        personService.confirmNationality(id, country);
        return seeOther(id, Flash.SAVED);
    }

    private TemplateInstance list(PersonQueries.Browsed browsed, PersonListQuery query, Map<String, String> errors) {
        PageOf<PersonView> found = browsed.page();
        return Templates.list(found, query, errors, facilityService.choices(), PersonStatus.values(),
                Category.values(), Sex.values(), personValidation.attentionsOffered(), browsed.pagination(),
                namesakes(found.items()), photosOf(found.items()));
    }

    /**
     * The people of a page who share their whole name with another on it: exact namesakes rank
     * together in a name search, and the row marks them so that one looks at what tells them
     * apart (age, nationality, facility, registration number).
     */
    private static java.util.Set<UUID> namesakes(List<PersonView> shown) {
        Map<String, List<UUID>> byName = new java.util.HashMap<>();
        for (PersonView person : shown) {
            String name = (person.fullName() + "|" + person.fullNameAr()).toLowerCase(java.util.Locale.ROOT);
            byName.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(person.id());
        }
        return byName.values().stream().filter(ids -> ids.size() > 1).flatMap(List::stream)
                .collect(java.util.stream.Collectors.toSet());
    }

    private TemplateInstance form(UUID id, PersonForm form, Map<String, String> errors, PersonView theirs) {
        return form(id, form, errors, theirs, List.of());
    }

    private TemplateInstance form(UUID id, PersonForm form, Map<String, String> errors, PersonView theirs,
            List<DuplicateCheck.Candidate> duplicates) {
        List<PersonFlag> flags = java.util.Arrays.stream(PersonFlag.values()).filter(personAccess::canSee).toList();
        return Templates.form(id, form, errors, theirs, duplicates, facilityService.choices(), Sex.values(), Category.values(),
                NationalityStatus.values(), DocumentType.values(), flags);
    }

    private static Response seeOther(UUID id, Flash flash) {
        return Response.seeOther(URI.create("/persons/" + id + "?flash=" + flash.param())).build();
    }

    /** The current photos of the people a list shows (all of them in the caller's scope already). */
    private Map<UUID, UUID> photosOf(List<PersonView> people) {
        return personPhotos
                .of(people.stream().map(PersonView::id).toList());
    }
}
