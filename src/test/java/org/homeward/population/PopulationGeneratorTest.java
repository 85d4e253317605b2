package org.homeward.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.people.Category;
import org.homeward.people.DateOfBirthPrecision;
import org.homeward.people.Sex;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final List<GeneratedPerson> PEOPLE = new PopulationGenerator(42, TODAY).generate(20_000);

    @Test
    void theSameSeedGivesTheSamePopulation() {
        assertEquals(PEOPLE.subList(0, 100), new PopulationGenerator(42, TODAY).generate(100).subList(0, 100));
    }

    @Test
    void aboutTwoThirdsAreChildrenMostOfThemUnderTwelve() {
        long children = PEOPLE.stream().filter(p -> age(p) < 18).count();
        long underTwelve = PEOPLE.stream().filter(p -> age(p) < 12).count();
        double share = (double) children / PEOPLE.size();
        assertTrue(share > 0.55 && share < 0.75, "children: " + share);
        assertTrue(underTwelve > children / 2, "under 12: " + underTwelve + " of " + children);
    }

    @Test
    void detaineesAreMenAndOlderBoysAndCampsHoldMostlyWomenAndChildren() {
        assertTrue(PEOPLE.stream().filter(p -> p.category() == Category.DETAINEE)
                .allMatch(p -> p.sex() == Sex.M && age(p) >= 14));
        long adultMenInCamps = PEOPLE.stream()
                .filter(p -> p.category() == Category.CAMP_RESIDENT && p.sex() == Sex.M && age(p) >= 18).count();
        long campResidents = PEOPLE.stream().filter(p -> p.category() == Category.CAMP_RESIDENT).count();
        assertTrue(adultMenInCamps < campResidents * 0.03, "adult men in camps: " + adultMenInCamps);
    }

    @Test
    void manyNationalitiesWithIraqiAndSyrianMajoritiesInTheCamps() {
        Set<String> nationalities = PEOPLE.stream().map(GeneratedPerson::nationality).collect(Collectors.toSet());
        assertTrue(nationalities.size() >= 50, "nationalities: " + nationalities.size());
        List<GeneratedPerson> inCamps = PEOPLE.stream().filter(p -> p.category() == Category.CAMP_RESIDENT).toList();
        long regional = inCamps.stream().filter(p -> Set.of("IRQ", "SYR").contains(p.nationality())).count();
        assertTrue(regional > inCamps.size() * 0.7, "Iraqi and Syrian in camps: " + regional);
        assertTrue(inCamps.stream().filter(p -> !Set.of("IRQ", "SYR").contains(p.nationality()))
                .allMatch(p -> Set.of("HOL-ANNEX", "ROJ").contains(p.admittedTo())));
    }

    @Test
    void namesCarryBothScriptsAndTheRealVarietyOfSpellings() {
        Set<String> mohammeds = PEOPLE.stream().filter(p -> p.givenNameAr().equals("محمد"))
                .map(GeneratedPerson::givenName).collect(Collectors.toSet());
        assertTrue(mohammeds.size() >= 4, "spellings of محمد: " + mohammeds);
        long estimated = PEOPLE.stream().filter(p -> p.precision() == DateOfBirthPrecision.ESTIMATED).count();
        long yearOnly = PEOPLE.stream().filter(p -> p.precision() == DateOfBirthPrecision.YEAR).count();
        assertTrue(estimated > PEOPLE.size() / 10 && yearOnly > PEOPLE.size() / 10);
    }

    @Test
    void historiesAreConsistent() {
        for (GeneratedPerson p : PEOPLE) {
            assertTrue(!p.admitted().isBefore(p.dateOfBirth()) || p.precision() != DateOfBirthPrecision.EXACT,
                    "admitted before birth: " + p);
            assertTrue(!p.admitted().isAfter(TODAY));
            if (p.transferred() != null) {
                assertTrue(!p.transferred().isBefore(p.admitted()) && !p.transferred().isAfter(TODAY));
            }
        }
        assertTrue(PEOPLE.stream().anyMatch(p -> "HOURI-RC".equals(p.transferredTo())));
    }

    @Test
    void familiesHaveMothersLinkedToTheirChildrenSomeFathersDetainedElsewhereAndSomeOrphans() {
        Map<java.util.UUID, GeneratedPerson> byId = PEOPLE.stream()
                .collect(Collectors.toMap(GeneratedPerson::id, person -> person));
        List<GeneratedPerson.Link> motherLinks = links("MOTHER_OF");
        assertTrue(motherLinks.size() > PEOPLE.size() / 3, "mother-child links: " + motherLinks.size());
        for (GeneratedPerson mother : PEOPLE) {
            for (GeneratedPerson.Link link : mother.links()) {
                if (link.type().endsWith("_OF") && (link.type().startsWith("MOTHER") || link.type().startsWith("FATHER"))) {
                    GeneratedPerson child = byId.get(link.relative());
                    assertTrue(Period.between(mother.dateOfBirth(), child.dateOfBirth()).getYears() >= 14,
                            "a parent at least fourteen at the birth: " + mother + " / " + child);
                    assertEquals(mother.household(), child.household());
                }
            }
        }
        assertTrue(links("FATHER_OF").stream().map(link -> byId.get(link.relative()))
                .anyMatch(child -> child.category() == Category.CAMP_RESIDENT), "fathers detained, children in camps");
        assertTrue(PEOPLE.stream().filter(p -> p.category() == Category.DETAINEE && !p.links().isEmpty())
                .allMatch(p -> p.facilityCode().equals("HSK-DC")));
        assertTrue(links("SIBLING_OF").size() > 20, "orphaned siblings");
        Set<String> evidence = PEOPLE.stream().flatMap(p -> p.links().stream()).map(GeneratedPerson.Link::evidence)
                .collect(Collectors.toSet());
        assertEquals(Set.of("DECLARED", "DOCUMENTED", "DNA_CONFIRMED"), evidence);
        long references = PEOPLE.stream().filter(GeneratedPerson::householdReference).count();
        assertEquals(PEOPLE.stream().map(GeneratedPerson::household).filter(java.util.Objects::nonNull).distinct()
                .count(), references, "one reference person per household");
    }

    private static List<GeneratedPerson.Link> links(String type) {
        return PEOPLE.stream().flatMap(p -> p.links().stream()).filter(link -> link.type().equals(type)).toList();
    }

    private static int age(GeneratedPerson person) {
        return Period.between(person.dateOfBirth(), TODAY).getYears();
    }
}
