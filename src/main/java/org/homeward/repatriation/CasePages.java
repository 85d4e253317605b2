package org.homeward.repatriation;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.homeward.people.Person;
import org.homeward.people.PersonAccess;
import org.homeward.access.Roles;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.Flash;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.Pagination;
import org.homeward.kernel.StaleEdit;
import org.homeward.kernel.TypedValues;
import org.homeward.kernel.ValidationFailed;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** The case pages: list, officer's dashboard, a case with its checklist, timeline and notes, and the forms. */
@Path("/cases")
@Produces(MediaType.TEXT_HTML)
public class CasePages {

    private static final int PAGE_SIZE = 50;

    /** The list's filters as typed. */
    public record ListQuery(String country, String stage, String officer, boolean overdue, String attention) {

        public String link(int page) {
            return "/cases?country=" + nonNull(country) + "&stage=" + nonNull(stage) + "&officer=" + nonNull(officer)
                    + (overdue ? "&overdue=true" : "") + "&attention=" + nonNull(attention) + "&page=" + page;
        }

        private static String nonNull(String value) {
            return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A new case as typed: the country and the subjects' registration numbers, one per line. */
    public record OpenForm(String country, String registrationNumbers) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageOf<CaseSummary> cases, ListQuery query, Stage[] stages,
                CaseAttention[] attentions, Pagination pages);

        static native TemplateInstance detail(CaseView kase, List<Stage> targets, CheckItem bestInterests,
                Map<String, String> errors, List<String> problems, Flash flash);

        static native TemplateInstance open(OpenForm form, Map<String, String> errors);

        static native TemplateInstance dashboard(CaseDashboard dashboard, Stage[] stages);
    }

    @Inject
    CaseService caseService;

    @Inject
    CaseQueries caseQueries;

    @Inject
    PersonAccess personAccess;

    @Inject
    LocalizedText text;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance list(@RestQuery String country, @RestQuery String stage, @RestQuery String officer,
            @RestQuery boolean overdue, @RestQuery String attention, @RestQuery String page) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        Stage wanted = values.choice(Stage.class, stage, "stage");
        CaseAttention waitingFor = values.choice(CaseAttention.class, attention, "attention");
        // a filter that cannot be read is refused, not dropped: an unfiltered list would pass for the filtered one
        errors.throwIfAny();
        PageOf<CaseSummary> found = caseQueries.list(new CaseQueries.Filter(country, wanted, officer, overdue, waitingFor),
                Pagination.pageNumber(page), PAGE_SIZE);
        return Templates.list(found, new ListQuery(country, stage, officer, overdue, attention), Stage.values(),
                CaseAttention.values(),
                Pagination.of(found));
    }

    @GET
    @Path("/dashboard")
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance dashboard() {
        return Templates.dashboard(caseQueries.dashboard(), Stage.values());
    }

    @GET
    @Path("/new")
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance openForm(@RestQuery String country, @RestQuery String numbers) {
        return Templates.open(new OpenForm(country, numbers == null ? null : numbers.replace(",", "\n")), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response open(@RestForm String country, @RestForm String registrationNumbers) {
        OpenForm form = new OpenForm(country, registrationNumbers);
        try {
            List<UUID> subjects = new ArrayList<>();
            for (String number : (registrationNumbers == null ? "" : registrationNumbers).split("[\\s,;]+")) {
                if (!number.isBlank()) {
                    Person person = personAccess.reachableByNumber(number).orElseThrow(() -> new ValidationFailed(List.of(
                            text.error("registrationNumbers", "case.subject.number", number))));
                    subjects.add(person.id);
                }
            }
            CaseView opened = caseService.open(new CaseInput(country, subjects, null));
            return Response.seeOther(URI.create("/cases/" + opened.id() + "?flash=" + Flash.CREATED.param())).build();
        } catch (ValidationFailed failed) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            failed.errors().forEach(error -> errors.putIfAbsent(error.field().startsWith("subjectIds")
                    ? "registrationNumbers" : error.field(), error.message()));
            return Response.status(422).entity(Templates.open(form, errors)).build();
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public TemplateInstance detail(UUID id, @RestQuery String flash) {
        return detail(caseQueries.get(id), Map.of(), List.of(), Flash.fromParam(flash));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response transition(UUID id, @RestForm String to, @RestForm String reason, @RestForm String version) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        TransitionInput input = new TransitionInput(values.choice(Stage.class, to, "to"), reason,
                values.longValue(version, "version"));
        try {
            errors.throwIfAny();
            caseService.transition(id, input);
            return Response.seeOther(URI.create("/cases/" + id + "?flash=" + Flash.SAVED.param())).build();
        } catch (StaleEdit stale) {
            return Response.status(Response.Status.CONFLICT).entity(detail((CaseView) stale.current(), Map.of(),
                    List.of(text.get("case.changed")), null)).build();
        } catch (ValidationFailed failed) {
            return Response.status(422).entity(detail(caseQueries.get(id), Map.of("reason", reason == null ? "" : reason),
                    failed.errors().stream().map(error -> error.message()).toList(), null)).build();
        }
    }

    @POST
    @Path("/{id}/checklist/{item}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response record(UUID id, String item, @RestForm String personId, @RestForm String done,
            @RestForm String detail, @RestForm String documentType, @RestForm String documentNumber,
            @RestForm String documentExpiry, @RestForm String handoverDate, @RestForm String handoverPoint,
            @RestForm String receivingAuthority, @RestForm String version) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        Long seen = values.longValue(version, "version");
        CheckItem checked = values.choice(CheckItem.class, item, "item");
        UUID person = values.uuid(personId, "personId");
        LocalDate expiry = values.date(documentExpiry, "documentExpiry");
        LocalDate handover = values.date(handoverDate, "handoverDate");
        try {
            errors.throwIfAny();
            caseService.record(id, checked, new CheckInput(person, !"false".equals(done), detail, documentType,
                    documentNumber, expiry, handover, handoverPoint, receivingAuthority, seen));
            return Response.seeOther(URI.create("/cases/" + id + "?flash=" + Flash.SAVED.param() + "#checklist"))
                    .build();
        } catch (StaleEdit stale) {
            return Response.status(Response.Status.CONFLICT).entity(detail((CaseView) stale.current(), Map.of(),
                    List.of(text.get("case.changed")), null)).build();
        } catch (ValidationFailed failed) {
            return Response.status(422).entity(detail(caseQueries.get(id), Map.of(),
                    failed.errors().stream().map(error -> error.message()).toList(), null)).build();
        }
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public Response note(UUID id, @RestForm String text) {
        try {
            caseService.note(id, new NoteInput(text));
            return Response.seeOther(URI.create("/cases/" + id + "?flash=" + Flash.SAVED.param() + "#notes")).build();
        } catch (ValidationFailed failed) {
            return Response.status(422).entity(detail(caseQueries.get(id), Map.of("note", text == null ? "" : text),
                    failed.errors().stream().map(error -> error.message()).toList(), null)).build();
        }
    }

    static TemplateInstance detail(CaseView kase, Map<String, String> typed, List<String> problems,
            Flash flash) {
        List<Stage> targets = Arrays.stream(Stage.values())
                .filter(stage -> Transitions.refusal(kase.stage(), kase.heldFromStage(), stage).isEmpty()).toList();
        return Templates.detail(kase, targets, CheckItem.BEST_INTERESTS, typed, problems, flash);
    }
}
