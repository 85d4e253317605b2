package org.homeward.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.Superuser;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The trail never makes a request wait for another, and its chain is sealed afterwards, in commit
 * order, covering every event exactly once.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditCheckpoints checkpoints;

    @Test
    void aRefusalInsideABulkTransferAnswersAtOnceAndBlocksNoOtherRequest() throws Exception {
        String camp = TestData.uniqueCode("BULK-IN");
        String campId = TestData.facility(camp, "CAMP", null);
        String annex = TestData.uniqueCode("BULK-ANNEX");
        TestData.facility(annex, "CAMP_SECTION", campId);
        String elsewhere = TestData.uniqueCode("BULK-OUT");
        TestData.facility(elsewhere, "CAMP", null);
        String mine = TestData.person(camp, "F", "FRA", null);
        String notMine = TestData.person(elsewhere, "F", "IRQ", null);
        TestData.scope("bulk-worker", List.of(camp), List.of());

        long started = System.nanoTime();
        Response refused = TestData.as("bulk-worker", Roles.CASEWORKER).contentType(ContentType.JSON)
                .body(Map.of("personIds", List.of(mine, notMine), "toFacilityCode", annex,
                        "date", LocalDate.now().toString()))
                .post("/api/v1/transfers");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(404, refused.statusCode());
        assertTrue(took.toMillis() < 1000, "the refusal took " + took.toMillis() + " ms");

        // while a refusal is being written inside a transaction that already audited, others go on
        CompletableFuture<Integer> bulk = CompletableFuture.supplyAsync(() -> TestData.as("bulk-worker", Roles.CASEWORKER)
                .contentType(ContentType.JSON).body(Map.of("personIds", List.of(mine, notMine), "toFacilityCode", annex,
                        "date", LocalDate.now().toString()))
                .post("/api/v1/transfers").statusCode());
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(
                () -> TestData.asAdmin().get("/api/v1/persons/" + notMine).statusCode());
        assertEquals(200, other.get(5, TimeUnit.SECONDS));
        assertEquals(404, bulk.get(5, TimeUnit.SECONDS));
        // nothing of the refused transfer was saved, and its refusal was kept
        TestData.asAdmin().get("/api/v1/persons/" + mine).then().body("currentFacility.code",
                org.hamcrest.Matchers.equalTo(camp));
        assertTrue(count("select count(*) from audit_event where action = 'ACCESS_REFUSED' and entity_id = ?1",
                notMine) >= 2);
    }

    @Test
    void everyCommittedEventIsSealedOnceInAChainThatVerifies() {
        String camp = TestData.uniqueCode("SEAL");
        TestData.facility(camp, "CAMP", null);
        String id = TestData.person(camp, "F", "SWE", null);
        TestData.asAdmin().get("/api/v1/persons/" + id).then().statusCode(200);
        TestData.as("seal-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/persons/" + id).then().statusCode(404);
        // a transaction that rolls back leaves a gap in the event ids, never in the chain
        QuarkusTransaction.begin();
        em.createNativeQuery("insert into audit_event (actor, actor_roles, action) values ('ghost', '', 'VIEW')")
                .executeUpdate();
        QuarkusTransaction.rollback();
        sealUntilNothingIsLeft();

        assertEquals(0, count("select count(*) from audit_event e where not exists"
                + " (select 1 from audit_seal s where s.event_id = e.id)"));
        assertEquals(count("select count(*) from audit_seal"), count("select max(position) from audit_seal"),
                "positions have no gaps");
        @SuppressWarnings("unchecked")
        List<Object[]> chain = em.createNativeQuery("""
                select s.position, s.previous_hash, s.hash, audit_event_hash2(s.previous_hash, e)
                  from audit_seal s join audit_event e on e.id = s.event_id order by s.position""").getResultList();
        for (int i = 1; i < chain.size(); i++) {
            assertEquals(chain.get(i - 1)[2], chain.get(i)[1], "seal " + chain.get(i)[0] + " points to the one before");
        }
        // seals written by this application (not copied from before V17) hash exactly their event
        chain.stream().filter(row -> ((Number) row[0]).longValue() > count("select count(*) from audit_seal where horizon is null"))
                .forEach(row -> assertEquals(row[3], row[2], "seal " + row[0] + " covers its event"));
    }

    @Test
    void anAuditorReadsAPersonsEventsNewestFirstAndTheReadIsAuditedToo() {
        String camp = TestData.uniqueCode("TRAIL");
        TestData.facility(camp, "CAMP", null);
        String id = TestData.person(camp, "F", "SWE", null);
        TestData.asAdmin().get("/api/v1/persons/" + id).then().statusCode(200);
        sealUntilNothingIsLeft();
        TestData.as("trail-auditor", Roles.AUDITOR).get("/api/v1/audit/events?entityType=person&entityId=" + id)
                .then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2), "items.action", org.hamcrest.Matchers.contains("VIEW", "CREATE"),
                        "items[0].hash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"),
                        "items[0].roles", org.hamcrest.Matchers.equalTo(Roles.ADMIN));
        TestData.as("trail-auditor", Roles.AUDITOR).get("/api/v1/audit/events?action=NOT_AN_ACTION").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("action"));
        assertTrue(count("select count(*) from audit_event where actor = 'trail-auditor' and entity_type = 'AUDIT'"
                + " and action = 'SEARCH'") >= 1);
    }

    @Test
    void aRewrittenEventIsFoundByTheVerification() {
        String camp = TestData.uniqueCode("TAMPER");
        TestData.facility(camp, "CAMP", null);
        String id = TestData.person(camp, "F", "NOR", null);
        sealUntilNothingIsLeft();
        TestData.as("verify-auditor", Roles.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true), "firstBrokenId", org.hamcrest.Matchers.nullValue());
        long event = count("select min(id) from audit_event where entity_id = ?1 and action = 'CREATE'", id);
        String original = (String) em.createNativeQuery("select details from audit_event where id = ?1")
                .setParameter(1, event).getSingleResult();
        // someone with the database owner's rights rewrites what the trail says was created
        rewrite(event, original.replace("NOR", "SWE"));
        try {
            TestData.as("verify-auditor", Roles.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200)
                    .body("valid", org.hamcrest.Matchers.equalTo(false),
                            "firstBrokenId", org.hamcrest.Matchers.equalTo((int) event));
        } finally {
            rewrite(event, original);
        }
        TestData.as("verify-auditor", Roles.AUDITOR).get("/api/v1/audit/verify").then()
                .body("valid", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aChainRewrittenToItsEndIsStillCaughtByTheSignedCheckpoint() {
        String camp = TestData.uniqueCode("CHECKPT");
        TestData.facility(camp, "CAMP", null);
        String id = TestData.person(camp, "F", "DNK", null);
        sealUntilNothingIsLeft();
        checkpoints.write();
        TestData.as("checkpoint-auditor", Roles.AUDITOR).get("/api/v1/audit/checkpoints").then().statusCode(200)
                .body("[0].signature", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"));
        long event = count("select min(id) from audit_event where entity_id = ?1 and action = 'CREATE'", id);
        String original = (String) em.createNativeQuery("select details from audit_event where id = ?1")
                .setParameter(1, event).getSingleResult();
        // the event rewritten, and every seal from it to the end recomputed so that the links hold
        rewrite(event, original.replace("DNK", "SWE"));
        List<Object[]> before = resealFrom(event);
        try {
            TestData.as("checkpoint-auditor", Roles.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200)
                    .body("valid", org.hamcrest.Matchers.equalTo(false));
        } finally {
            rewrite(event, original);
            restoreSeals(before);
        }
        TestData.as("checkpoint-auditor", Roles.AUDITOR).get("/api/v1/audit/verify").then()
                .body("valid", org.hamcrest.Matchers.equalTo(true));
    }

    /**
     * A total is the sealer's tally plus the events not sealed yet: the same figure as counting
     * every matching event, before the sealer's pass and after it, for each kind of filter.
     */
    @Test
    void totalsCountEveryMatchingEventSealedOrNot() {
        String actor = "total-auditor-" + TestData.uniqueCode("T").toLowerCase();
        String today = LocalDate.now().toString();
        List<String> filters = List.of("actor=" + actor, "actor=" + actor + "&action=SEARCH",
                "actor=" + actor + "&entityType=audit&from=" + today + "&to=" + today,
                "actor=" + actor + "&to=" + LocalDate.now().minusDays(1));
        for (int pass = 0; pass < 2; pass++) {
            for (String filter : filters) {
                // every event of this new actor is of today, so none is in a period that ended yesterday
                long counted = filter.endsWith("to=" + LocalDate.now().minusDays(1)) ? 0
                        : count("select count(*) from audit_event where actor = ?1", actor);
                TestData.as(actor, Roles.AUDITOR).get("/api/v1/audit/events?" + filter).then().statusCode(200)
                        .body("total", org.hamcrest.Matchers.equalTo((int) counted));
            }
            sealUntilNothingIsLeft();
        }
    }

    /** Recomputes the seals from an event's to the last, as someone covering a rewrite would; answers the seals as they were. */
    @SuppressWarnings("unchecked")
    private List<Object[]> resealFrom(long event) {
        List<Object[]> before = em.createNativeQuery("select position, previous_hash, hash from audit_seal"
                + " where position >= (select position from audit_seal where event_id = ?1) order by position")
                .setParameter(1, event).getResultList();
        Superuser.execute("""
                do $$
                declare previous text; s record;
                begin
                  for s in select * from audit_seal where position >= (select position from audit_seal where event_id = %d)
                           order by position loop
                    if previous is null then previous := s.previous_hash; end if;
                    update audit_seal set previous_hash = previous,
                           hash = audit_event_hash2(previous, (select e from audit_event e where e.id = s.event_id))
                     where position = s.position;
                    select hash into previous from audit_seal where position = s.position;
                  end loop;
                end $$""".formatted(event));
        return before;
    }

    private void restoreSeals(List<Object[]> seals) {
        for (Object[] seal : seals) {
            Superuser.execute("update audit_seal set previous_hash = ?, hash = ? where position = ?", seal[1], seal[2],
                    seal[0]);
        }
    }

    /** Past the append-only trigger and the application's privileges, as only a superuser can. */
    private void rewrite(long event, String details) {
        Superuser.execute("update audit_event set details = ? where id = ?", details, event);
    }

    private void sealUntilNothingIsLeft() {
        for (int pass = 0; pass < 50 && count("select count(*) from audit_event e where not exists"
                + " (select 1 from audit_seal s where s.event_id = e.id)") > 0; pass++) {
            sealer.seal();
        }
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
