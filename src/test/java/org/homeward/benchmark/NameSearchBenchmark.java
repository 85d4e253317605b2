package org.homeward.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Function;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.access.Roles;
import org.homeward.population.GeneratedPerson;
import org.homeward.population.PopulationGenerator;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Name search and the duplicate check at scale (issue 16's targets: at a million people, search
 * p95 under 100 ms, the duplicate check under 150 ms). Not part of ./mvnw verify; run it with
 *
 * <pre>
 * ./mvnw test -Dtest=NameSearchBenchmark -DexcludedGroups= -Dbenchmark.people=1000000 \
 *     -Dbenchmark.warmup=50 -Dbenchmark.requests=300 -Dbenchmark.seconds=15 -Dbenchmark.rounds=3
 * </pre>
 *
 * Each kind of query cycles through 2,000 people of the population, spelled as officers spell
 * them (another transliteration, the other script, the article glued, a consonant mistyped so that
 * the looser reaches run), so no single cached plan or page answers it. Then 32 clients search at
 * once, and the duplicate queue's pass runs over the whole registry: its time and how many pairs
 * it proposes are printed. Nothing is asserted.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class NameSearchBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @Test
    void nameSearchAndDuplicateCheckAtScale() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BenchmarkPopulation.load(dataSource, today);

        List<GeneratedPerson> sample = new PopulationGenerator(BenchmarkPopulation.SEED, today).generate(2000);
        // the load takes most of the time: the measurements are repeated on it, each round printed
        // (a token each round: a round outlasts one)
        for (int round = 1; round <= Integer.getInteger("benchmark.rounds", 1); round++) {
            System.out.printf("%nRound %d%n", round);
            measureRound(Tokens.of("bench-admin", Roles.ADMIN), sample);
        }

        // the duplicate queue's pass over the whole registry, once
        Timed.duplicatePass(Tokens.of("bench-admin", Roles.ADMIN));
    }

    private void measureRound(String admin, List<GeneratedPerson> sample) throws Exception {
        Timed timed = new Timed(base);
        measure(timed, admin, sample, "given + family, Latin as registered",
                p -> p.givenName() + " " + p.familyName());
        measure(timed, admin, sample, "given + father + family, Arabic script",
                p -> p.givenNameAr() + " " + p.fatherNameAr() + " " + p.familyNameAr());
        measure(timed, admin, sample, "given + family, article glued (Alhassan, Elkhatib)",
                p -> p.givenName() + " " + glued(p.familyName()));
        measure(timed, admin, sample, "given + family, a consonant of the family name mistyped",
                p -> p.givenName() + " " + mistyped(p.familyName()));
        measure(timed, admin, sample, "a given name alone",
                p -> p.givenName());
        int[] next = { 0 };
        timed.report("duplicate check of a registration (names, sex, date of birth, nationality)", () -> {
            GeneratedPerson p = sample.get(next[0]++ % sample.size());
            return timed.get(admin, "/api/v1/persons/duplicates?givenName=" + encode(p.givenName()) + "&fatherName="
                    + encode(p.fatherName()) + "&familyName=" + encode(p.familyName()) + "&sex=" + p.sex()
                    + "&dateOfBirth=1990-01-01&dateOfBirthPrecision=YEAR&nationality=" + p.nationality());
        });

        List<String> paths = new ArrayList<>();
        for (GeneratedPerson p : sample) {
            paths.add("api/v1/persons?size=25&q=" + encode(p.givenName() + " " + p.familyNameAr()));
        }
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        int seconds = Integer.getInteger("benchmark.seconds", 15);
        for (int clients : new int[] { 2, 8, 32 }) {
            List<Long> micros = Timed.concurrently(client, base, admin, paths, clients, seconds);
            System.out.printf("name search, %2d clients: %7.1f requests/s   p50 %6.1f ms   p95 %6.1f ms%n", clients,
                    micros.size() / (double) seconds, Timed.at(micros, 0.50), Timed.at(micros, 0.95));
        }

    }

    private static void measure(Timed timed, String token, List<GeneratedPerson> sample, String what,
            Function<GeneratedPerson, String> query) {
        int[] next = { 0 };
        timed.report("name search: " + what, () -> timed.get(token,
                "/api/v1/persons?size=25&q=" + encode(query.apply(sample.get(next[0]++ % sample.size())))));
    }

    /** al-Hassan → Alhassan, El Khatib → Elkhatib: the article written as one word with the name. */
    private static String glued(String family) {
        String[] words = family.split("[ -]", 2);
        return words.length == 2 && words[0].matches("(?i)al|el") ? words[0] + words[1].toLowerCase() : family;
    }

    /** The family name's last consonant struck as its neighbour on the keyboard (Haddad → Haddas). */
    private static String mistyped(String family) {
        String keyboard = "qwertyuiopasdfghjklzxcvbnm";
        for (int i = family.length() - 1; i >= 0; i--) {
            char c = Character.toLowerCase(family.charAt(i));
            int at = keyboard.indexOf(c);
            if (at >= 0 && "aeiouy".indexOf(c) < 0) {
                return family.substring(0, i) + keyboard.charAt(at == 0 ? 1 : at - 1) + family.substring(i + 1);
            }
        }
        return family;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
