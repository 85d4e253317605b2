package org.homeward.merge;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class MergeApiTest {

    private static final String TODAY = LocalDate.now().toString();

    @Inject
    EntityManager em;

    /**
     * A mother registered twice: once in the annex with her child and household, once later in
     * the camp under another spelling. Merged, everything is on the record kept and the other
     * answers with it; unmerged, both come back — and a change made in between stays.
     */
    @Test
    void aMergeMovesEverythingToTheRecordKeptAndAnUnmergeRestoresBoth() {
        String camp = TestData.uniqueCode("MERGE");
        String annex = TestData.uniqueCode("MERGEX");
        TestData.facility(camp, "CAMP", null);
        TestData.facility(annex, "CAMP", null);
        String kept = register(camp, "Khadija", "Haddad-" + camp, "1990-01-01", "YEAR", "IRQ", "CLAIMED", List.of());
        String other = register(annex, "Khadeeja", "Hadad-" + camp, "1990-03-14", "EXACT", "IRQ", "VERIFIED",
                List.of("Umm Yusuf"));
        String child = register(annex, "Yusuf", "Hadad-" + camp, "2018-05-01", "EXACT", "IRQ", "CLAIMED", List.of());
        link(other, "MOTHER_OF", child).then().statusCode(201);
        String household = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(other, child))).post("/api/v1/households").then().statusCode(201)
                .extract().path("id");
        String otherNumber = TestData.asAdmin().get("/api/v1/persons/" + other).then().extract().path("registrationNumber");

        Response merged = merge(kept, other, TestData.version(kept), TestData.version(other), List.of("DATE_OF_BIRTH"));
        merged.then().statusCode(201).body("survivor.id", equalTo(kept), "merged.id", equalTo(other),
                "fromMerged", equalTo(List.of("DATE_OF_BIRTH")), "movements", equalTo(1), "links", equalTo(1),
                "memberships", equalTo(1));
        String mergeId = merged.then().extract().path("id");

        // the record kept: its names, the other's date of birth, both nationalities at their strongest
        TestData.asAdmin().get("/api/v1/persons/" + kept).then().statusCode(200)
                .body("givenName", equalTo("Khadija"), "dateOfBirth", equalTo("1990-03-14"),
                        "dateOfBirthPrecision", equalTo("EXACT"),
                        "nationalities.find { it.country == 'IRQ' }.status", equalTo("VERIFIED"),
                        "aliases", hasItem("Umm Yusuf"), "aliases", hasItem("Khadeeja Hadad-" + camp),
                        // placed where the latest movement of the joined history leaves her
                        "currentFacility.code", equalTo(annex));
        TestData.asAdmin().get("/api/v1/persons/" + kept + "/movements").then().body("$", hasSize(2));
        TestData.asAdmin().get("/api/v1/persons/" + child + "/relationships").then()
                .body("find { it.kin == 'MOTHER' }.relative.id", equalTo(kept));
        TestData.asAdmin().get("/api/v1/households/" + household).then()
                .body("members.findAll { it.leftAt == null }.person.id", hasItem(kept));

        // the other record answers with the one kept, is in no list, and cannot be changed
        TestData.asAdmin().redirects().follow(false).get("/api/v1/persons/" + other).then().statusCode(303)
                .header("Location", endsWith("/api/v1/persons/" + kept));
        TestData.asAdmin().get("/api/v1/persons?facility=" + annex + "&size=100").then()
                .body("items.id", not(hasItem(other)), "items.id", hasItem(kept));
        TestData.asAdmin().get("/api/v1/persons?q=" + otherNumber).then().body("items.id", equalTo(List.of(kept)));
        TestData.asAdmin().get("/api/v1/persons?q=Khadeeja Hadad-" + camp).then().body("items.id", hasItem(kept),
                "items.id", not(hasItem(other)));
        TestData.asAdmin().contentType(ContentType.JSON).body(profile("Khadeeja", "Hadad-" + camp, TestData.version(kept)))
                .put("/api/v1/persons/" + other).then().statusCode(409)
                .body("current.mergedInto", equalTo(kept), "detail", containsString("HW-"));
        assertEquals(0L, count("select count(*) from person_nationality where person_id = cast(?1 as uuid)", other));

        // a change to the record kept after the merge
        TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("givenName", "Khadija", "familyName", "Haddad-" + camp, "sex", "F",
                        "dateOfBirth", "1990-03-14", "dateOfBirthPrecision", "EXACT", "placeOfBirth", "Mosul",
                        "category", "CAMP_RESIDENT", "aliases", List.of("Umm Yusuf", "Khadeeja Hadad-" + camp),
                        "nationalities", List.of(Map.of("country", "IRQ", "status", "VERIFIED")),
                        "version", TestData.version(kept)))
                .put("/api/v1/persons/" + kept).then().statusCode(200);

        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/merges/" + mergeId + "/unmerge").then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Two sisters, not one woman"))
                .post("/api/v1/merges/" + mergeId + "/unmerge").then().statusCode(200)
                .body("unmergedBy", startsWith("admin-"), "unmergeReason", equalTo("Two sisters, not one woman"));

        TestData.asAdmin().get("/api/v1/persons/" + other).then().statusCode(200)
                .body("givenName", equalTo("Khadeeja"), "aliases", equalTo(List.of("Umm Yusuf")),
                        "nationalities.find { it.country == 'IRQ' }.status", equalTo("VERIFIED"),
                        "currentFacility.code", equalTo(annex));
        TestData.asAdmin().get("/api/v1/persons/" + kept).then().statusCode(200)
                .body("dateOfBirth", equalTo("1990-01-01"), "dateOfBirthPrecision", equalTo("YEAR"),
                        "placeOfBirth", equalTo("Mosul"), "aliases", equalTo(List.of()),
                        "nationalities.find { it.country == 'IRQ' }.status", equalTo("CLAIMED"),
                        "currentFacility.code", equalTo(camp));
        TestData.asAdmin().get("/api/v1/persons/" + child + "/relationships").then()
                .body("find { it.kin == 'MOTHER' }.relative.id", equalTo(other));
        TestData.asAdmin().get("/api/v1/persons/" + other + "/movements").then().body("$", hasSize(1));
        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/merges/" + mergeId + "/unmerge").then().statusCode(422);

        // every step is on the audit trail, for both records and for the merge
        List<?> events = em.createNativeQuery("select entity_type || ':' || action from audit_event"
                + " where entity_id in (?1, ?2) and entity_type in ('PERSON', 'MERGE')"
                + " and action in ('CREATE', 'UPDATE') order by id")
                .setParameter(1, mergeId).setParameter(2, other).getResultList();
        assertEquals(List.of("PERSON:CREATE", "PERSON:UPDATE", "MERGE:CREATE", "PERSON:UPDATE", "MERGE:UPDATE"),
                events);
    }

    @Test
    void aMergeIsRefusedWhenARecordChangedSinceOrTheFamiliesDisagree() {
        String camp = TestData.uniqueCode("MERGEC");
        TestData.facility(camp, "CAMP", null);
        String a = register(camp, "Aisha", "Obeidi-" + camp, "2012-01-01", "YEAR", "SYR", "CLAIMED", List.of());
        String b = register(camp, "Aysha", "Ubaydi-" + camp, "2012-01-01", "YEAR", "SYR", "CLAIMED", List.of());
        long seen = TestData.version(b);
        TestData.asAdmin().contentType(ContentType.JSON).body(profile("Ayesha", "Ubaydi-" + camp, seen))
                .put("/api/v1/persons/" + b).then().statusCode(200);
        merge(a, b, TestData.version(a), seen, List.of()).then().statusCode(409)
                .body("current.merged.givenName", equalTo("Ayesha"));

        String motherOfA = register(camp, "Fatima", "Obeidi-" + camp, "1985-01-01", "YEAR", "SYR", "CLAIMED", List.of());
        String motherOfB = register(camp, "Zainab", "Ubaydi-" + camp, "1970-01-01", "YEAR", "SYR", "CLAIMED", List.of());
        link(motherOfA, "MOTHER_OF", a).then().log().ifValidationFails().statusCode(201);
        link(motherOfB, "MOTHER_OF", b).then().statusCode(201);
        merge(a, b, TestData.version(a), TestData.version(b), List.of()).then().statusCode(422)
                .body("errors.field", hasItem("mergedId"), "errors.message", hasItem(containsString("parents")));
        merge(a, a, TestData.version(a), TestData.version(a), List.of()).then().statusCode(400);
        TestData.as("merge-cw", Roles.CASEWORKER).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/merges").then().statusCode(403);
        // nothing was merged
        TestData.asAdmin().get("/api/v1/persons/" + b).then().statusCode(200).body("id", equalTo(b));
    }

    @Test
    void aRecordMergedAwayAlreadyCannotTakePartInAnotherMerge() {
        String camp = TestData.uniqueCode("MERGET");
        TestData.facility(camp, "CAMP", null);
        String kept = register(camp, "Hiba", "Kassem-" + camp, "2001-01-01", "YEAR", "SYR", "CLAIMED", List.of());
        String tombstone = register(camp, "Heba", "Qassem-" + camp, "2001-01-01", "YEAR", "SYR", "CLAIMED", List.of());
        String third = register(camp, "Hibah", "Kasem-" + camp, "2001-01-01", "YEAR", "SYR", "CLAIMED", List.of());
        long tombstoneVersion = TestData.version(tombstone);
        merge(kept, tombstone, TestData.version(kept), tombstoneVersion, List.of()).then().statusCode(201);
        // the API, unlike the page's comparison, is given the tombstone's id: refused, naming its survivor
        merge(tombstone, third, tombstoneVersion + 1, TestData.version(third), List.of()).then().statusCode(409)
                .body("current.mergedInto", equalTo(kept));
        merge(third, tombstone, TestData.version(third), tombstoneVersion + 1, List.of()).then().statusCode(409)
                .body("current.mergedInto", equalTo(kept));
        TestData.asAdmin().get("/api/v1/persons/" + third).then().statusCode(200).body("id", equalTo(third));
    }

    /**
     * An edit of the record kept and a merge at the same moment: one of them wins, the other is
     * refused with 409 — never both, and never a merge over an edit it did not see.
     */
    @Test
    void aMergeAndAnEditAtTheSameTimeCannotBothSucceed() {
        String camp = TestData.uniqueCode("MERGER");
        TestData.facility(camp, "CAMP", null);
        for (int attempt = 0; attempt < 4; attempt++) {
            String round = camp + attempt;
            String a = register(camp, "Mariam", "Jaburi-" + round, "1995-01-01", "YEAR", "TUR", "CLAIMED",
                    List.of());
            String b = register(camp, "Maryam", "Juburi-" + round, "1995-01-01", "YEAR", "TUR", "CLAIMED",
                    List.of());
            long va = TestData.version(a);
            long vb = TestData.version(b);
            List<CompletableFuture<Integer>> attempts = new ArrayList<>();
            attempts.add(CompletableFuture.supplyAsync(() -> TestData.asAdmin().contentType(ContentType.JSON)
                    .body(profile("Mariam", "Al-Jaburi-" + round, va)).put("/api/v1/persons/" + a).statusCode()));
            attempts.add(CompletableFuture.supplyAsync(() -> merge(a, b, va, vb, List.of()).statusCode()));
            int edit = attempts.get(0).join();
            int merge = attempts.get(1).join();
            assertEquals(1, (edit == 200 ? 1 : 0) + (merge == 201 ? 1 : 0), "edit " + edit + ", merge " + merge);
            assertEquals(409, edit == 200 ? merge : edit);
            if (edit == 200) {
                TestData.asAdmin().get("/api/v1/persons/" + a).then().body("familyName", equalTo("Al-Jaburi-" + round));
                TestData.asAdmin().get("/api/v1/persons/" + b).then().statusCode(200).body("id", equalTo(b));
            } else {
                TestData.asAdmin().get("/api/v1/persons/" + a).then().body("familyName", equalTo("Jaburi-" + round),
                        "aliases", containsInAnyOrder("Maryam Juburi-" + round));
            }
        }
    }

    /**
     * A nationality a case worker claimed on the record merged away, still waiting for a second
     * person, waits on the record kept; an unmerge takes it back.
     */
    @Test
    void aNationalityWaitingForConfirmationFollowsTheMergeAndComesBackOnAnUnmerge() {
        Given.Camp campAndWorker = Given.campWithWorker("MCLAIM");
        String kept = Given.person().in(campAndWorker.code()).named("Huda", "Salih").born("1991-04-02", "EXACT")
                .nationality("IRQ", "CLAIMED").register();
        String other = Given.person().in(campAndWorker.code()).named("Houda", "Salih").born("1991-04-02", "EXACT")
                .nationality("IRQ", "CLAIMED").register();
        @SuppressWarnings("unchecked")
        Map<String, Object> claimed = new HashMap<>(TestData.asAdmin().get("/api/v1/persons/" + other).then()
                .statusCode(200).extract().body().as(Map.class));
        claimed.put("nationalities", List.of(Map.of("country", "IRQ", "status", "CLAIMED"),
                Map.of("country", "BEL", "status", "CLAIMED")));
        TestData.as(campAndWorker.worker(), Roles.CASEWORKER).contentType(ContentType.JSON).body(claimed)
                .put("/api/v1/persons/" + other).then().statusCode(200)
                .body("nationalities.find { it.country == 'BEL' }.pendingConfirmation", equalTo(true));

        String mergeId = merge(kept, other, TestData.version(kept), TestData.version(other), List.of()).then()
                .statusCode(201).extract().path("id");
        TestData.asAdmin().get("/api/v1/persons/" + kept).then().statusCode(200)
                .body("nationalities.find { it.country == 'BEL' }.pendingConfirmation", equalTo(true))
                .body("nationalities.find { it.country == 'BEL' }.claimedBy", equalTo(campAndWorker.worker()));

        TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("reason", "Two cousins"))
                .post("/api/v1/merges/" + mergeId + "/unmerge").then().statusCode(200);
        TestData.asAdmin().get("/api/v1/persons/" + kept).then().statusCode(200)
                .body("nationalities.country", not(hasItem("BEL")));
        TestData.asAdmin().get("/api/v1/persons/" + other).then().statusCode(200)
                .body("nationalities.find { it.country == 'BEL' }.pendingConfirmation", equalTo(true));
    }

    private static Response merge(String survivor, String merged, long survivorVersion, long mergedVersion,
            List<String> fromMerged) {
        return TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("survivorId", survivor, "mergedId", merged, "survivorVersion", survivorVersion,
                        "mergedVersion", mergedVersion, "fromMerged", fromMerged))
                .post("/api/v1/merges");
    }

    private static Map<String, Object> profile(String given, String family, long version) {
        return Map.of("givenName", given, "familyName", family, "sex", "F", "dateOfBirth", "1995-01-01",
                "dateOfBirthPrecision", "YEAR", "category", "CAMP_RESIDENT",
                "nationalities", List.of(Map.of("country", "TUR", "status", "CLAIMED")), "version", version);
    }

    private static String register(String camp, String given, String family, String born, String precision,
            String nationality, String status, List<String> aliases) {
        return Given.person().in(camp).admitted(TODAY).named(given, family).born(born, precision)
                .aliases(aliases).nationality(nationality, status).register();
    }

    private static Response link(String from, String type, String to) {
        return TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", type, "personId", to, "evidence", "DOCUMENTED"))
                .post("/api/v1/persons/" + from + "/relationships");
    }

    private long count(String sql, String id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }
}
