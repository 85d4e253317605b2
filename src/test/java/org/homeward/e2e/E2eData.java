package org.homeward.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * Facilities and scopes for the browser flows to work on, created once through the JSON API with
 * an access token that Keycloak issues to the admin (so the API's bearer login is exercised with
 * real tokens too).
 */
final class E2eData {

    private static boolean seeded;

    private E2eData() {
    }

    static synchronized void seed() {
        if (seeded) {
            return;
        }
        String hol = facility("HOL", "Al-Hol camp", "مخيم الهول", "CAMP", null);
        facility("HOL-ANNEX", "Al-Hol camp, annex", "مخيم الهول، الملحق", "CAMP_SECTION", hol);
        facility("ROJ", "Roj camp", "مخيم روج", "CAMP", null);
        facility("HSK-DC", "Al-Hasakah detention centre", "مركز احتجاز الحسكة", "DETENTION_CENTRE", null);
        // Cora works in Al-Hol and in the detention centre, where fathers of Al-Hol families are held
        scope("cora", List.of("HOL", "HSK-DC"), List.of());
        scope("olivier", List.of(), List.of("FRA", "BEL"));
        // Iris works for Iraq: an officer of another country than Olivier's
        scope("iris", List.of(), List.of("IRQ"));
        seeded = true;
    }

    /** Registers a man held in a facility through the API; answers his registration number. */
    static String detainee(String given, String givenAr, String family, String nationality, String facilityCode) {
        return person(given, givenAr, family, "M", "1985-01-01", "DETAINEE", nationality, facilityCode);
    }

    /** Registers a Syrian woman in Al-Hol; answers her id. */
    static String syrianWoman(String given, String givenAr, String family) {
        return idOf(person(given, givenAr, family, "F", "1990-01-01", "CAMP_RESIDENT", "SYR", "HOL"));
    }

    /**
     * {@code count} women of one family name placed in a facility, as a registry of a million holds
     * a common name: written straight into the database (as the application's role, its triggers
     * keeping every counter), two thousand registrations through the API would take the suite minutes.
     */
    static void namesakes(String given, String family, String familyAr, String facilityCode, int count) {
        String keys = org.homeward.people.NameKeys.keyText(new org.homeward.people.NameKeys.Names(given, null, null, family,
                null, null, null, familyAr, List.of()));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(org.homeward.support.Superuser.url(),
                org.homeward.dev.DatabaseRoles.APPLICATION, org.homeward.dev.DatabaseRoles.APPLICATION);
                java.sql.PreparedStatement insert = connection.prepareStatement("""
                        insert into person (id, registration_number, given_name, family_name, family_name_ar, sex,
                                            date_of_birth, date_of_birth_precision, category, status,
                                            current_facility_id, name_keys, created_at, updated_at)
                        select gen_random_uuid(), 'HW-' || lpad(nextval('person_registration_seq')::text, 7, '0'), ?, ?, ?, 'F',
                               date '1980-01-01' + n % 9000, 'YEAR', 'CAMP_RESIDENT', 'IN_CAMP',
                               (select id from facility where code = ?), ?, now(), now()
                          from generate_series(1, ?) n""")) {
            insert.setString(1, given);
            insert.setString(2, family);
            insert.setString(3, familyAr);
            insert.setString(4, facilityCode);
            insert.setString(5, keys);
            insert.setInt(6, count);
            insert.execute();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a child admitted alone to a camp; answers the registration number. */
    static String childAlone(String given, String givenAr, String family, String facilityCode) {
        return person(given, givenAr, family, "F", "2016-01-01", "CAMP_RESIDENT", "SYR", facilityCode);
    }

    /** The id of the person with this registration number. */
    static String idOf(String registrationNumber) {
        return asAdmin().get(Browser.APP + "/api/v1/persons?q=" + registrationNumber).then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** Opens a repatriation case of these people (ids) to this country, as an admin; answers its id. */
    static String caseOf(String country, String... subjectIds) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("country", country, "subjectIds", List.of(subjectIds)))
                .post(Browser.APP + "/api/v1/repatriation-cases").then().statusCode(201).extract().path("id");
    }

    /**
     * A photographed page as a camera would hand it over (a JPEG in a temporary file, deleted by the
     * caller): a paper-white page with lines of writing, so its thumbnail is seen to be the page.
     */
    static java.nio.file.Path photographedPage(String name, int width, int height) throws java.io.IOException {
        var page = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var pen = page.createGraphics();
        pen.setColor(new java.awt.Color(0xf4, 0xf1, 0xe8));
        pen.fillRect(0, 0, width, height);
        pen.setColor(new java.awt.Color(0x33, 0x33, 0x55));
        for (int line = height / 8; line < height - height / 8; line += height / 14) {
            pen.fillRect(width / 10, line, width * 7 / 10, Math.max(2, height / 80));
        }
        pen.dispose();
        java.nio.file.Path file = java.nio.file.Files.createTempFile(name, ".jpg");
        javax.imageio.ImageIO.write(page, "jpeg", file.toFile());
        return file;
    }

    /** A French mother and her two children in Al-Hol, linked by DNA; answers their registration numbers. */
    static List<String> frenchFamily(String family) {
        String today = java.time.LocalDate.now().toString();
        Map<String, Object> mother = Map.of("givenName", "Sophie", "familyName", family, "givenNameAr", "صوفي",
                "sex", "F", "dateOfBirth", "1993-01-01", "dateOfBirthPrecision", "YEAR", "category", "CAMP_RESIDENT",
                "nationalities", List.of(Map.of("country", "FRA", "status", "CLAIMED")),
                "admission", Map.of("facilityCode", "HOL", "date", today));
        List<Map<String, Object>> children = List.of(
                Map.of("givenName", "Adam", "familyName", family, "sex", "M", "dateOfBirth", "2016-01-01",
                        "dateOfBirthPrecision", "YEAR"),
                Map.of("givenName", "Lina", "familyName", family, "sex", "F", "dateOfBirth", "2019-01-01",
                        "dateOfBirthPrecision", "YEAR"));
        Map<String, Object> registered = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("mother", mother, "children", children, "evidence", "DNA_CONFIRMED"))
                .post(Browser.APP + "/api/v1/households/family-registrations").then().statusCode(201)
                .extract().as(Map.class);
        List<String> numbers = new java.util.ArrayList<>();
        numbers.add((String) ((Map<?, ?>) registered.get("mother")).get("registrationNumber"));
        ((List<?>) registered.get("children")).forEach(child -> numbers.add((String) ((Map<?, ?>) child)
                .get("registrationNumber")));
        return numbers;
    }

    private static String person(String given, String givenAr, String family, String sex, String born,
            String category, String nationality, String facilityCode) {
        Map<String, Object> body = Map.of("givenName", given, "givenNameAr", givenAr, "familyName", family,
                "sex", sex, "dateOfBirth", born, "dateOfBirthPrecision", "YEAR", "category", category,
                "nationalities", List.of(Map.of("country", nationality, "status", "CLAIMED")),
                "admission", Map.of("facilityCode", facilityCode, "date", java.time.LocalDate.now().toString()));
        return asAdmin().contentType(ContentType.JSON).body(body).post(Browser.APP + "/api/v1/persons")
                .then().statusCode(201).extract().path("registrationNumber");
    }

    private static String facility(String code, String name, String nameAr, String type, String parentId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", name, "nameAr", nameAr,
                "type", type, "governorate", "Al-Hasakah", "capacity", 5000));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return asAdmin().contentType(ContentType.JSON).body(body).post(Browser.APP + "/api/v1/facilities")
                .then().statusCode(201).extract().path("id");
    }

    /** A camp of its own for a test, with a person in it. */
    static void facilityOf(String code, String name, String nameAr) {
        facility(code, name, nameAr, "CAMP", null);
        person("Huda", "هدى", "Camp" + code.replace("-", ""), "F", "1995-01-01", "CAMP_RESIDENT", "SYR", code);
    }

    static void scope(String username, List<String> facilities, List<String> nationalities) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("facilities", facilities, "nationalities", nationalities))
                .put(Browser.APP + "/api/v1/staff/" + username + "/scope").then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        String token = given().formParams(Map.of("grant_type", "password", "client_id", "homeward",
                "client_secret", E2eEnvironment.CLIENT_SECRET, "username", "ada", "password", Browser.PASSWORD))
                .post(System.getProperty(E2eEnvironment.REALM_URL_PROPERTY) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token);
    }
}
