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
    private static final int SHOWN = 5;

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

    /**
     * The candidates of each of many registrations (the rows of an import), in their order; one
     * audit event names every person shown.
     */
    public List<List<Candidate>> candidatesOfEach(List<PersonInput> inputs) {
        Map<UUID, FacilityRef> refs = facilityService.refs();
        List<List<Candidate>> each = inputs.stream().map(input -> input == null ? List.<Candidate>of() : weighed(input, refs)).toList();
        List<UUID> shown = each.stream().flatMap(List::stream).map(c -> c.person().id()).distinct().toList();
        audit.record(AuditAction.SEARCH, Person.AUDIT_TYPE, null, Map.of("duplicateCheck", true,
                "rows", inputs.size(), "candidates", shown));
        return each;
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
        Optional<BirthRange> born = BirthRange.of(input.dateOfBirth(), input.dateOfBirthPrecision());
        Set<String> nationalities = input.nationalities() == null ? Set.of()
                : input.nationalities().stream().map(n -> n.country() == null ? "" : n.country().toUpperCase())
                        .collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (Person person : personRepository.list("id in ?1", List.copyOf(alike.keySet()))) {
            double nameScore = alike.get(person.id);
            List<String> reasons = new ArrayList<>();
            reasons.add(text.get("duplicate.reason.names", Math.round(nameScore * 100)));
            double score = 0.6 * nameScore;
            Optional<BirthRange> theirs = BirthRange.of(person);
            if (born.isPresent() && theirs.isPresent()) {
                if (overlap(born.get(), theirs.get())) {
                    score += 0.2;
                    reasons.add(text.get("duplicate.reason.born"));
                } else {
                    score -= 0.2;
                }
            } else {
                score += 0.1;
            }
            if (input.sex() != null && input.sex() != person.sex) {
                // a man is not a woman however alike the names: no candidate
                continue;
            }
            if (input.sex() != null) {
                score += 0.1;
                reasons.add(text.get("duplicate.reason.sex"));
            }
            List<String> shared = person.nationalities.stream().map(n -> n.country).filter(nationalities::contains)
                    .sorted().toList();
            if (!shared.isEmpty()) {
                score += 0.1;
                reasons.add(text.get("duplicate.reason.nationality", String.join(", ", shared)));
            }
            if (input.fatherName() != null && person.fatherName != null
                    && org.homeward.people.NameKeys.keys(input.fatherName())
                            .equals(org.homeward.people.NameKeys.keys(person.fatherName))) {
                reasons.add(text.get("duplicate.reason.father"));
            }
            if (score >= LIKELY) {
                candidates.add(new Candidate(personViews.view(person, refs), Math.min(1.0, score), reasons));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates.stream().limit(SHOWN).toList();
    }

    private static boolean overlap(BirthRange a, BirthRange b) {
        // a year of slack either side: ages told, not documented
        LocalDate aFrom = a.earliest().minusYears(1);
        LocalDate aTo = a.latest().plusYears(1);
        return !aTo.isBefore(b.earliest()) && !b.latest().isBefore(aFrom);
    }
}
