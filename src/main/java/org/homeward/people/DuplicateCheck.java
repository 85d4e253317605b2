package org.homeward.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditLog;
import org.homeward.facilities.FacilityRef;
import org.homeward.facilities.FacilityService;
import org.homeward.kernel.LocalizedText;

/**
 * Is the person about to be registered already held? Candidates come from name search (every
 * name part, both scripts, any spelling), then are weighed: names alike, a compatible date of
 * birth given how well each is known, the same sex, a shared nationality. Only people in the
 * caller's scope are considered, and the check is audited as a search.
 */
@ApplicationScoped
public class DuplicateCheck {

    /** The score from which a candidate is shown as a likely duplicate (0 to 1). */
    static final double LIKELY = 0.7;
    private static final int CANDIDATES = 30;
    static final int SHOWN = 5;
    /** What a shared nationality adds to the likelihood (the last thing weighed). */
    static final double NATIONALITY_WEIGHT = 0.1;

    /** An existing person who may be the one being registered, and why. */
    public record Candidate(PersonView person, double score, List<String> reasons) {

        /** The score as a percentage, for people to read. */
        public long percent() {
            return Math.round(score * 100);
        }
    }

    @Inject
    PersonRepository personRepository;

    @Inject
    PersonAccess personAccess;

    @Inject
    PersonViews personViews;

    @Inject
    FacilityService facilityService;

    @Inject
    LocalizedText text;

    @Inject
    AuditLog audit;

    public List<Candidate> candidates(PersonInput input) {
        if (input == null) {
            return List.of();
        }
        List<Candidate> shown = weighed(input, facilityService.refs());
        audit.record(AuditAction.SEARCH, Person.AUDIT_TYPE, null, Map.of("duplicateCheck", true,
                "candidates", shown.stream().map(c -> c.person().id()).toList()));
        return shown;
    }

    private List<Candidate> weighed(PersonInput input, Map<UUID, FacilityRef> refs) {
        String names = String.join(" ", java.util.stream.Stream.of(input.givenName(), input.fatherName(),
                input.grandfatherName(), input.familyName()).filter(Objects::nonNull).toList());
        String namesAr = String.join(" ", java.util.stream.Stream.of(input.givenNameAr(), input.fatherNameAr(),
                input.grandfatherNameAr(), input.familyNameAr()).filter(Objects::nonNull).toList());
        Map<UUID, Double> alike = new HashMap<>();
        for (String name : List.of(names, namesAr)) {
            if (!name.isBlank()) {
                personRepository.alike(name, personAccess.scope(), CANDIDATES)
                        .forEach(match -> alike.merge(match.id(), match.similarity(), Math::max));
            }
        }
        if (alike.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Person person : personRepository.list("id in ?1", List.copyOf(alike.keySet()))) {
            double nameScore = alike.get(person.id);
            Optional<Likeness> likeness = likeness(input, person, nameScore);
            if (likeness.isEmpty()) {
                continue;
            }
            double score = likeness.get().score();
            List<String> reasons = new ArrayList<>();
            reasons.add(text.get("duplicate.reason.names", Math.round(nameScore * 100)));
            if (likeness.get().bornAlike()) {
                reasons.add(text.get("duplicate.reason.born"));
            }
            if (input.sex() != null) {
                reasons.add(text.get("duplicate.reason.sex"));
            }
            if (!likeness.get().sharedNationalities().isEmpty()) {
                reasons.add(text.get("duplicate.reason.nationality", String.join(", ", likeness.get().sharedNationalities())));
            }
            if (input.fatherName() != null && person.fatherName != null
                    && org.homeward.people.NameKeys.keys(input.fatherName())
                            .equals(org.homeward.people.NameKeys.keys(person.fatherName))) {
                reasons.add(text.get("duplicate.reason.father"));
            }
            if (score >= LIKELY) {
                candidates.add(new Candidate(personViews.view(person, refs), score, reasons));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates.stream().limit(SHOWN).toList();
    }

    /** How likely a registered person is the one an input describes, and what speaks for it. */
    record Likeness(double score, boolean bornAlike, List<String> sharedNationalities) {
    }

    /**
     * The weighing of a candidate whose names are {@code nameScore} alike (0 to 1): names count
     * most, then a compatible date of birth (given how well each is known), the same sex, a shared
     * nationality. Empty when they cannot be one person: a man is not a woman however alike the names.
     */
    static Optional<Likeness> likeness(PersonInput input, Person person, double nameScore) {
        return likeness(input, person.sex, BirthRange.of(person),
                person.nationalities.stream().map(n -> n.country).toList(), nameScore);
    }

    /**
     * What of a registration the weighing compares, read once: many candidates are weighed against
     * one row of an import.
     */
    record Described(Sex sex, Optional<BirthRange> born, Set<String> nationalities) {

        static Described of(PersonInput input) {
            return new Described(input.sex(), BirthRange.of(input.dateOfBirth(), input.dateOfBirthPrecision()),
                    input.nationalities() == null ? Set.of() : input.nationalities().stream()
                            .map(n -> n.country() == null ? "" : n.country().toUpperCase()).collect(Collectors.toSet()));
        }
    }

    /** {@link #likeness(PersonInput, Person, double)} of a person known by these fields alone (a pass over the registry). */
    static Optional<Likeness> likeness(PersonInput input, Sex theirSex, Optional<BirthRange> theirBirth,
            java.util.Collection<String> theirNationalities, double nameScore) {
        return likeness(Described.of(input), theirSex, theirBirth, theirNationalities, nameScore);
    }

    static Optional<Likeness> likeness(Described input, Sex theirSex, Optional<BirthRange> theirBirth,
            java.util.Collection<String> theirNationalities, double nameScore) {
        if (input.sex() != null && input.sex() != theirSex) {
            return Optional.empty();
        }
        double score = 0.6 * nameScore;
        boolean bornAlike = false;
        if (input.born().isPresent() && theirBirth.isPresent()) {
            bornAlike = overlap(input.born().get(), theirBirth.get());
            score += bornAlike ? 0.2 : -0.2;
        } else {
            score += 0.1;
        }
        if (input.sex() != null) {
            score += 0.1;
        }
        List<String> shared = theirNationalities.isEmpty() ? List.of()
                : theirNationalities.stream().filter(input.nationalities()::contains).distinct().sorted().toList();
        if (!shared.isEmpty()) {
            score += NATIONALITY_WEIGHT;
        }
        return Optional.of(new Likeness(Math.min(1.0, score), bornAlike, shared));
    }

    private static boolean overlap(BirthRange a, BirthRange b) {
        // a year of slack either side: ages told, not documented
        LocalDate aFrom = a.earliest().minusYears(1);
        LocalDate aTo = a.latest().plusYears(1);
        return !aTo.isBefore(b.earliest()) && !b.latest().isBefore(aFrom);
    }
}
