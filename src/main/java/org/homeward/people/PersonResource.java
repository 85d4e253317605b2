package org.homeward.people;

import java.net.URI;
import java.util.UUID;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.homeward.access.Roles;
import org.homeward.audit.AuditTrail;
import org.homeward.kernel.FieldErrors;
import org.homeward.kernel.LocalizedText;
import org.homeward.kernel.PageOf;
import org.homeward.kernel.PageRequest;
import org.homeward.kernel.TypedValues;

/**
 * {@code /api/v1/persons} (shared/API.md). Case workers and officers read within their scope;
 * case workers and admins register and change. Auditors and analysts see no person records.
 */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonQueries personQueries;

    @Inject
    PersonService personService;

    @Inject
    DuplicateCheck duplicates;

    @Inject
    PageRequest pages;

    @Inject
    LocalizedText text;

    @GET
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public PageOf<PersonView> list(@QueryParam("nationality") String nationality,
            @QueryParam("facility") String facility, @QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("sex") String sex,
            @QueryParam("ageFrom") String ageFrom, @QueryParam("ageTo") String ageTo, @QueryParam("q") String q,
            @QueryParam("sort") String sort, @QueryParam("attention") String attention, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        pages.check(page, size);
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        PersonFilter filter = new PersonFilter(nationality, facility,
                values.choice(PersonStatus.class, status, "status"), values.choice(Category.class, category, "category"),
                values.choice(Sex.class, sex, "sex"), values.integer(ageFrom, "ageFrom"), values.integer(ageTo, "ageTo"),
                q, sort, values.choice(Attention.class, attention, "attention"));
        errors.throwIfAny();
        return personQueries.list(filter, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.REPATRIATION_OFFICER, Roles.ADMIN })
    public PersonView get(UUID id) {
        return personQueries.get(id);
    }

    /**
     * Registers a person. The body is the new person, with {@code possibleDuplicates}: people
     * already registered who may be the same (found before saving), so the caller can check.
     */
    @POST
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public Response register(PersonInput input) {
        List<DuplicateCheck.Candidate> candidates = duplicates.candidates(input);
        PersonView created = personService.register(input);
        return Response.created(URI.create("/api/v1/persons/" + created.id()))
                .entity(new Registered(created, candidates)).build();
    }

    public record Registered(@JsonUnwrapped PersonView person, List<DuplicateCheck.Candidate> possibleDuplicates) {
    }

    /** The duplicate check of a registration, before it is made: the fields of a registration as parameters. */
    @GET
    @Path("/duplicates")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public List<DuplicateCheck.Candidate> duplicates(@QueryParam("givenName") String givenName,
            @QueryParam("fatherName") String fatherName, @QueryParam("grandfatherName") String grandfatherName,
            @QueryParam("familyName") String familyName, @QueryParam("givenNameAr") String givenNameAr,
            @QueryParam("fatherNameAr") String fatherNameAr, @QueryParam("grandfatherNameAr") String grandfatherNameAr,
            @QueryParam("familyNameAr") String familyNameAr, @QueryParam("sex") String sex,
            @QueryParam("dateOfBirth") String dateOfBirth, @QueryParam("dateOfBirthPrecision") String precision,
            @QueryParam("nationality") List<String> nationalities) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        java.time.LocalDate born = values.date(dateOfBirth, "dateOfBirth");
        DateOfBirthPrecision bornPrecision = values.choice(DateOfBirthPrecision.class, precision,
                "dateOfBirthPrecision");
        PersonInput input = new PersonInput(givenName, fatherName, grandfatherName, familyName, givenNameAr,
                fatherNameAr, grandfatherNameAr, familyNameAr, List.of(), values.choice(Sex.class, sex, "sex"), born,
                born != null && bornPrecision == null ? DateOfBirthPrecision.EXACT : bornPrecision, null,
                nationalities == null ? List.of() : nationalities.stream()
                        .map(country -> new PersonInput.NationalityInput(country, NationalityStatus.CLAIMED)).toList(),
                List.of(), null, null, null, null);
        errors.throwIfAny();
        return duplicates.candidates(input);
    }

    /** Sets one flag, {@code {"flag": "UNACCOMPANIED_CHILD"}}, leaving the others as they are. */
    @POST
    @Path("/{id}/flags")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public PersonView addFlag(UUID id, FlagInput input) {
        return personService.addFlag(id, input == null ? null : input.flag());
    }

    public record FlagInput(PersonFlag flag) {
    }

    /**
     * The second person's confirmation of a nationality a case worker added (the two-person check):
     * an admin, or another case worker of the person's facility. 404 when no such claim waits.
     */
    @POST
    @Path("/{id}/nationalities/{country}/confirmation")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public PersonView confirmNationality(UUID id, String country) {
        return personService.confirmNationality(id, country);
    }

    /**
     * {@code {"items": [{occurredAt, actor, roles, how, purpose, eventId}]}}: who saw this person, for
     * auditors; {@code from} and {@code to} (dates, inclusive) narrow it to a period.
     */
    @GET
    @Path("/{id}/disclosures")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    public Map<String, List<AuditTrail.Disclosure>> disclosures(UUID id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        FieldErrors errors = new FieldErrors();
        TypedValues values = new TypedValues(errors, text);
        java.time.LocalDate since = values.date(from, "from");
        java.time.LocalDate until = values.date(to, "to");
        errors.throwIfAny();
        return Map.of("items", personQueries.disclosures(id, since, until));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.CASEWORKER, Roles.ADMIN })
    public PersonView update(UUID id, PersonInput input) {
        return personService.update(id, input);
    }
}
