package org.homeward.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.homeward.access.Roles;

/**
 * Builds what a test needs through the public API, as an admin would, with codes unique to the
 * test so that tests sharing one database never see each other's data.
 */
public final class TestData {

    private TestData() {
    }

    public static RequestSpecification as(String username, String... roles) {
        return given().auth().oauth2(Tokens.of(username, roles));
    }

    public static RequestSpecification asAdmin() {
        return as("admin-" + UUID.randomUUID().toString().substring(0, 8), Roles.ADMIN);
    }

    public static String uniqueCode(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
    }

    /** Creates a facility and answers its id. */
    public static String facility(String code, String type, String parentId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "Facility " + code,
                "type", type, "capacity", 100));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/facilities")
                .then().statusCode(201).extract().path("id");
    }

    public static void scope(String username, List<String> facilities, List<String> nationalities) {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("facilities", facilities, "nationalities", nationalities))
                .when().put("/api/v1/staff/" + username + "/scope")
                .then().statusCode(200);
    }

    /** Registers a person admitted thirty days ago into a facility; answers the person's id. */
    public static String person(String facilityCode, String sex, String nationality, String dateOfBirth) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("givenName", "Amina", "familyName", "Test",
                "givenNameAr", "أمينة", "sex", sex, "category", "CAMP_RESIDENT",
                "nationalities", List.of(Map.of("country", nationality, "status", "CLAIMED")),
                "admission", Map.of("facilityCode", facilityCode, "date", java.time.LocalDate.now().minusDays(30).toString())));
        if (dateOfBirth != null) {
            body.put("dateOfBirth", dateOfBirth);
            body.put("dateOfBirthPrecision", "EXACT");
        }
        return asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/persons")
                .then().statusCode(201).extract().path("id");
    }

    /** The version of a person's record, as an edit must send it back. */
    public static long version(String personId) {
        return ((Number) asAdmin().get("/api/v1/persons/" + personId).then().statusCode(200).extract().path("version"))
                .longValue();
    }

    /** Transfers a person to a facility today. */
    public static void transfer(String personId, String facilityCode) {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "TRANSFER", "toFacilityCode", facilityCode, "date", java.time.LocalDate.now().toString()))
                .post("/api/v1/persons/" + personId + "/movements").then().statusCode(201);
    }
}
