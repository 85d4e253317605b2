package org.homeward.benchmark;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.access.Roles;
import org.homeward.support.Superuser;
import org.homeward.support.TestData;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The audit trail at ten million events: the auditor's filters, one person's disclosures, the
 * reports, and the verification of the whole chain. The events are written as a year of work would
 * write them (200 staff; page views naming one person, searches naming 25, family and case views,
 * changes, exports, refusals, logins; 100,000 people, 200 of them real records), then sealed by the
 * sealer's own function. Prints percentiles; nothing is asserted.
 *
 * <pre>
 * ./mvnw test -Dtest=AuditTrailScaleBenchmark -DexcludedGroups= -Dbenchmark.events=10000000 \
 *     -Dbenchmark.warmup=20 -Dbenchmark.requests=200
 * </pre>
 */
@QuarkusTest
@WithTestResource(org.homeward.support.TestEnvironment.class)
@Tag("benchmark")
class AuditTrailScaleBenchmark {

    private static final long EVENTS = Long.getLong("benchmark.events", 10_000_000L);
    private static final int CHUNK = 500_000;
    private static final int POOL = 100_000;
    private static final int REAL = 200;
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TestHTTPResource("/")
    URI base;

    @Test
    void theTrailAtTenMillionEvents() {
        List<String> real = load();
        Timed timed = new Timed(base);
        String token = Tokens.of("bench-auditor", Roles.AUDITOR);
        Random random = new Random(7);
        timed.report("events, no filter", () -> timed.get(token, "api/v1/audit/events"));
        timed.report("events, one actor", () -> timed.get(token, "api/v1/audit/events?actor=staff-" + random.nextInt(200)));
        timed.report("events, one actor, page 20", () -> timed.get(token,
                "api/v1/audit/events?page=20&actor=staff-" + random.nextInt(200)));
        timed.report("events, one action (EXPORT)", () -> timed.get(token, "api/v1/audit/events?action=EXPORT"));
        timed.report("events, one action (VIEW), one month", () -> timed.get(token,
                "api/v1/audit/events?action=VIEW&" + month(random)));
        timed.report("events, one month", () -> timed.get(token, "api/v1/audit/events?" + month(random)));
        timed.report("events, one actor, one month", () -> timed.get(token,
                "api/v1/audit/events?actor=staff-" + random.nextInt(200) + "&" + month(random)));
        timed.report("events, one person's record", () -> timed.get(token,
                "api/v1/audit/events?entityType=PERSON&entityId=" + real.get(random.nextInt(REAL))));
        timed.report("disclosures of one person", () -> timed.get(token,
                "api/v1/persons/" + real.get(random.nextInt(REAL)) + "/disclosures"));
        for (String report : List.of("exports", "merges", "access", "refusals")) {
            timed.report("report page: " + report + ", one month", () -> timed.get(token,
                    "audit/reports/" + report + "?" + month(random)));
        }
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            timed.get(token, "api/v1/audit/verify");
            System.out.printf("verification of the whole chain (%,d events): %.1f s%n", EVENTS,
                    Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        }
    }

    private static String month(Random random) {
        LocalDate first = START.plusMonths(random.nextInt(9));
        return "from=" + first + "&to=" + first.plusMonths(1).minusDays(1);
    }

    /** Writes and seals the events; answers the ids of the real people among them. */
    private static List<String> load() {
        String camp = TestData.uniqueCode("BENCH-TRAIL");
        TestData.facility(camp, "CAMP", null);
        List<String> real = new ArrayList<>();
        for (int i = 0; i < REAL; i++) {
            real.add(TestData.person(camp, i % 2 == 0 ? "F" : "M", "IRQ", null));
        }
        long started = System.nanoTime();
        Superuser.execute("create table bench_pool (k int primary key, id uuid not null)");
        Superuser.execute("insert into bench_pool select k, md5('person ' || k)::uuid from generate_series(0, ?) k",
                POOL - 1);
        for (int i = 0; i < REAL; i++) {
            Superuser.execute("update bench_pool set id = ?::uuid where k = ?", real.get(i), i * (POOL / REAL));
        }
        for (long from = 0; from < EVENTS; from += CHUNK) {
            Superuser.execute(EVENTS_SQL, from, Math.min(EVENTS, from + CHUNK) - 1);
        }
        Superuser.execute("drop table bench_pool");
        Superuser.execute("vacuum analyze audit_event");
        System.out.printf("%,d events written in %.0f s%n", EVENTS, seconds(started));
        started = System.nanoTime();
        Superuser.execute("select audit_seal_committed()");
        Superuser.execute("vacuum analyze audit_seal");
        System.out.printf("sealed in %.0f s%n", seconds(started));
        return real;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** One chunk of events, n from ?1 to ?2; 2.5 seconds apart from the start of 2026 (a year is 12.6 million). */
    private static final String EVENTS_SQL = """
            insert into audit_event (occurred_at, actor, actor_roles, action, entity_type, entity_id, details,
                                     client_address, shown)
            select timestamptz '2026-01-01 00:00:00+00' + n * interval '2.5 seconds',
                   'staff-' || a,
                   case when a < 150 then 'caseworker' when a < 185 then 'repatriation-officer' when a < 195 then 'admin'
                        else 'auditor' end,
                   case when r < 55 then 'VIEW' when r < 80 then 'SEARCH' when r < 90 then 'UPDATE' when r < 93 then 'VIEW'
                        when r < 95 then 'VIEW' when r < 96 then 'EXPORT' when r < 97 then 'ACCESS_REFUSED' else 'LOGIN' end,
                   case when r < 55 or r >= 80 and r < 90 or r >= 96 and r < 97 then 'PERSON' when r < 80 then 'PERSON'
                        when r < 93 then 'FAMILY' when r < 95 then 'CASE' when r < 96 then 'EXPORT' else 'STAFF' end,
                   case when r < 55 or r >= 80 and r < 97 and r <> 95 then p.id::text when r >= 97 then 'staff-' || a end,
                   case when r < 55 then null
                        when r < 80 then '{"filter":{"q":"Amina","facility":"HOL"},"page":0,"size":25,"total":1234}'
                        when r < 90 then '{"before":{"givenName":"Amina"},"after":{"givenName":"Aminah"}}'
                        when r = 95 then '{"what":"persons","purpose":"Family tracing request","format":"csv","rows":1200,"completed":true}'
                        else null end,
                   '10.0.' || (a % 250) || '.' || (n % 250),
                   case when r < 55 or r >= 93 and r < 95 then array[p.id]
                        when r < 80 or r >= 90 and r < 93 then
                             array(select q.id from bench_pool q
                                    where q.k in (select (p.k + s * 997) % 100000 from generate_series(0, case when r < 80 then 24 else 3 end) s))
                        when r = 95 then
                             array(select q.id from bench_pool q
                                    where q.k in (select (p.k + s * 31) % 100000 from generate_series(0, 49) s))
                        end
              from (select n, (n * 7919) % 200 as a, ((n * 2654435761) % 1000) / 10 as r from generate_series(?, ?) n) g
              join bench_pool p on p.k = (g.n * 40503) % 100000
            """;
}
