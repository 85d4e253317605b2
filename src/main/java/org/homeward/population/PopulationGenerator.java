package org.homeward.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import org.homeward.people.Category;
import org.homeward.people.DateOfBirthPrecision;
import org.homeward.people.NationalityStatus;
import org.homeward.people.PersonStatus;
import org.homeward.people.Sex;

/**
 * A synthetic population with the shape of the real one, deterministic from a seed: about 60
 * nationalities with Iraqi and Syrian majorities in the camps; two thirds children, most under
 * 12; mothers with their children in camps (foreign families in the annex and in Roj); adult men
 * and older boys in detention; some boys moved to the rehabilitation centre; names in both
 * scripts with the real variety of Latin spellings; many dates of birth known only by year or
 * estimated. No real person is described.
 */
public final class PopulationGenerator {

    /** Share of household units that are one detainee rather than a family in a camp. */
    private static final double DETAINEE_UNITS = 0.45;
    /** Share of camp families that are orphaned siblings, without a mother. */
    private static final double ORPHANED_UNITS = 0.04;
    /** Share of mothers whose husband is detained elsewhere, and linked as the children's father. */
    private static final double DETAINED_FATHERS = 0.25;
    private static final LocalDate FIRST_ARRIVALS = LocalDate.of(2019, 3, 23);

    private static final String[] OTHER_COUNTRIES = { "TUN", "MAR", "EGY", "SAU", "JOR", "LBN", "TUR", "RUS", "UZB",
            "TJK", "KAZ", "KGZ", "AZE", "FRA", "BEL", "DEU", "NLD", "GBR", "SWE", "DNK", "NOR", "FIN", "AUT", "CHE",
            "ITA", "ESP", "PRT", "IRL", "USA", "CAN", "AUS", "NZL", "TTO", "IDN", "MYS", "PHL", "PAK", "AFG", "IND",
            "BGD", "CHN", "SDN", "SOM", "LBY", "DZA", "YEM", "KWT", "BHR", "ARE", "IRN", "GEO", "UKR", "BIH", "ALB",
            "MKD", "SRB", "BGR", "POL" };

    /** Nationals of these countries often carry a family name of their country rather than of the region. */
    private static final java.util.Set<String> FAR_COUNTRIES = java.util.Set.of("FRA", "BEL", "DEU", "NLD", "GBR",
            "SWE", "DNK", "NOR", "FIN", "AUT", "CHE", "ITA", "ESP", "PRT", "IRL", "USA", "CAN", "AUS", "NZL", "RUS",
            "UZB", "TJK", "KAZ");

    private final SplittableRandom random;
    private final LocalDate today;

    public PopulationGenerator(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    /** Generates at least {@code people} people (the last household is kept whole), handing each over. */
    public void generate(int people, Consumer<GeneratedPerson> into) {
        int made = 0;
        while (made < people) {
            List<GeneratedPerson> unit = random.nextDouble() < DETAINEE_UNITS ? List.of(detainee()) : household();
            unit.forEach(into);
            made += unit.size();
        }
    }

    public List<GeneratedPerson> generate(int people) {
        List<GeneratedPerson> all = new ArrayList<>(people + 8);
        generate(people, all::add);
        return all;
    }

    private GeneratedPerson detainee() {
        boolean boy = random.nextDouble() < 0.2;
        int age = boy ? 14 + random.nextInt(4) : 18 + random.nextInt(40);
        String nationality = nationality(0.25, 0.30);
        String facility = boy && random.nextBoolean() ? "HOURI-RC" : "HSK-DC";
        Names.Name given = pick(Names.MALE);
        Names.Name father = pick(Names.MALE);
        Names.Name family = familyFor(nationality);
        LocalDate born = birth(age);
        LocalDate admitted = admission(born);
        return person(given, father, family, Sex.M, born, Category.DETAINEE, nationality, facility, admitted, null,
                null);
    }

    /**
     * A family in a camp: a mother with her children (and now and then her own mother), the
     * mother's children linked to her; a quarter of the fathers detained elsewhere and linked; a
     * few groups of orphaned siblings. Boys of 14 and over are sometimes moved to the
     * rehabilitation centre, which splits the family.
     */
    private List<GeneratedPerson> household() {
        String nationality = nationality(0.45, 0.35);
        boolean regional = nationality.equals("IRQ") || nationality.equals("SYR");
        String camp = regional ? (random.nextDouble() < 0.15 ? "ROJ" : random.nextDouble() < 0.7 ? "HOL" : "HOL-PH5")
                : (random.nextDouble() < 0.7 ? "HOL-ANNEX" : "ROJ");
        Names.Name family = familyFor(nationality);
        Names.Name husband = pick(Names.MALE);
        LocalDate admitted = admission(birth(25));
        boolean orphans = random.nextDouble() < ORPHANED_UNITS;
        int motherAge = 18 + random.nextInt(31);
        LocalDate motherBorn = birth(motherAge);
        GeneratedPerson mother = orphans ? null
                : person(pick(Names.FEMALE), pick(Names.MALE), family, Sex.F, motherBorn, Category.CAMP_RESIDENT,
                        nationality, camp, later(admitted, motherBorn), null, null);
        List<GeneratedPerson> children = new ArrayList<>();
        int count = (orphans ? 2 : 1) + random.nextInt(3) + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            boolean girl = random.nextBoolean();
            int age = random.nextDouble() < 0.75 ? random.nextInt(12) : 12 + random.nextInt(6);
            // a mother at least fifteen at the birth, even once the dates are cut to the year
            age = Math.min(age, motherAge - 16);
            LocalDate born = birth(age);
            LocalDate childAdmitted = later(admitted, born);
            String transferredTo = null;
            LocalDate transferred = null;
            if (!girl && age >= 14 && random.nextDouble() < 0.3) {
                transferredTo = "HOURI-RC";
                transferred = later(childAdmitted.plusMonths(6), born.plusYears(14));
                if (transferred.isAfter(today)) {
                    transferredTo = null;
                    transferred = null;
                }
            }
            children.add(person(pick(girl ? Names.FEMALE : Names.MALE), husband, family, girl ? Sex.F : Sex.M, born,
                    Category.CAMP_RESIDENT, nationality, camp, childAdmitted, transferredTo, transferred));
        }
        UUID household = randomUuid();
        List<GeneratedPerson> members = new ArrayList<>();
        if (orphans) {
            // the eldest stands for the group; siblings linked to the eldest
            GeneratedPerson eldest = children.stream().min(java.util.Comparator.comparing(GeneratedPerson::dateOfBirth))
                    .orElseThrow();
            for (GeneratedPerson child : children) {
                members.add(child == eldest
                        ? child.inFamily(household, true, children.stream().filter(other -> other != eldest)
                                .map(other -> new GeneratedPerson.Link("SIBLING_OF", other.id(), evidence())).toList())
                        : child.inFamily(household, false, List.of()));
            }
            return members;
        }
        members.add(mother.inFamily(household, true, children.stream()
                .map(child -> new GeneratedPerson.Link("MOTHER_OF", child.id(), evidence())).toList()));
        children.forEach(child -> members.add(child.inFamily(household, false, List.of())));
        if (random.nextDouble() < DETAINED_FATHERS) {
            int fatherAge = Math.max(motherAge + random.nextInt(8), 20);
            LocalDate fatherBorn = birth(fatherAge);
            List<GeneratedPerson.Link> links = new ArrayList<>(children.stream()
                    .map(child -> new GeneratedPerson.Link("FATHER_OF", child.id(), evidence())).toList());
            links.add(new GeneratedPerson.Link("SPOUSE_OF", mother.id(), "DECLARED"));
            members.add(person(husband, pick(Names.MALE), family, Sex.M, fatherBorn, Category.DETAINEE, nationality,
                    "HSK-DC", admission(fatherBorn), null, null).inFamily(household, false, links));
        }
        if (random.nextDouble() < 0.05) {
            boolean grandmother = random.nextDouble() < 0.7;
            GeneratedPerson elder = person(pick(grandmother ? Names.FEMALE : Names.MALE), pick(Names.MALE), family,
                    grandmother ? Sex.F : Sex.M, birth(Math.max(60 + random.nextInt(20), motherAge + 20)),
                    Category.CAMP_RESIDENT, nationality, camp, admitted, null, null);
            members.add(elder.inFamily(household, false, List.of(new GeneratedPerson.Link(
                    grandmother ? "MOTHER_OF" : "FATHER_OF", mother.id(), "DECLARED"))));
        }
        return members;
    }

    /** Most links are declared; some documented; a few confirmed by DNA. */
    private String evidence() {
        double draw = random.nextDouble();
        return draw < 0.75 ? "DECLARED" : draw < 0.9 ? "DOCUMENTED" : "DNA_CONFIRMED";
    }

    private GeneratedPerson person(Names.Name given, Names.Name father, Names.Name family, Sex sex, LocalDate born,
            Category category, String nationality, String admittedTo, LocalDate admitted, String transferredTo,
            LocalDate transferred) {
        DateOfBirthPrecision precision = precision();
        LocalDate recorded = switch (precision) {
            case YEAR -> born.withDayOfYear(1);
            case MONTH -> born.withDayOfMonth(1);
            case EXACT, ESTIMATED -> born;
        };
        String place = transferredTo != null ? transferredTo : admittedTo;
        PersonStatus status = switch (StandardFacilities.byCode(place).type()) {
            case CAMP, CAMP_SECTION -> PersonStatus.IN_CAMP;
            case HOSPITAL -> PersonStatus.HOSPITALISED;
            case DETENTION_CENTRE, REHABILITATION_CENTRE -> PersonStatus.IN_CUSTODY;
        };
        double certainty = random.nextDouble();
        NationalityStatus nationalityStatus = certainty < 0.85 ? NationalityStatus.CLAIMED
                : certainty < 0.95 ? NationalityStatus.VERIFIED : NationalityStatus.DISPUTED;
        return new GeneratedPerson(randomUuid(),
                spelling(given), spelling(father), spelling(family), given.arabic(), father.arabic(), family.arabic(),
                sex, recorded, precision, category, nationality, nationalityStatus, admittedTo, admitted,
                transferredTo, transferred, status, null, false, List.of());
    }

    /** Iraqi and Syrian shares given; the rest spread over the other countries, a few far more often. */
    private String nationality(double iraqi, double syrian) {
        double draw = random.nextDouble();
        if (draw < iraqi) {
            return "IRQ";
        }
        if (draw < iraqi + syrian) {
            return "SYR";
        }
        int index = (int) (OTHER_COUNTRIES.length * Math.pow(random.nextDouble(), 1.6));
        return OTHER_COUNTRIES[index];
    }

    private Names.Name familyFor(String nationality) {
        boolean far = FAR_COUNTRIES.contains(nationality);
        return pick(far && random.nextDouble() < 0.6 ? Names.FAMILY_FOREIGN : Names.FAMILY_REGIONAL);
    }

    /** A version-4 UUID drawn from this generator, so ids too are reproducible from the seed. */
    private UUID randomUuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private DateOfBirthPrecision precision() {
        double draw = random.nextDouble();
        return draw < 0.35 ? DateOfBirthPrecision.EXACT : draw < 0.45 ? DateOfBirthPrecision.MONTH
                : draw < 0.75 ? DateOfBirthPrecision.YEAR : DateOfBirthPrecision.ESTIMATED;
    }

    private LocalDate birth(int age) {
        return today.minusYears(age).minusDays(random.nextInt(365));
    }

    private LocalDate admission(LocalDate born) {
        long span = today.minusDays(60).toEpochDay() - FIRST_ARRIVALS.toEpochDay();
        return later(FIRST_ARRIVALS.plusDays(random.nextLong(span)), born);
    }

    private LocalDate later(LocalDate a, LocalDate b) {
        LocalDate latest = a.isAfter(b) ? a : b;
        return latest.isAfter(today) ? today : latest;
    }

    /** The commonest spelling most often, the rarer ones less. */
    private String spelling(Names.Name name) {
        int index = (int) (name.latin().size() * Math.pow(random.nextDouble(), 2));
        return name.latin().get(index);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
