package org.homeward.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.access.Roles;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Staff are their login account (the OIDC subject), not a username that can be handed on. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class StaffIdentityTest {

    private static final int FIRST_REQUESTS = 16;

    @Inject
    EntityManager em;

    @Test
    void aNewAccountUnderAnOldUsernameInheritsNothing() {
        String camp = TestData.uniqueCode("IDENT");
        TestData.facility(camp, "CAMP", null);
        String person = TestData.person(camp, "F", "FRA", null);
        TestData.scope("handed-on", List.of(camp), List.of());
        given().auth().oauth2(Tokens.withSubject("account-one", "handed-on", Roles.CASEWORKER))
                .get("/api/v1/persons/" + person).then().statusCode(200);

        // the username is given to someone else: same name, another account
        String second = Tokens.withSubject("account-two", "handed-on", Roles.CASEWORKER);
        given().auth().oauth2(second).get("/api/v1/persons/" + person).then().statusCode(404);
        given().auth().oauth2(second).get("/api/v1/me").then().statusCode(200).body("facilities", empty());
        TestData.asAdmin().get("/api/v1/staff/handed-on").then().statusCode(200).body("facilities", empty());
        // the first account, should it come back, reaches nothing: its scope is no one's any more
        given().auth().oauth2(Tokens.withSubject("account-one", "handed-on", Roles.CASEWORKER))
                .get("/api/v1/persons/" + person).then().statusCode(404);
        given().auth().oauth2(second).get("/api/v1/me").then().body("facilities", empty());
        assertEquals(1L, count("select count(*) from audit_event where action = 'ACCOUNT_CHANGE'"
                + " and entity_id = 'handed-on' and details like '%ACCOUNT_REPLACED%'"));
    }

    @Test
    void anAccountRenamedByTheLoginServerKeepsItsScopeUnderItsNewName() {
        String camp = TestData.uniqueCode("RENAME");
        TestData.facility(camp, "CAMP", null);
        TestData.scope("before-rename", List.of(camp), List.of());
        given().auth().oauth2(Tokens.withSubject("account-renamed", "before-rename", Roles.CASEWORKER))
                .get("/api/v1/me").then().statusCode(200).body("facilities", contains(camp));
        given().auth().oauth2(Tokens.withSubject("account-renamed", "after-rename", Roles.CASEWORKER))
                .get("/api/v1/me").then().statusCode(200).body("facilities", contains(camp));
        TestData.asAdmin().get("/api/v1/staff/after-rename").then().statusCode(200).body("facilities", contains(camp));
        TestData.asAdmin().get("/api/v1/staff/before-rename").then().statusCode(404);
        assertEquals(1L, count("select count(*) from audit_event where action = 'ACCOUNT_CHANGE'"
                + " and entity_id = 'after-rename' and details like '%ACCOUNT_RENAMED%'"));
    }

    @Test
    void rolesChangedSinceLastSeenAndScopeChangesAreAudited() {
        TestData.as("promoted", Roles.CASEWORKER).get("/api/v1/me").then().statusCode(200);
        TestData.as("promoted", Roles.CASEWORKER, Roles.ADMIN).get("/api/v1/me").then().statusCode(200);
        assertEquals(1L, count("select count(*) from audit_event where action = 'ROLE_CHANGE' and entity_id = 'promoted'"));
        TestData.scope("promoted", List.of(), List.of("FRA"));
        assertEquals(1L, count("select count(*) from audit_event where action = 'SCOPE_CHANGE' and entity_id = 'promoted'"
                + " and details like '%FRA%'"));
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() {
        given().auth().oauth2(Tokens.forAudience("other-app", "sub-elsewhere", "elsewhere", Roles.ADMIN))
                .get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(Tokens.forAudience("homeward", "sub-elsewhere", "elsewhere", Roles.ADMIN))
                .get("/api/v1/me").then().statusCode(200);
    }

    /**
     * The first requests of a new account arrive together (a browser's page and the login being
     * recorded, a tablet's queued requests): each is answered, and the account is one entry,
     * created once, whether an admin had prepared it or not.
     */
    @ParameterizedTest(name = "prepared by an admin: {0}")
    @ValueSource(booleans = { false, true })
    void firstRequestsOfAnAccountArrivingTogetherAreEachAnsweredAndMakeOneEntry(boolean prepared) throws Exception {
        String username = "together-" + UUID.randomUUID().toString().substring(0, 8);
        String camp = TestData.uniqueCode("TOGETHER");
        TestData.facility(camp, "CAMP", null);
        if (prepared) {
            TestData.scope(username, List.of(camp), List.of());
        }
        String token = Tokens.withSubject("subject-" + username, username, Roles.CASEWORKER);
        ExecutorService clients = Executors.newFixedThreadPool(FIRST_REQUESTS);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < FIRST_REQUESTS; i++) {
                answers.add(clients.submit(() -> given().auth().oauth2(token).get("/api/v1/me").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from staff where username = '" + username + "'"));
        assertEquals(1L, count("select count(*) from staff where subject = 'subject-" + username + "'"));
        assertEquals(1L, count("select count(*) from audit_event where action = 'ACCOUNT_CHANGE' and entity_id = '"
                + username + "' and details like '%" + (prepared ? "ACCOUNT_BOUND" : "ACCOUNT_CREATED") + "%'"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200)
                .body("facilities", prepared ? contains(camp) : empty());
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
