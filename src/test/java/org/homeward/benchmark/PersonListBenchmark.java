package org.homeward.benchmark;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.population.GeneratedPerson;
import org.homeward.population.PopulationGenerator;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The speed targets of the person registry, measured against a real PostgreSQL holding a
 * synthetic population. Not part of ./mvnw verify (it loads a million people); run it with
 *
 * <pre>
 * ./mvnw test -Dtest=PersonListBenchmark -DexcludedGroups= -Dbenchmark.people=1000000 \
 *     -Dbenchmark.warmup=50 -Dbenchmark.requests=300
 * </pre>
 *
 * Times are taken on loopback around each request, after a warm-up: they include the audit
 * event every read writes. Figures are printed; no timing is asserted.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class PersonListBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @Test
    void personListAndPersonPage() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        BenchmarkPopulation.load(dataSource, today);

        List<GeneratedPerson> sample = new PopulationGenerator(BenchmarkPopulation.SEED, today).generate(2000);
        String officer = "bench-officer";
        TestData.scope(officer, List.of(), List.of("IRQ", "FRA"));

        // One token per caller, as a real client holds one; only the request itself is timed, with
        // the JDK's HTTP client (RestAssured's own work would be counted as server time otherwise).
        Timed timed = new Timed(base);
        String admin = Tokens.of("bench-admin", Roles.ADMIN);
        String officerToken = Tokens.of(officer, Roles.REPATRIATION_OFFICER);
        timed.report("admin: list, nationality=IRQ & facility=HOL, 50 rows",
                () -> timed.get(admin, "/api/v1/persons?nationality=IRQ&facility=HOL&size=50"));
        timed.report("admin: list, nationality=FRA & facility=HOL-ANNEX, 50 rows",
                () -> timed.get(admin, "/api/v1/persons?nationality=FRA&facility=HOL-ANNEX&size=50"));
        timed.report("officer (IRQ, FRA): list, nationality=FRA & facility=HOL, 50 rows",
                () -> timed.get(officerToken, "/api/v1/persons?nationality=FRA&facility=HOL&size=50"));
        timed.report("officer (IRQ, FRA): list, facility=HOL, 50 rows",
                () -> timed.get(officerToken, "/api/v1/persons?facility=HOL&size=50"));
        timed.report("admin: name search \"محمد عبد الله\", 50 rows", () -> timed.get(admin,
                "/api/v1/persons?size=50&q=" + java.net.URLEncoder.encode("محمد عبد الله",
                        java.nio.charset.StandardCharsets.UTF_8)));
        timed.report("admin: name search \"Khadija Haddad\", 50 rows",
                () -> timed.get(admin, "/api/v1/persons?size=50&q=Khadija%20Haddad"));
        timed.report("admin: duplicate check of a registration", () -> timed.get(admin,
                "/api/v1/persons/duplicates?givenName=Mohamed&familyName=Abdallah&sex=M&dateOfBirth=1990-01-01"
                        + "&dateOfBirthPrecision=YEAR&nationality=IRQ"));
        int[] next = { 0 };
        timed.report("admin: person, API",
                () -> timed.get(admin, "/api/v1/persons/" + sample.get(next[0]++ % sample.size()).id()));
        timed.report("admin: person page, HTML with movements and family",
                () -> timed.get(admin, "/persons/" + sample.get(next[0]++ % sample.size()).id()));

        // the duplicate queue's pass over the whole registry, timed from start to finish
        Timed.duplicatePass(admin);
    }
}
