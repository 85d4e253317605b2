package org.homeward.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.facilities.FacilityRef;
import org.homeward.access.Caller;

/** A person as pages, the API and other features show them: ages as of today, flags the caller may see, pending claims. */
@ApplicationScoped
public class PersonViews {

    @Inject
    Caller caller;

    @Inject
    NationalityClaims claims;

    @Inject
    PersonAccess personAccess;

    @Inject
    Clock clock;

    /** Mapping for other features that show people (movements, occupancy, households). */
    public PersonView view(Person person, Map<UUID, FacilityRef> refs) {
        LocalDate today = today();
        Age age = person.dateOfBirth == null ? null
                : Age.of(person.dateOfBirth, person.dateOfBirthPrecision, today);
        return new PersonView(person.id, person.registrationNumber, person.givenName, person.fatherName,
                person.grandfatherName, person.familyName, person.givenNameAr, person.fatherNameAr,
                person.grandfatherNameAr, person.familyNameAr, person.aliases.stream().sorted().toList(), person.sex,
                person.dateOfBirth, person.dateOfBirthPrecision, age == null ? null : age.years(), age,
                person.dateOfBirth != null
                        && Age.turns18Within6Months(person.dateOfBirth, person.dateOfBirthPrecision, today),
                person.placeOfBirth,
                nationalitiesOf(person),
                person.documents.stream()
                        .map(d -> new PersonView.DocumentView(d.type, d.number, d.issuingCountry, d.expiry)).toList(),
                person.category, person.status,
                person.currentFacilityId == null ? null : refs.get(person.currentFacilityId),
                person.flags.stream().filter(personAccess::canSee).sorted().toList(), person.version,
                person.anonymizedAt);
    }

    /** A person's view with the nationalities waiting for confirmation, for those who see the person. */
    PersonView withClaims(PersonView view) {
        if (!caller.maySeeNationalityClaims()) {
            return view;
        }
        List<NationalityClaims.Claim> pending = claims.of(view.id());
        if (pending.isEmpty()) {
            return view;
        }
        List<PersonView.NationalityView> all = new java.util.ArrayList<>(view.nationalities());
        UUID facility = view.currentFacility() == null ? null : view.currentFacility().id();
        pending.forEach(c -> all.add(new PersonView.NationalityView(c.country(), NationalityStatus.CLAIMED, true,
                c.claimedBy(), caller.mayConfirmNationality(c.claimedBySubject(), facility))));
        all.sort(java.util.Comparator.comparing(PersonView.NationalityView::country));
        return view.withNationalities(all);
    }

    private static List<PersonView.NationalityView> nationalitiesOf(Person person) {
        return person.nationalities.stream().sorted(java.util.Comparator.comparing(n -> n.country))
                .map(n -> new PersonView.NationalityView(n.country, n.status, false, null, false)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
