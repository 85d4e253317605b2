package org.homeward.merge;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The merge pages: two records side by side, the one to keep and, for each value that differs,
 * which record's to take; then the merge itself, with its undo.
 */
@Path("/merges")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class MergePages {

    private static final String FIRST = "first";
    private static final String SECOND = "second";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(PersonMerge.Comparison records, Map<String, String> choices,
                Map<String, String> errors, boolean stale, Map<java.util.UUID, java.util.UUID> photos);

        static native TemplateInstance detail(MergeView merge, Flash flash, Map<String, String> errors);
    }

    @Inject
    PersonMerge merges;

    @Inject
    LocalizedText text;

    @Inject
    PersonAccess personAccess;

    /** Where a feature keeps photos; none otherwise. */
    @Inject
    org.homeward.people.PersonPhotos personPhotos;

    @GET
    @Path("/new")
    public TemplateInstance compare(@RestQuery String first, @RestQuery String second) {
        PersonMerge.Comparison records = comparison(first, second);
        return Templates.compare(records, defaults(records), Map.of(), false, photos(records));
    }

    /**
     * The form's choices: {@code survivor} is first or second, and {@code field.NAME} says whose
     * value each differing field takes (kept by field name, for the form shown again). A record changed since the page was opened is shown again
     * as it is now, with the admin's choices kept.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(MultivaluedMap<String, String> form) {
        PersonMerge.Comparison records = comparison(form.getFirst(FIRST), form.getFirst(SECOND));
        Map<String, String> choices = new java.util.HashMap<>();
        form.forEach((name, values) -> choices.put(name.startsWith("field.") ? name.substring(6) : name, values.get(0)));
        boolean keepFirst = !SECOND.equals(form.getFirst("survivor"));
        List<MergeField> fromMerged = new ArrayList<>();
        for (MergeField field : records.differing()) {
            String from = form.getFirst("field." + field.name());
            if (from != null && keepFirst == SECOND.equals(from)) {
                fromMerged.add(field);
            }
        }
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        Long firstVersion = values.longValue(form.getFirst("firstVersion"), "firstVersion");
        Long secondVersion = values.longValue(form.getFirst("secondVersion"), "secondVersion");
        try {
            errors.throwIfAny();
            MergeInput input = keepFirst
                    ? new MergeInput(records.first().id(), records.second().id(), firstVersion,
                            secondVersion, fromMerged, null)
                    : new MergeInput(records.second().id(), records.first().id(), secondVersion,
                            firstVersion, fromMerged, null);
            MergeView merged = merges.merge(input);
            return Response.seeOther(URI.create("/merges/" + merged.id() + "?flash=" + Flash.MERGED.param())).build();
        } catch (StaleEdit stale) {
            // shown as they are now; the admin's choices stay, the versions become the current ones
            choices.put("firstVersion", String.valueOf(records.first().version()));
            choices.put("secondVersion", String.valueOf(records.second().version()));
            return Response.status(409).entity(Templates.compare(records, choices, Map.of(), true, photos(records))).build();
        } catch (ValidationFailed failed) {
            return Response.status(422).entity(Templates.compare(records, choices, failed.byField(), false, photos(records))).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(UUID id, @RestQuery String flash) {
        return Templates.detail(merges.get(id), Flash.fromParam(flash), Map.of());
    }

    @POST
    @Path("/{id}/unmerge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unmerge(UUID id, @RestForm String reason) {
        try {
            merges.unmerge(id, reason);
            return Response.seeOther(URI.create("/merges/" + id + "?flash=" + Flash.UNMERGED.param())).build();
        } catch (ValidationFailed failed) {
            return Response.status(422).entity(Templates.detail(merges.get(id), null, failed.byField())).build();
        }
    }

    private PersonMerge.Comparison comparison(String first, String second) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        UUID a = record(first, FIRST, values, errors);
        UUID b = record(second, SECOND, values, errors);
        errors.throwIfAny();
        return merges.compare(a, b);
    }

    /**
     * A record named by its id (from the duplicate queue) or by its registration number (picked
     * on the duplicate page's comparison form); a number no record in reach carries is an error.
     */
    private UUID record(String typed, String field, TypedValues values, FieldErrors errors) {
        if (typed != null && typed.strip().toUpperCase(Locale.ROOT).startsWith("HW-")) {
            String number = typed.strip().toUpperCase(Locale.ROOT);
            Optional<Person> found = personAccess.reachableByNumber(number);
            if (found.isEmpty()) {
                errors.add(text.error(field, "merge.number.unknown", number));
                return null;
            }
            // a number merged away leads to the record it went into: say so rather than compare that one
            if (!number.equals(found.get().registrationNumber)) {
                errors.add(text.error(field, "merge.number.merged", number, found.get().registrationNumber));
                return null;
            }
            return found.get().id;
        }
        return values.uuid(typed, field);
    }


    /** Keep the first record, and take each differing value from it unless it has none. */
    private static Map<String, String> defaults(PersonMerge.Comparison records) {
        Map<String, String> choices = new java.util.HashMap<>(Map.of("survivor", FIRST));
        for (MergeField field : records.differing()) {
            choices.put(field.name(), records.firstValues().get(field) == null ? SECOND : FIRST);
        }
        choices.put("firstVersion", String.valueOf(records.first().version()));
        choices.put("secondVersion", String.valueOf(records.second().version()));
        return choices;
    }

    /** The two records' photos, side by side, for telling whether they are one person. */
    private Map<java.util.UUID, java.util.UUID> photos(PersonMerge.Comparison records) {
        return personPhotos
                .of(List.of(records.first().id(), records.second().id()));
    }
}
