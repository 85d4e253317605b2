package org.homeward.access;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.homeward.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, for every endpoint, in one table: caller × request → status. A new endpoint is
 * a new row. "In scope" and "out of scope" use two camps; the case worker is assigned only the first.
 * Without a token, pages answer 401 here because tests run OIDC in bearer mode; in production the
 * browser is sent to the login page instead (covered by the browser tests).
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTest {

    /** The callers of the table. */
    enum Caller {
        NONE(null),
        CASEWORKER(Roles.CASEWORKER),
        CASEWORKER_WITHOUT_SCOPE(Roles.CASEWORKER),
        OFFICER(Roles.REPATRIATION_OFFICER),
        ADMIN(Roles.ADMIN),
        AUDITOR(Roles.AUDITOR),
        ANALYST(Roles.ANALYST);

        final String role;

        Caller(String role) {
            this.role = role;
        }

        String username() {
            return "authz-" + name().toLowerCase().replace('_', '-');
        }

        RequestSpecification request() {
            return this == NONE ? given() : given().auth().oauth2(Tokens.of(username(), role));
        }
    }

    private String inScope;
    private String outOfScope;
    private String inScopeCode;
    private String annexCode;
    /** In the case worker's camp, French: in scope for both. */
    private String personIn;
    /** In the other camp, Iraqi: out of scope for both. */
    private String personOut;
    /** The households of those two. */
    private String householdIn;
    private String householdOut;
    /** A link of the in-scope person to a sibling in the same camp. */
    private String relationshipIn;
    /** Repatriation cases of the two people: to France (in scope), to Iraq (out of scope). */
    private String caseIn;
    private String caseOut;
    /** Photos of the two people. */
    private String documentIn;
    private String documentOut;

    /** Once per class, but only once the application is up (RestAssured's port is set per test). */
    @BeforeEach
    void givenTwoCampsAndACaseWorkerAssignedToOne() {
        if (inScope != null) {
            return;
        }
        String codeIn = TestData.uniqueCode("AUTH-IN");
        inScopeCode = codeIn;
        inScope = TestData.facility(codeIn, "CAMP", null);
        annexCode = TestData.uniqueCode("AUTH-IN-ANNEX");
        TestData.facility(annexCode, "CAMP_SECTION", inScope);
        String codeOut = TestData.uniqueCode("AUTH-OUT");
        outOfScope = TestData.facility(codeOut, "CAMP", null);
        personIn = TestData.person(codeIn, "F", "FRA", null);
        personOut = TestData.person(codeOut, "F", "IRQ", null);
        householdIn = household(personIn);
        householdOut = household(personOut);
        relationshipIn = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "SIBLING_OF", "personId", TestData.person(codeIn, "M", "FRA", null),
                        "evidence", "DECLARED"))
                .post("/api/v1/persons/" + personIn + "/relationships").then().statusCode(201).extract().path("id");
        caseIn = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("country", "FRA", "subjectIds", List.of(personIn)))
                .post("/api/v1/repatriation-cases").then().statusCode(201).extract().path("id");
        caseOut = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("country", "IRQ", "subjectIds", List.of(personOut)))
                .post("/api/v1/repatriation-cases").then().statusCode(201).extract().path("id");
        TestData.scope(Caller.CASEWORKER.username(), List.of(codeIn), List.of());
        TestData.scope(Caller.OFFICER.username(), List.of(), List.of("FRA"));
        documentIn = photoOf(personIn);
        documentOut = photoOf(personOut);
    }

    private static String photoOf(String person) {
        try {
            java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "jpeg", jpeg);
            return TestData.asAdmin().multiPart("file", "photo.jpg", jpeg.toByteArray(), "image/jpeg")
                    .multiPart("kind", "PHOTO").post("/api/v1/persons/" + person + "/documents").then().statusCode(201)
                    .extract().path("id");
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    record Row(Caller caller, String method, String path, int expected) {
        @Override
        public String toString() {
            return caller + " " + method + " " + path + " → " + expected;
        }
    }

    Stream<Arguments> table() {
        Row[] rows = {
                // API: facilities
                row(Caller.NONE, "GET", "/api/v1/facilities", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/facilities", 200),
                row(Caller.OFFICER, "GET", "/api/v1/facilities", 200),
                row(Caller.ADMIN, "GET", "/api/v1/facilities", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/facilities", 200),
                row(Caller.ANALYST, "GET", "/api/v1/facilities", 200),
                row(Caller.NONE, "GET", "/api/v1/facilities/{in}", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/facilities/{in}", 200),
                row(Caller.CASEWORKER, "GET", "/api/v1/facilities/{out}", 404),
                row(Caller.CASEWORKER_WITHOUT_SCOPE, "GET", "/api/v1/facilities/{in}", 404),
                row(Caller.ADMIN, "GET", "/api/v1/facilities/{out}", 200),
                row(Caller.OFFICER, "GET", "/api/v1/facilities/{out}", 200),
                row(Caller.NONE, "POST", "/api/v1/facilities", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/facilities", 403),
                row(Caller.OFFICER, "POST", "/api/v1/facilities", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/facilities", 403),
                row(Caller.ANALYST, "POST", "/api/v1/facilities", 403),
                row(Caller.ADMIN, "POST", "/api/v1/facilities", 201),
                row(Caller.NONE, "PUT", "/api/v1/facilities/{in}", 401),
                row(Caller.CASEWORKER, "PUT", "/api/v1/facilities/{in}", 403),
                row(Caller.OFFICER, "PUT", "/api/v1/facilities/{in}", 403),
                row(Caller.ADMIN, "PUT", "/api/v1/facilities/{in}", 200),
                // API: staff and the caller
                row(Caller.NONE, "GET", "/api/v1/staff", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/staff", 403),
                row(Caller.OFFICER, "GET", "/api/v1/staff", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/staff", 403),
                row(Caller.ANALYST, "GET", "/api/v1/staff", 403),
                row(Caller.ADMIN, "GET", "/api/v1/staff", 200),
                row(Caller.ADMIN, "GET", "/api/v1/staff/authz-caseworker", 200),
                row(Caller.ADMIN, "GET", "/api/v1/staff/nobody-by-this-name", 404),
                row(Caller.CASEWORKER, "GET", "/api/v1/staff/authz-caseworker", 403),
                row(Caller.NONE, "PUT", "/api/v1/staff/authz-new/scope", 401),
                row(Caller.CASEWORKER, "PUT", "/api/v1/staff/authz-new/scope", 403),
                row(Caller.OFFICER, "PUT", "/api/v1/staff/authz-new/scope", 403),
                row(Caller.ADMIN, "PUT", "/api/v1/staff/authz-new/scope", 200),
                // API: the audit trail
                row(Caller.NONE, "GET", "/api/v1/persons/{pin}/disclosures", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pin}/disclosures", 403),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pin}/disclosures", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons/{pin}/disclosures", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/{pin}/disclosures", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/{pout}/disclosures", 200),
                row(Caller.ADMIN, "GET", "/api/v1/persons/{pin}/disclosures", 200),
                row(Caller.NONE, "GET", "/api/v1/audit/events", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/audit/events", 403),
                row(Caller.OFFICER, "GET", "/api/v1/audit/events", 403),
                row(Caller.ANALYST, "GET", "/api/v1/audit/events", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/audit/events", 200),
                row(Caller.ADMIN, "GET", "/api/v1/audit/events", 200),
                row(Caller.NONE, "GET", "/api/v1/audit/checkpoints", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/audit/checkpoints", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/audit/checkpoints", 200),
                row(Caller.ADMIN, "GET", "/api/v1/audit/checkpoints", 200),
                row(Caller.NONE, "GET", "/api/v1/audit/verify", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/audit/verify", 403),
                row(Caller.ANALYST, "GET", "/api/v1/audit/verify", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/audit/verify", 200),
                row(Caller.ADMIN, "GET", "/api/v1/audit/verify", 200),
                row(Caller.NONE, "GET", "/api/v1/me", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/me", 200),
                row(Caller.OFFICER, "GET", "/api/v1/me", 200),
                row(Caller.ADMIN, "GET", "/api/v1/me", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/me", 200),
                row(Caller.ANALYST, "GET", "/api/v1/me", 200),
                // API: persons
                row(Caller.NONE, "GET", "/api/v1/persons", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons", 200),
                row(Caller.OFFICER, "GET", "/api/v1/persons", 200),
                row(Caller.ADMIN, "GET", "/api/v1/persons", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/persons", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons", 403),
                row(Caller.NONE, "GET", "/api/v1/persons/{pin}", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pin}", 200),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pin}", 200),
                row(Caller.ADMIN, "GET", "/api/v1/persons/{pin}", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/{pin}", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons/{pin}", 403),
                row(Caller.CASEWORKER_WITHOUT_SCOPE, "GET", "/api/v1/persons/{pin}", 404),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pout}", 404),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pout}", 404),
                row(Caller.ADMIN, "GET", "/api/v1/persons/{pout}", 200),
                row(Caller.NONE, "POST", "/api/v1/persons", 401),
                row(Caller.OFFICER, "POST", "/api/v1/persons", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/persons", 403),
                row(Caller.ANALYST, "POST", "/api/v1/persons", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/persons", 201),
                row(Caller.ADMIN, "POST", "/api/v1/persons", 201),
                row(Caller.NONE, "PUT", "/api/v1/persons/{pin}", 401),
                row(Caller.OFFICER, "PUT", "/api/v1/persons/{pin}", 403),
                row(Caller.AUDITOR, "PUT", "/api/v1/persons/{pin}", 403),
                row(Caller.CASEWORKER, "PUT", "/api/v1/persons/{pout}", 404),
                row(Caller.CASEWORKER, "PUT", "/api/v1/persons/{pin}", 200),
                row(Caller.NONE, "GET", "/api/v1/persons/duplicates?givenName=Amina", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/duplicates?givenName=Amina", 200),
                row(Caller.ADMIN, "GET", "/api/v1/persons/duplicates?givenName=Amina", 200),
                row(Caller.OFFICER, "GET", "/api/v1/persons/duplicates?givenName=Amina", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/duplicates?givenName=Amina", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons/duplicates?givenName=Amina", 403),
                // API: movements
                row(Caller.NONE, "GET", "/api/v1/persons/{pin}/movements", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pin}/movements", 200),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pin}/movements", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/{pin}/movements", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons/{pin}/movements", 403),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pout}/movements", 404),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pout}/movements", 404),
                row(Caller.NONE, "POST", "/api/v1/persons/{pin}/movements", 401),
                row(Caller.OFFICER, "POST", "/api/v1/persons/{pin}/movements", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/persons/{pin}/movements", 403),
                row(Caller.ANALYST, "POST", "/api/v1/persons/{pin}/movements", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/persons/{pout}/movements", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/persons/{pin}/movements", 201),
                // API: bulk transfers
                row(Caller.NONE, "POST", "/api/v1/transfers", 401),
                row(Caller.OFFICER, "POST", "/api/v1/transfers", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/transfers", 403),
                row(Caller.ANALYST, "POST", "/api/v1/transfers", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/transfers", 404),
                // API: family links, households, children without a carer
                row(Caller.NONE, "GET", "/api/v1/persons/{pin}/relationships", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pin}/relationships", 200),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pin}/relationships", 200),
                row(Caller.ADMIN, "GET", "/api/v1/persons/{pin}/relationships", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/{pin}/relationships", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons/{pin}/relationships", 403),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pout}/relationships", 404),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pout}/relationships", 404),
                row(Caller.CASEWORKER_WITHOUT_SCOPE, "GET", "/api/v1/persons/{pin}/relationships", 404),
                row(Caller.NONE, "POST", "/api/v1/persons/{pin}/relationships", 401),
                row(Caller.OFFICER, "POST", "/api/v1/persons/{pin}/relationships", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/persons/{pin}/relationships", 403),
                row(Caller.ANALYST, "POST", "/api/v1/persons/{pin}/relationships", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/persons/{pout}/relationships", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/persons/{pin}/relationships", 201),
                row(Caller.NONE, "DELETE", "/api/v1/persons/{pin}/relationships/{rel}", 401),
                row(Caller.OFFICER, "DELETE", "/api/v1/persons/{pin}/relationships/{rel}", 403),
                row(Caller.AUDITOR, "DELETE", "/api/v1/persons/{pin}/relationships/{rel}", 403),
                row(Caller.CASEWORKER, "DELETE", "/api/v1/persons/{pout}/relationships/{rel}", 404),
                row(Caller.NONE, "GET", "/api/v1/households", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/households", 200),
                row(Caller.OFFICER, "GET", "/api/v1/households", 200),
                row(Caller.ADMIN, "GET", "/api/v1/households", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/households", 403),
                row(Caller.ANALYST, "GET", "/api/v1/households", 403),
                row(Caller.NONE, "GET", "/api/v1/households/{hin}", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/households/{hin}", 200),
                row(Caller.OFFICER, "GET", "/api/v1/households/{hin}", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/households/{hin}", 403),
                row(Caller.CASEWORKER, "GET", "/api/v1/households/{hout}", 404),
                row(Caller.OFFICER, "GET", "/api/v1/households/{hout}", 404),
                row(Caller.CASEWORKER_WITHOUT_SCOPE, "GET", "/api/v1/households/{hin}", 404),
                row(Caller.ADMIN, "GET", "/api/v1/households/{hout}", 200),
                row(Caller.NONE, "POST", "/api/v1/households", 401),
                row(Caller.OFFICER, "POST", "/api/v1/households", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/households", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/households", 201),
                row(Caller.OFFICER, "PUT", "/api/v1/households/{hin}", 403),
                row(Caller.CASEWORKER, "PUT", "/api/v1/households/{hout}", 404),
                row(Caller.CASEWORKER, "PUT", "/api/v1/households/{hin}", 200),
                row(Caller.OFFICER, "POST", "/api/v1/households/{hin}/members", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/households/{hout}/members", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/households/{hin}/members", 200),
                row(Caller.OFFICER, "DELETE", "/api/v1/households/{hin}/members/{pin}", 403),
                row(Caller.AUDITOR, "DELETE", "/api/v1/households/{hin}/members/{pin}", 403),
                row(Caller.CASEWORKER, "DELETE", "/api/v1/households/{hout}/members/{pout}", 404),
                row(Caller.NONE, "POST", "/api/v1/households/family-registrations", 401),
                row(Caller.OFFICER, "POST", "/api/v1/households/family-registrations", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/households/family-registrations", 403),
                row(Caller.ANALYST, "POST", "/api/v1/households/family-registrations", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/households/family-registrations", 201),
                row(Caller.NONE, "GET", "/api/v1/children-without-carer", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/children-without-carer", 200),
                row(Caller.OFFICER, "GET", "/api/v1/children-without-carer", 200),
                row(Caller.ADMIN, "GET", "/api/v1/children-without-carer", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/children-without-carer", 403),
                row(Caller.ANALYST, "GET", "/api/v1/children-without-carer", 403),
                row(Caller.NONE, "POST", "/api/v1/persons/{pin}/flags", 401),
                row(Caller.OFFICER, "POST", "/api/v1/persons/{pin}/flags", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/persons/{pin}/flags", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/persons/{pout}/flags", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/persons/{pin}/flags", 200),
                // API: repatriation cases
                row(Caller.NONE, "GET", "/api/v1/repatriation-cases", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/repatriation-cases", 200),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases", 200),
                row(Caller.ADMIN, "GET", "/api/v1/repatriation-cases", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/repatriation-cases", 403),
                row(Caller.ANALYST, "GET", "/api/v1/repatriation-cases", 403),
                row(Caller.NONE, "POST", "/api/v1/repatriation-cases", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/repatriation-cases", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/repatriation-cases", 403),
                row(Caller.ANALYST, "POST", "/api/v1/repatriation-cases", 403),
                row(Caller.OFFICER, "POST", "/api/v1/repatriation-cases", 201),
                row(Caller.ADMIN, "POST", "/api/v1/repatriation-cases", 201),
                row(Caller.CASEWORKER, "GET", "/api/v1/repatriation-cases/dashboard", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/repatriation-cases/dashboard", 403),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases/dashboard", 200),
                row(Caller.ADMIN, "GET", "/api/v1/repatriation-cases/dashboard", 200),
                row(Caller.NONE, "GET", "/api/v1/repatriation-cases/{cin}", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/repatriation-cases/{cin}", 200),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases/{cin}", 200),
                row(Caller.ADMIN, "GET", "/api/v1/repatriation-cases/{cin}", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/repatriation-cases/{cin}", 403),
                row(Caller.ANALYST, "GET", "/api/v1/repatriation-cases/{cin}", 403),
                row(Caller.CASEWORKER_WITHOUT_SCOPE, "GET", "/api/v1/repatriation-cases/{cin}", 404),
                row(Caller.CASEWORKER, "GET", "/api/v1/repatriation-cases/{cout}", 404),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases/{cout}", 404),
                row(Caller.ADMIN, "GET", "/api/v1/repatriation-cases/{cout}", 200),
                row(Caller.NONE, "POST", "/api/v1/repatriation-cases/{cin}/transitions", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/repatriation-cases/{cin}/transitions", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/repatriation-cases/{cin}/transitions", 403),
                row(Caller.OFFICER, "POST", "/api/v1/repatriation-cases/{cout}/transitions", 404),
                // passes the access check and stops at the gate: no consent recorded yet
                row(Caller.OFFICER, "POST", "/api/v1/repatriation-cases/{cin}/transitions", 422),
                row(Caller.CASEWORKER, "GET", "/api/v1/repatriation-cases/{cin}/checklist", 200),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases/{cin}/checklist", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/repatriation-cases/{cin}/checklist", 403),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases/{cout}/checklist", 404),
                row(Caller.NONE, "PUT", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT", 401),
                row(Caller.AUDITOR, "PUT", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT", 403),
                row(Caller.ANALYST, "PUT", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT", 403),
                row(Caller.CASEWORKER, "PUT", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT", 200),
                row(Caller.CASEWORKER, "PUT", "/api/v1/repatriation-cases/{cin}/checklist/NATIONALITY_VERIFIED", 403),
                row(Caller.OFFICER, "PUT", "/api/v1/repatriation-cases/{cout}/checklist/CONSENT", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/repatriation-cases/{cin}/notes", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/repatriation-cases/{cin}/notes", 403),
                row(Caller.OFFICER, "POST", "/api/v1/repatriation-cases/{cout}/notes", 404),
                row(Caller.OFFICER, "POST", "/api/v1/repatriation-cases/{cin}/notes", 201),
                // API: the duplicate queue (admins only)
                row(Caller.NONE, "GET", "/api/v1/duplicates", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/duplicates", 403),
                row(Caller.OFFICER, "GET", "/api/v1/duplicates", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/duplicates", 403),
                row(Caller.ANALYST, "GET", "/api/v1/duplicates", 403),
                row(Caller.ADMIN, "GET", "/api/v1/duplicates", 200),
                row(Caller.CASEWORKER, "POST", "/api/v1/duplicates/scans", 403),
                row(Caller.ADMIN, "POST", "/api/v1/duplicates/scans", 202),
                row(Caller.CASEWORKER, "GET", "/api/v1/duplicates/scans/latest", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/duplicates/00000000-0000-4000-8000-00000000dead/decision", 403),
                row(Caller.ADMIN, "POST", "/api/v1/duplicates/00000000-0000-4000-8000-00000000dead/decision", 404),
                row(Caller.NONE, "GET", "/api/v1/statistics/population?by=sex", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/statistics/population?by=sex", 403),
                row(Caller.OFFICER, "GET", "/api/v1/statistics/population?by=sex", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/statistics/population?by=sex", 200),
                row(Caller.ANALYST, "GET", "/api/v1/statistics/population?by=sex", 200),
                row(Caller.ADMIN, "GET", "/api/v1/statistics/population?by=sex", 200),
                row(Caller.CASEWORKER, "GET", "/api/v1/statistics/movements", 403),
                row(Caller.ANALYST, "GET", "/api/v1/statistics/movements", 200),
                row(Caller.OFFICER, "GET", "/api/v1/statistics/cases?by=stage", 403),
                row(Caller.ANALYST, "GET", "/api/v1/statistics/cases?by=country", 200),
                row(Caller.CASEWORKER, "GET", "/api/v1/statistics/repatriated", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/statistics/repatriated", 200),
                row(Caller.OFFICER, "GET", "/api/v1/statistics/children", 403),
                row(Caller.ANALYST, "GET", "/api/v1/statistics/children", 200),
                row(Caller.NONE, "GET", "/api/v1/exports/persons?format=csv&purpose=Authorization+table", 401),
                row(Caller.ANALYST, "GET", "/api/v1/exports/persons?format=csv&purpose=Authorization+table", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/exports/persons?format=csv&purpose=Authorization+table", 403),
                row(Caller.CASEWORKER, "GET", "/api/v1/exports/persons?format=csv&purpose=Authorization+table", 200),
                row(Caller.OFFICER, "GET", "/api/v1/exports/persons?format=csv&purpose=Authorization+table", 200),
                row(Caller.ADMIN, "GET", "/api/v1/exports/persons?format=csv", 400),
                row(Caller.CASEWORKER, "GET", "/api/v1/exports/report?format=csv&purpose=Authorization+table", 403),
                row(Caller.OFFICER, "GET", "/api/v1/exports/report?format=csv&purpose=Authorization+table", 403),
                row(Caller.ANALYST, "GET", "/api/v1/exports/report?format=csv&purpose=Authorization+table", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/exports/report?format=csv&purpose=Authorization+table", 200),
                row(Caller.CASEWORKER, "GET", "/api/v1/exports/country-pack?country=FRA&format=csv&purpose=Authorization+table", 403),
                row(Caller.ANALYST, "GET", "/api/v1/exports/country-pack?country=FRA&format=csv&purpose=Authorization+table", 403),
                row(Caller.OFFICER, "GET", "/api/v1/exports/country-pack?country=FRA&format=csv&purpose=Authorization+table", 200),
                row(Caller.ADMIN, "GET", "/api/v1/exports/country-pack?country=FRA&format=csv&purpose=Authorization+table", 200),
                row(Caller.NONE, "POST", "/api/v1/merges", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/merges", 403),
                row(Caller.OFFICER, "POST", "/api/v1/merges", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/merges", 403),
                row(Caller.ANALYST, "POST", "/api/v1/merges", 403),
                row(Caller.ADMIN, "POST", "/api/v1/merges", 201),
                row(Caller.CASEWORKER, "GET", "/api/v1/merges/comparison?first={pin}&second={pout}", 403),
                row(Caller.OFFICER, "GET", "/api/v1/merges/comparison?first={pin}&second={pout}", 403),
                row(Caller.ADMIN, "GET", "/api/v1/merges/comparison?first={pin}&second={pout}", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/merges/00000000-0000-4000-8000-00000000dead", 403),
                row(Caller.ADMIN, "GET", "/api/v1/merges/00000000-0000-4000-8000-00000000dead", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/merges/00000000-0000-4000-8000-00000000dead/unmerge", 403),
                row(Caller.ADMIN, "POST", "/api/v1/merges/00000000-0000-4000-8000-00000000dead/unmerge", 404),
                // Pages
                row(Caller.NONE, "GET", "/", 401),
                row(Caller.CASEWORKER, "GET", "/", 200),
                row(Caller.ANALYST, "GET", "/", 200),
                // the parts a home fetches after loading: only from a home of the caller's own roles
                row(Caller.NONE, "GET", "/home/queues/children-without-carer", 401),
                row(Caller.CASEWORKER, "GET", "/home/queues/children-without-carer", 200),
                row(Caller.OFFICER, "GET", "/home/queues/children-without-carer", 404),
                row(Caller.OFFICER, "GET", "/home/queues/nationals-without-case", 200),
                row(Caller.ADMIN, "GET", "/home/queues/nearly-full", 200),
                row(Caller.AUDITOR, "GET", "/home/queues/nearly-full", 403),
                row(Caller.ANALYST, "GET", "/home/queues/nearly-full", 403),
                row(Caller.NONE, "GET", "/home/headline", 401),
                row(Caller.ANALYST, "GET", "/home/headline", 200),
                row(Caller.ADMIN, "GET", "/home/headline", 403),
                row(Caller.CASEWORKER, "GET", "/home/headline", 403),
                // the person picker's lookup, in the caller's scope
                row(Caller.NONE, "GET", "/persons/lookup?q=a", 401),
                row(Caller.CASEWORKER, "GET", "/persons/lookup?q=a", 200),
                row(Caller.OFFICER, "GET", "/persons/lookup?q=a", 200),
                row(Caller.AUDITOR, "GET", "/persons/lookup?q=a", 403),
                row(Caller.ANALYST, "GET", "/persons/lookup?q=a", 403),
                // what Homeward says after a logout or an ended session: public
                row(Caller.NONE, "GET", "/signed-out", 200),
                row(Caller.NONE, "GET", "/session-ended", 200),
                row(Caller.NONE, "GET", "/facilities", 401),
                row(Caller.CASEWORKER, "GET", "/facilities", 200),
                row(Caller.AUDITOR, "GET", "/facilities", 200),
                row(Caller.CASEWORKER, "GET", "/facilities/{in}", 200),
                row(Caller.CASEWORKER, "GET", "/facilities/{out}", 404),
                row(Caller.CASEWORKER_WITHOUT_SCOPE, "GET", "/facilities/{in}", 404),
                row(Caller.ADMIN, "GET", "/facilities/{out}", 200),
                row(Caller.CASEWORKER, "GET", "/facilities/new", 403),
                row(Caller.OFFICER, "GET", "/facilities/new", 403),
                row(Caller.ADMIN, "GET", "/facilities/new", 200),
                row(Caller.CASEWORKER, "GET", "/facilities/{in}/edit", 403),
                row(Caller.ADMIN, "GET", "/facilities/{in}/edit", 200),
                row(Caller.NONE, "GET", "/persons", 401),
                row(Caller.CASEWORKER, "GET", "/persons", 200),
                row(Caller.OFFICER, "GET", "/persons", 200),
                row(Caller.ADMIN, "GET", "/persons", 200),
                row(Caller.AUDITOR, "GET", "/persons", 403),
                row(Caller.ANALYST, "GET", "/persons", 403),
                row(Caller.CASEWORKER, "GET", "/persons/{pin}", 200),
                row(Caller.OFFICER, "GET", "/persons/{pin}", 200),
                row(Caller.AUDITOR, "GET", "/persons/{pin}", 403),
                row(Caller.CASEWORKER, "GET", "/persons/{pout}", 404),
                row(Caller.OFFICER, "GET", "/persons/{pout}", 404),
                row(Caller.CASEWORKER, "GET", "/persons/new", 200),
                row(Caller.NONE, "GET", "/persons/suggestions?q=amina", 401),
                row(Caller.CASEWORKER, "GET", "/persons/suggestions?q=amina", 200),
                row(Caller.OFFICER, "GET", "/persons/suggestions?q=amina", 200),
                row(Caller.AUDITOR, "GET", "/persons/suggestions?q=amina", 403),
                row(Caller.ANALYST, "GET", "/persons/suggestions?q=amina", 403),
                row(Caller.OFFICER, "GET", "/persons/new", 403),
                row(Caller.CASEWORKER, "GET", "/persons/{pin}/edit", 200),
                row(Caller.CASEWORKER, "GET", "/persons/{pout}/edit", 404),
                row(Caller.OFFICER, "GET", "/persons/{pin}/edit", 403),
                row(Caller.CASEWORKER, "GET", "/facilities/{in}/transfer", 200),
                row(Caller.CASEWORKER, "GET", "/facilities/{out}/transfer", 404),
                row(Caller.OFFICER, "GET", "/facilities/{in}/transfer", 403),
                row(Caller.NONE, "GET", "/households", 401),
                row(Caller.CASEWORKER, "GET", "/households", 200),
                row(Caller.OFFICER, "GET", "/households", 200),
                row(Caller.AUDITOR, "GET", "/households", 403),
                row(Caller.CASEWORKER, "GET", "/households/{hin}", 200),
                row(Caller.CASEWORKER, "GET", "/households/{hout}", 404),
                row(Caller.OFFICER, "GET", "/households/{hout}", 404),
                row(Caller.CASEWORKER, "GET", "/households/register-family", 200),
                row(Caller.OFFICER, "GET", "/households/register-family", 403),
                row(Caller.CASEWORKER, "GET", "/children-without-carer", 200),
                row(Caller.OFFICER, "GET", "/children-without-carer", 200),
                row(Caller.ANALYST, "GET", "/children-without-carer", 403),
                row(Caller.CASEWORKER, "GET", "/persons/{pin}/relationships/new", 200),
                row(Caller.CASEWORKER, "GET", "/persons/{pout}/relationships/new", 404),
                row(Caller.OFFICER, "GET", "/persons/{pin}/relationships/new", 403),
                row(Caller.CASEWORKER, "GET", "/duplicates", 403),
                row(Caller.ADMIN, "GET", "/duplicates", 200),
                row(Caller.NONE, "GET", "/cases", 401),
                row(Caller.CASEWORKER, "GET", "/cases", 200),
                row(Caller.OFFICER, "GET", "/cases", 200),
                row(Caller.AUDITOR, "GET", "/cases", 403),
                row(Caller.OFFICER, "GET", "/cases/dashboard", 200),
                row(Caller.CASEWORKER, "GET", "/cases/dashboard", 403),
                row(Caller.OFFICER, "GET", "/cases/new", 200),
                row(Caller.CASEWORKER, "GET", "/cases/new", 403),
                row(Caller.CASEWORKER, "GET", "/cases/{cin}", 200),
                row(Caller.OFFICER, "GET", "/cases/{cin}", 200),
                row(Caller.OFFICER, "GET", "/cases/{cout}", 404),
                row(Caller.AUDITOR, "GET", "/cases/{cin}", 403),
                row(Caller.NONE, "GET", "/staff", 401),
                row(Caller.CASEWORKER, "GET", "/staff", 403),
                row(Caller.AUDITOR, "GET", "/staff", 403),
                row(Caller.ADMIN, "GET", "/staff", 200),
                row(Caller.CASEWORKER, "GET", "/staff/authz-caseworker/scope", 403),
                row(Caller.ADMIN, "GET", "/staff/authz-caseworker/scope", 200),
                // Page forms (posted with the caller's CSRF token)
                row(Caller.NONE, "POST", "/facilities", 401),
                row(Caller.CASEWORKER, "POST", "/facilities", 403),
                row(Caller.OFFICER, "POST", "/facilities", 403),
                row(Caller.ADMIN, "POST", "/facilities", 303),
                row(Caller.CASEWORKER, "POST", "/facilities/{in}", 403),
                row(Caller.AUDITOR, "POST", "/facilities/{in}", 403),
                row(Caller.CASEWORKER, "GET", "/staff/scope?username=authz-new", 403),
                row(Caller.ADMIN, "GET", "/staff/scope?username=authz-new", 303),
                row(Caller.NONE, "POST", "/staff/authz-form/scope", 401),
                row(Caller.CASEWORKER, "POST", "/staff/authz-form/scope", 403),
                row(Caller.ADMIN, "POST", "/staff/authz-form/scope", 303),
                row(Caller.NONE, "POST", "/persons", 401),
                row(Caller.OFFICER, "POST", "/persons", 403),
                row(Caller.ANALYST, "POST", "/persons", 403),
                row(Caller.CASEWORKER, "POST", "/persons", 303),
                row(Caller.OFFICER, "POST", "/persons/{pin}", 403),
                row(Caller.CASEWORKER, "POST", "/persons/{pout}", 404),
                row(Caller.OFFICER, "POST", "/persons/{pin}/movements", 403),
                row(Caller.CASEWORKER, "POST", "/persons/{pout}/movements", 404),
                row(Caller.OFFICER, "POST", "/facilities/{in}/transfer", 403),
                row(Caller.CASEWORKER, "POST", "/facilities/{out}/transfer", 404),
                row(Caller.OFFICER, "POST", "/persons/{pin}/relationships", 403),
                row(Caller.CASEWORKER, "POST", "/persons/{pout}/relationships", 404),
                row(Caller.CASEWORKER, "POST", "/persons/{pin}/relationships", 303),
                row(Caller.OFFICER, "POST", "/persons/{pin}/relationships/{rel}/remove", 403),
                row(Caller.CASEWORKER, "POST", "/persons/{pout}/relationships/{rel}/remove", 404),
                row(Caller.NONE, "POST", "/households", 401),
                row(Caller.OFFICER, "POST", "/households", 403),
                row(Caller.CASEWORKER, "POST", "/households", 303),
                row(Caller.OFFICER, "POST", "/households/{hin}/members", 403),
                row(Caller.CASEWORKER, "POST", "/households/{hout}/members", 404),
                row(Caller.OFFICER, "POST", "/households/{hin}/members/{pin}/remove", 403),
                row(Caller.CASEWORKER, "POST", "/households/{hout}/members/{pout}/remove", 404),
                row(Caller.OFFICER, "POST", "/households/{hin}/reference", 403),
                row(Caller.CASEWORKER, "POST", "/households/{hout}/reference", 404),
                row(Caller.OFFICER, "POST", "/households/register-family", 403),
                row(Caller.CASEWORKER, "POST", "/households/register-family", 303),
                row(Caller.OFFICER, "POST", "/children-without-carer/{pin}/confirm", 403),
                row(Caller.CASEWORKER, "POST", "/children-without-carer/{pout}/confirm", 404),
                row(Caller.CASEWORKER, "POST", "/children-without-carer/{pin}/confirm", 303),
                row(Caller.CASEWORKER, "POST", "/duplicates/scans", 403),
                row(Caller.CASEWORKER, "POST", "/duplicates/00000000-0000-4000-8000-00000000dead/not-the-same", 403),
                row(Caller.ANALYST, "GET", "/exports/persons/new", 403),
                row(Caller.CASEWORKER, "GET", "/exports/persons/new", 200),
                // pages: the audit trail and disclosures
                row(Caller.CASEWORKER, "GET", "/audit", 403),
                row(Caller.ANALYST, "GET", "/audit", 403),
                row(Caller.AUDITOR, "GET", "/audit", 200),
                row(Caller.ADMIN, "GET", "/audit", 200),
                row(Caller.OFFICER, "GET", "/audit/verify", 403),
                row(Caller.AUDITOR, "GET", "/audit/verify", 200),
                row(Caller.CASEWORKER, "GET", "/audit/reports/exports", 403),
                row(Caller.ANALYST, "GET", "/audit/reports/exports", 403),
                row(Caller.AUDITOR, "GET", "/audit/reports/exports", 200),
                row(Caller.ADMIN, "GET", "/audit/reports/exports", 200),
                row(Caller.OFFICER, "GET", "/audit/reports/merges", 403),
                row(Caller.AUDITOR, "GET", "/audit/reports/merges", 200),
                row(Caller.CASEWORKER, "GET", "/audit/reports/access", 403),
                row(Caller.AUDITOR, "GET", "/audit/reports/access", 200),
                row(Caller.ANALYST, "GET", "/audit/reports/refusals", 403),
                row(Caller.AUDITOR, "GET", "/audit/reports/refusals", 200),
                row(Caller.NONE, "GET", "/audit/reports/refusals", 401),
                row(Caller.CASEWORKER, "GET", "/disclosures", 403),
                row(Caller.AUDITOR, "GET", "/disclosures", 200),
                row(Caller.AUDITOR, "GET", "/disclosures?number=HW-9999999", 404),
                row(Caller.CASEWORKER, "POST", "/exports/persons", 400),
                // a link cannot start an export: pages start them by POST with the CSRF token
                row(Caller.CASEWORKER, "GET", "/exports/persons?format=csv&purpose=Authorization+table", 405),
                row(Caller.CASEWORKER, "POST", "/exports/persons?nationality=FRA", 200),
                row(Caller.ANALYST, "POST", "/exports/report", 200),
                row(Caller.CASEWORKER, "POST", "/exports/report", 403),
                row(Caller.CASEWORKER, "GET", "/exports/report/new", 403),
                row(Caller.ANALYST, "GET", "/exports/report/new", 200),
                row(Caller.CASEWORKER, "GET", "/exports/country-pack/new", 403),
                row(Caller.OFFICER, "GET", "/exports/country-pack/new", 200),
                row(Caller.OFFICER, "POST", "/exports/country-pack", 200),
                row(Caller.OFFICER, "GET", "/exports/country-pack?country=FRA&format=pdf&purpose=Authorization+table", 405),
                row(Caller.NONE, "GET", "/statistics", 401),
                row(Caller.CASEWORKER, "GET", "/statistics", 403),
                row(Caller.OFFICER, "GET", "/statistics", 403),
                row(Caller.ANALYST, "GET", "/statistics", 200),
                row(Caller.AUDITOR, "GET", "/statistics", 200),
                row(Caller.ADMIN, "GET", "/statistics", 200),
                row(Caller.CASEWORKER, "GET", "/merges/new?first={pin}&second={pout}", 403),
                row(Caller.ADMIN, "GET", "/merges/new?first={pin}&second={pout}", 200),
                row(Caller.NONE, "POST", "/merges", 401),
                row(Caller.CASEWORKER, "POST", "/merges", 403),
                row(Caller.OFFICER, "POST", "/merges", 403),
                row(Caller.ADMIN, "POST", "/merges", 303),
                row(Caller.CASEWORKER, "GET", "/merges/00000000-0000-4000-8000-00000000dead", 403),
                row(Caller.ADMIN, "GET", "/merges/00000000-0000-4000-8000-00000000dead", 404),
                row(Caller.ANALYST, "POST", "/merges/00000000-0000-4000-8000-00000000dead/unmerge", 403),
                row(Caller.NONE, "POST", "/cases", 401),
                row(Caller.CASEWORKER, "POST", "/cases", 403),
                row(Caller.OFFICER, "POST", "/cases", 303),
                row(Caller.CASEWORKER, "POST", "/cases/{cin}/transitions", 403),
                row(Caller.OFFICER, "POST", "/cases/{cout}/transitions", 404),
                row(Caller.AUDITOR, "POST", "/cases/{cin}/checklist/CONSENT", 403),
                row(Caller.OFFICER, "POST", "/cases/{cout}/checklist/CONSENT", 404),
                row(Caller.CASEWORKER, "POST", "/cases/{cin}/checklist/CONSENT", 303),
                row(Caller.CASEWORKER, "POST", "/cases/{cin}/notes", 403),
                row(Caller.OFFICER, "POST", "/cases/{cin}/notes", 303),
                // documents: access follows the person's; auditors and analysts see no files
                row(Caller.NONE, "GET", "/api/v1/persons/{pin}/documents", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pin}/documents", 200),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pout}/documents", 404),
                row(Caller.CASEWORKER_WITHOUT_SCOPE, "GET", "/api/v1/persons/{pin}/documents", 404),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pin}/documents", 200),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pout}/documents", 404),
                row(Caller.ADMIN, "GET", "/api/v1/persons/{pout}/documents", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/{pin}/documents", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons/{pin}/documents", 403),
                row(Caller.OFFICER, "POST", "/api/v1/persons/{pin}/documents", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/persons/{pin}/documents", 403),
                row(Caller.NONE, "GET", "/api/v1/documents/{din}/content", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/documents/{din}/content", 200),
                row(Caller.CASEWORKER, "GET", "/api/v1/documents/{dout}/content", 404),
                row(Caller.OFFICER, "GET", "/api/v1/documents/{din}/thumbnail", 200),
                row(Caller.OFFICER, "GET", "/api/v1/documents/{dout}/thumbnail", 404),
                row(Caller.ADMIN, "GET", "/api/v1/documents/{dout}/content", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/documents/{din}/content", 403),
                row(Caller.ANALYST, "GET", "/api/v1/documents/{din}/thumbnail", 403),
                row(Caller.OFFICER, "DELETE", "/api/v1/documents/{din}", 403),
                row(Caller.AUDITOR, "DELETE", "/api/v1/documents/{din}", 403),
                row(Caller.CASEWORKER, "DELETE", "/api/v1/documents/{dout}", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/documents/{din}/restore", 403),
                row(Caller.OFFICER, "POST", "/api/v1/documents/{din}/restore", 403),
                row(Caller.ADMIN, "POST", "/api/v1/documents/{din}/restore", 200),
                row(Caller.NONE, "GET", "/documents/{din}/content", 401),
                row(Caller.CASEWORKER, "GET", "/documents/{din}/thumbnail", 200),
                row(Caller.CASEWORKER, "GET", "/documents/{dout}/thumbnail", 404),
                row(Caller.OFFICER, "GET", "/documents/{din}/content", 200),
                row(Caller.ANALYST, "GET", "/documents/{din}/content", 403),
                row(Caller.OFFICER, "POST", "/documents/{din}/removal", 403),
                row(Caller.CASEWORKER, "POST", "/documents/{dout}/removal", 404),
                row(Caller.CASEWORKER, "POST", "/documents/{din}/restoration", 403),
                row(Caller.CASEWORKER, "POST", "/persons/{pin}/documents", 303),
                row(Caller.CASEWORKER, "POST", "/persons/{pout}/documents", 404),
                row(Caller.OFFICER, "POST", "/persons/{pin}/documents", 403),
                row(Caller.NONE, "POST", "/persons/{pin}/documents", 401),
                // files of a case's checklist: seen as the case is, added by who records the entry
                row(Caller.NONE, "GET", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 200),
                row(Caller.CASEWORKER, "GET", "/api/v1/repatriation-cases/{cout}/checklist/CONSENT/documents", 404),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 200),
                row(Caller.OFFICER, "GET", "/api/v1/repatriation-cases/{cout}/checklist/CONSENT/documents", 404),
                row(Caller.ADMIN, "GET", "/api/v1/repatriation-cases/{cout}/checklist/CONSENT/documents", 200),
                row(Caller.AUDITOR, "GET", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 403),
                row(Caller.ANALYST, "GET", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 403),
                row(Caller.NONE, "POST", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 201),
                row(Caller.CASEWORKER, "POST", "/api/v1/repatriation-cases/{cin}/checklist/TRAVEL_DOCUMENT/documents", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/repatriation-cases/{cout}/checklist/CONSENT/documents", 404),
                row(Caller.OFFICER, "POST", "/api/v1/repatriation-cases/{cin}/checklist/HANDOVER_PROTOCOL/documents", 201),
                row(Caller.OFFICER, "POST", "/api/v1/repatriation-cases/{cout}/checklist/HANDOVER_PROTOCOL/documents", 404),
                row(Caller.AUDITOR, "POST", "/api/v1/repatriation-cases/{cin}/checklist/HANDOVER_PROTOCOL/documents", 403),
                row(Caller.ANALYST, "POST", "/api/v1/repatriation-cases/{cin}/checklist/CONSENT/documents", 403),
                row(Caller.CASEWORKER, "POST", "/cases/{cin}/checklist/CONSENT/documents", 303),
                row(Caller.OFFICER, "POST", "/cases/{cout}/checklist/HANDOVER_PROTOCOL/documents", 404),
                row(Caller.ANALYST, "POST", "/cases/{cin}/checklist/CONSENT/documents", 403),
                // imports: admins only (case workers where the organisation turns it on; off here)
                row(Caller.NONE, "GET", "/api/v1/imports", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/imports", 403),
                row(Caller.OFFICER, "GET", "/api/v1/imports", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/imports", 403),
                row(Caller.ANALYST, "GET", "/api/v1/imports", 403),
                row(Caller.ADMIN, "GET", "/api/v1/imports", 200),
                row(Caller.ADMIN, "GET", "/api/v1/imports/00000000-0000-4000-8000-000000000001", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/imports/00000000-0000-4000-8000-000000000001/commit", 403),
                row(Caller.NONE, "GET", "/imports", 401),
                row(Caller.CASEWORKER, "GET", "/imports", 403),
                row(Caller.OFFICER, "GET", "/imports", 403),
                row(Caller.ADMIN, "GET", "/imports", 200),
                row(Caller.ADMIN, "GET", "/imports/00000000-0000-4000-8000-000000000001", 404),
                row(Caller.NONE, "POST", "/api/v1/imports", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/imports", 403),
                row(Caller.OFFICER, "POST", "/api/v1/imports", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/imports", 403),
                row(Caller.ANALYST, "POST", "/api/v1/imports", 403),
                row(Caller.CASEWORKER, "PUT", "/api/v1/imports/00000000-0000-4000-8000-000000000001/decisions", 403),
                row(Caller.OFFICER, "PUT", "/api/v1/imports/00000000-0000-4000-8000-000000000001/mapping", 403),
                row(Caller.CASEWORKER, "DELETE", "/api/v1/imports/00000000-0000-4000-8000-000000000001", 403),
                row(Caller.ADMIN, "DELETE", "/api/v1/imports/00000000-0000-4000-8000-000000000001", 404),
                row(Caller.ADMIN, "POST", "/api/v1/imports/00000000-0000-4000-8000-000000000001/commit", 404),
                row(Caller.NONE, "POST", "/imports/00000000-0000-4000-8000-000000000001/commit", 401),
                row(Caller.CASEWORKER, "POST", "/imports/00000000-0000-4000-8000-000000000001/commit", 403),
                row(Caller.OFFICER, "POST", "/imports/00000000-0000-4000-8000-000000000001/discard", 403),
                row(Caller.AUDITOR, "POST", "/imports/00000000-0000-4000-8000-000000000001/mapping", 403),
                row(Caller.ANALYST, "POST", "/imports/00000000-0000-4000-8000-000000000001/decisions", 403),
                row(Caller.ADMIN, "POST", "/imports/00000000-0000-4000-8000-000000000001/discard", 404),
                row(Caller.CASEWORKER, "GET", "/imports/progress/00000000-0000-4000-8000-000000000001", 403),
                row(Caller.ADMIN, "GET", "/imports/progress/00000000-0000-4000-8000-000000000001", 200),
                // retention, lock-downs, subject-access reports (issue 23): admins only
                row(Caller.NONE, "GET", "/api/v1/retention/rules", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/retention/rules", 403),
                row(Caller.OFFICER, "GET", "/api/v1/retention/rules", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/retention/rules", 403),
                row(Caller.ANALYST, "GET", "/api/v1/retention/rules", 403),
                row(Caller.ADMIN, "GET", "/api/v1/retention/rules", 200),
                row(Caller.CASEWORKER, "PUT", "/api/v1/retention/rules/RELEASED", 403),
                row(Caller.ADMIN, "PUT", "/api/v1/retention/rules/NOBODY", 404),
                row(Caller.NONE, "POST", "/api/v1/retention/runs", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/retention/runs", 403),
                row(Caller.OFFICER, "POST", "/api/v1/retention/runs", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/retention/runs", 403),
                row(Caller.ANALYST, "POST", "/api/v1/retention/runs", 403),
                row(Caller.ADMIN, "POST", "/api/v1/retention/runs", 201),
                row(Caller.AUDITOR, "GET", "/api/v1/retention/runs", 403),
                row(Caller.ADMIN, "GET", "/api/v1/retention/runs", 200),
                row(Caller.ADMIN, "GET", "/api/v1/retention/runs/00000000-0000-4000-8000-000000000001", 404),
                row(Caller.NONE, "GET", "/api/v1/lockdowns", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/lockdowns", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/lockdowns", 403),
                row(Caller.ADMIN, "GET", "/api/v1/lockdowns", 200),
                row(Caller.NONE, "POST", "/api/v1/lockdowns", 401),
                row(Caller.CASEWORKER, "POST", "/api/v1/lockdowns", 403),
                row(Caller.OFFICER, "POST", "/api/v1/lockdowns", 403),
                row(Caller.AUDITOR, "POST", "/api/v1/lockdowns", 403),
                row(Caller.ANALYST, "POST", "/api/v1/lockdowns", 403),
                row(Caller.CASEWORKER, "POST", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001/confirmation", 403),
                row(Caller.ADMIN, "POST", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001/confirmation", 404),
                row(Caller.CASEWORKER, "POST", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001/confirm", 403),
                row(Caller.ADMIN, "POST", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001/confirm", 404),
                row(Caller.CASEWORKER, "GET", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001", 403),
                row(Caller.CASEWORKER, "GET", "/api/v1/retention/runs/00000000-0000-4000-8000-000000000001", 403),
                row(Caller.ADMIN, "POST", "/retention/rules/NOBODY", 404),
                row(Caller.OFFICER, "DELETE", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001", 403),
                row(Caller.ADMIN, "DELETE", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001", 404),
                row(Caller.ADMIN, "GET", "/api/v1/lockdowns/00000000-0000-4000-8000-000000000001", 404),
                row(Caller.NONE, "GET", "/api/v1/persons/{pin}/subject-access-report", 401),
                row(Caller.CASEWORKER, "GET", "/api/v1/persons/{pin}/subject-access-report", 403),
                row(Caller.OFFICER, "GET", "/api/v1/persons/{pin}/subject-access-report", 403),
                row(Caller.AUDITOR, "GET", "/api/v1/persons/{pin}/subject-access-report", 403),
                row(Caller.ANALYST, "GET", "/api/v1/persons/{pin}/subject-access-report", 403),
                row(Caller.ADMIN, "GET", "/api/v1/persons/{pin}/subject-access-report", 200),
                row(Caller.ADMIN, "GET", "/api/v1/persons/{pout}/subject-access-report?format=pdf", 200),
                row(Caller.NONE, "GET", "/persons/{pin}/subject-access-report?language=ar", 401),
                row(Caller.CASEWORKER, "GET", "/persons/{pin}/subject-access-report?language=ar", 403),
                row(Caller.OFFICER, "GET", "/persons/{pin}/subject-access-report", 403),
                row(Caller.ADMIN, "GET", "/persons/{pin}/subject-access-report?language=ar", 200),
                row(Caller.NONE, "GET", "/retention", 401),
                row(Caller.CASEWORKER, "GET", "/retention", 403),
                row(Caller.AUDITOR, "GET", "/retention", 403),
                row(Caller.ADMIN, "GET", "/retention", 200),
                row(Caller.CASEWORKER, "POST", "/retention/preview", 403),
                row(Caller.ADMIN, "POST", "/retention/preview", 200),
                row(Caller.OFFICER, "POST", "/retention/runs", 403),
                row(Caller.ADMIN, "POST", "/retention/runs", 422),
                row(Caller.ANALYST, "POST", "/retention/rules/RELEASED", 403),
                row(Caller.NONE, "GET", "/lockdowns", 401),
                row(Caller.OFFICER, "GET", "/lockdowns", 403),
                row(Caller.ADMIN, "GET", "/lockdowns", 200),
                row(Caller.CASEWORKER, "POST", "/lockdowns", 403),
                row(Caller.ADMIN, "POST", "/lockdowns", 422),
                row(Caller.ANALYST, "POST", "/lockdowns/00000000-0000-4000-8000-000000000001/confirmation", 403),
                row(Caller.ADMIN, "POST", "/lockdowns/00000000-0000-4000-8000-000000000001/confirmation", 404),
                row(Caller.CASEWORKER, "POST", "/lockdowns/00000000-0000-4000-8000-000000000001/lift", 403),
                row(Caller.ADMIN, "POST", "/lockdowns/00000000-0000-4000-8000-000000000001/lift", 404),
                row(Caller.NONE, "GET", "/language/ar", 401),
                row(Caller.ANALYST, "GET", "/language/ar", 303),
        };
        return Stream.of(rows).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void answersAsTheTableSays(Row row) {
        String path = row.path().replace("{in}", inScope).replace("{out}", outOfScope)
                .replace("{pin}", personIn).replace("{pout}", personOut).replace("{hin}", householdIn)
                .replace("{hout}", householdOut).replace("{rel}", relationshipIn)
                .replace("{cin}", caseIn).replace("{cout}", caseOut)
                .replace("{din}", documentIn).replace("{dout}", documentOut);
        RequestSpecification request = row.caller().request().redirects().follow(false);
        if (row.method().equals("POST") && path.endsWith("/documents")) {
            // a file is sent as the API and the pages take it: a multipart form (from a page, with its token)
            if (!path.startsWith("/api/")) {
                request = withFormToken(row.caller(), request);
            }
            request = request.multiPart("file", "note.pdf", "%PDF-1.4\n%%EOF\n".getBytes(), "application/pdf")
                    .multiPart("kind", "OTHER")
                    .multiPart("personId", path.contains(caseOut) ? personOut : personIn);
        } else if (row.method().equals("POST") && path.equals("/api/v1/imports")) {
            request = request.multiPart("file", "people.csv", "Given name\nAmina\n".getBytes(), "text/csv")
                    .multiPart("kind", "PERSONS");
        } else if (row.method().equals("POST") && !path.startsWith("/api/")) {
            request = asFormPost(row.caller(), request).formParams(formFor(path));
        } else {
            Supplier<Object> body = bodyFor(row.method(), path);
            if (body != null) {
                request = request.contentType(ContentType.JSON).body(body.get());
            }
        }
        request.when().request(row.method(), path).then().statusCode(row.expected());
    }

    /**
     * A page form is posted as the browser would: with the CSRF cookie and token from a page the
     * same caller opened (the layout carries the token for htmx), so a refusal is never the CSRF check.
     */
    private static RequestSpecification asFormPost(Caller caller, RequestSpecification request) {
        return withFormToken(caller, request).contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static RequestSpecification withFormToken(Caller caller, RequestSpecification request) {
        if (caller == Caller.NONE) {
            return request;
        }
        io.restassured.response.Response home = caller.request().get("/");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\\{\"([^\"]+)\": \"([^\"]+)\"\\}")
                .matcher(home.asString());
        if (!token.find()) {
            throw new IllegalStateException("the home page of " + caller + " carries no CSRF token");
        }
        return request.cookies(home.getCookies()).header(token.group(1), token.group(2));
    }

    /** A valid form, so that a refusal can only come from who is asking, never from what they sent. */
    private Map<String, String> formFor(String path) {
        String today = java.time.LocalDate.now().toString();
        if (path.equals("/facilities")) {
            return Map.of("code", TestData.uniqueCode("AUTH-FORM"), "name", "Form", "type", "CAMP");
        }
        if (path.startsWith("/exports/persons")) {
            return path.contains("nationality") ? Map.of("format", "csv", "purpose", "Authorization table")
                    : Map.of("format", "csv");
        }
        if (path.startsWith("/exports/report")) {
            return Map.of("format", "csv", "purpose", "Authorization table");
        }
        if (path.startsWith("/exports/country-pack")) {
            return Map.of("country", "FRA", "format", "pdf", "purpose", "Authorization table");
        }
        if (path.startsWith("/staff/")) {
            return Map.of("nationalities", "BEL");
        }
        if (path.equals("/persons")) {
            return Map.of("givenName", "Form", "sex", "F", "category", "CAMP_RESIDENT",
                    "admissionFacility", inScopeCode, "admissionDate", today);
        }
        if (path.endsWith("/movements")) {
            return Map.of("type", "TRANSFER", "toFacilityCode", annexCode, "date", today);
        }
        if (path.endsWith("/transfer")) {
            return Map.of("personIds", personIn, "toFacilityCode", annexCode, "date", today);
        }
        if (path.endsWith("/relationships")) {
            return Map.of("relation", "SIBLING_OF", "registrationNumber", newPersonNumber(), "evidence", "DECLARED");
        }
        if (path.equals("/cases")) {
            return Map.of("country", "FRA", "registrationNumbers", newPersonNumber());
        }
        if (path.startsWith("/cases/") && path.contains("/checklist/")) {
            return Map.of("personId", path.contains(caseIn) ? personIn : personOut, "version", caseVersion(path));
        }
        if (path.startsWith("/cases/") && path.endsWith("/notes")) {
            return Map.of("text", "A note from the authorization table.");
        }
        if (path.startsWith("/cases/") && path.endsWith("/transitions")) {
            return Map.of("to", "REQUESTED", "version", caseVersion(path));
        }
        if (path.endsWith("/confirm")) {
            return Map.of("flag", "UNACCOMPANIED_CHILD");
        }
        if (path.equals("/merges")) {
            // two records of their own: merging the table's people would change the other rows
            String first = TestData.person(inScopeCode, "F", "FRA", null);
            String second = TestData.person(inScopeCode, "F", "FRA", null);
            return Map.of("first", first, "second", second, "survivor", "first",
                    "firstVersion", String.valueOf(TestData.version(first)),
                    "secondVersion", String.valueOf(TestData.version(second)));
        }
        if (path.endsWith("/unmerge")) {
            return Map.of("reason", "Not the same person after all.");
        }
        if (path.equals("/households")) {
            return Map.of("personId", TestData.person(inScopeCode, "F", "FRA", null));
        }
        if (path.endsWith("/members")) {
            return Map.of("registrationNumber", newPersonNumber());
        }
        if (path.endsWith("/reference")) {
            return Map.of("personId", personIn, "version", "0");
        }
        if (path.equals("/households/register-family")) {
            return Map.ofEntries(Map.entry("givenName", "Form"), Map.entry("nationality", "FRA"),
                    Map.entry("dateOfBirthPrecision", "YEAR"), Map.entry("dateOfBirth", "1990-01-01"),
                    Map.entry("admissionFacility", inScopeCode), Map.entry("admissionDate", today),
                    Map.entry("evidence", "DECLARED"), Map.entry("childGivenName", "Child"),
                    Map.entry("childSex", "M"), Map.entry("childPrecision", "YEAR"),
                    Map.entry("childDateOfBirth", "2015-01-01"));
        }
        if (path.startsWith("/persons/") || path.startsWith("/households/")) {
            return Map.of("givenName", "Form", "sex", "F", "category", "CAMP_RESIDENT", "version", "0");
        }
        return Map.of("code", "IGNORED", "name", "Form", "type", "CAMP", "version", "0");
    }

    /** A valid body, so that a refusal can only come from who is asking, never from what they sent. */
    private Supplier<Object> bodyFor(String method, String path) {
        if (method.equals("DELETE") && path.startsWith("/api/v1/documents/")) {
            return () -> Map.of("reason", "authorization table");
        }
        if (path.startsWith("/api/v1/staff/")) {
            return () -> Map.of("facilities", List.of(), "nationalities", List.of("BEL"));
        }
        if (method.equals("POST") && path.equals("/api/v1/facilities")) {
            return () -> Map.of("code", TestData.uniqueCode("AUTH-NEW"), "name", "New", "type", "CAMP");
        }
        if (method.equals("POST") && path.equals("/api/v1/persons")) {
            return () -> Map.of("givenName", "Row", "sex", "F", "category", "CAMP_RESIDENT", "admission",
                    Map.of("facilityCode", inScopeCode, "date", java.time.LocalDate.now().toString()));
        }
        if (path.equals("/api/v1/transfers")) {
            // the out-of-scope person: a case worker may not move someone they cannot see
            return () -> Map.of("personIds", List.of(personOut), "toFacilityCode", annexCode, "date",
                    java.time.LocalDate.now().toString());
        }
        if (method.equals("POST") && path.equals("/api/v1/merges")) {
            return () -> {
                String survivor = TestData.person(inScopeCode, "F", "FRA", null);
                String merged = TestData.person(inScopeCode, "F", "FRA", null);
                return Map.of("survivorId", survivor, "mergedId", merged, "survivorVersion", TestData.version(survivor),
                        "mergedVersion", TestData.version(merged), "fromMerged", List.of());
            };
        }
        if (path.equals("/api/v1/retention/runs")) {
            return () -> Map.of("dryRun", true);
        }
        if (path.startsWith("/api/v1/retention/rules/")) {
            return () -> Map.of("months", 24, "version", 0);
        }
        if (method.equals("POST") && path.equals("/api/v1/lockdowns")) {
            return () -> Map.of("reason", "authorization table");
        }
        if (path.endsWith("/unmerge")) {
            return () -> Map.of("reason", "Not the same person after all.");
        }
        if (path.equals("/api/v1/duplicates/scans")) {
            return () -> Map.of();
        }
        if (path.endsWith("/decision")) {
            return () -> Map.of("decision", "NOT_SAME");
        }
        if (method.equals("POST") && path.equals("/api/v1/repatriation-cases")) {
            return () -> Map.of("country", "FRA", "subjectIds", List.of(TestData.person(inScopeCode, "F", "FRA", null)));
        }
        if (path.startsWith("/api/v1/repatriation-cases/") && path.endsWith("/transitions")) {
            return () -> Map.of("to", "REQUESTED", "version", caseVersion(path));
        }
        if (path.startsWith("/api/v1/repatriation-cases/") && path.contains("/checklist/")) {
            return () -> Map.of("personId", path.contains(caseIn) ? personIn : personOut, "version", caseVersion(path));
        }
        if (path.startsWith("/api/v1/repatriation-cases/") && path.endsWith("/notes")) {
            return () -> Map.of("text", "A note from the authorization table.");
        }
        if (method.equals("POST") && path.endsWith("/relationships")) {
            return () -> Map.of("type", "SIBLING_OF", "personId", TestData.person(inScopeCode, "M", "FRA", null),
                    "evidence", "DECLARED");
        }
        if (path.endsWith("/flags")) {
            return () -> Map.of("flag", "ELDERLY");
        }
        if (method.equals("POST") && path.equals("/api/v1/households")) {
            return () -> Map.of("memberIds", List.of(TestData.person(inScopeCode, "F", "FRA", null)));
        }
        if (method.equals("POST") && path.endsWith("/members")) {
            return () -> Map.of("personId", TestData.person(inScopeCode, "F", "FRA", null));
        }
        if (path.endsWith("/family-registrations")) {
            String today = java.time.LocalDate.now().toString();
            return () -> Map.of("mother", Map.of("givenName", "Row", "sex", "F", "category", "CAMP_RESIDENT",
                    "admission", Map.of("facilityCode", inScopeCode, "date", today)),
                    "children", List.of(Map.of("givenName", "Child", "sex", "M")));
        }
        if (method.equals("PUT") && path.startsWith("/api/v1/households/")) {
            return () -> TestData.asAdmin().get(path).then().extract().body().as(Map.class);
        }
        if (method.equals("POST") && path.endsWith("/movements")) {
            return () -> Map.of("type", "TRANSFER", "toFacilityCode", annexCode, "date",
                    java.time.LocalDate.now().toString());
        }
        if (method.equals("PUT") && (path.startsWith("/api/v1/facilities/") || path.startsWith("/api/v1/persons/"))) {
            return () -> TestData.asAdmin().get(path).then().extract().body().as(Map.class);
        }
        return null;
    }

    private static String household(String member) {
        return TestData.asAdmin().contentType(ContentType.JSON).body(Map.of("memberIds", List.of(member)))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    /** A new person in the case worker's camp, as a form refers to them. */
    private String newPersonNumber() {
        return TestData.asAdmin().get("/api/v1/persons/" + TestData.person(inScopeCode, "M", "FRA", null))
                .then().extract().path("registrationNumber");
    }

    private static Row row(Caller caller, String method, String path, int expected) {
        return new Row(caller, method, path, expected);
    }

    /** The version of the table's case a path names, as the page or client would have read it. */
    private String caseVersion(String path) {
        String id = path.contains(caseIn) ? caseIn : caseOut;
        return String.valueOf(TestData.asAdmin().get("/api/v1/repatriation-cases/" + id).then().statusCode(200)
                .extract().<Integer>path("version"));
    }
}
