package org.homeward.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * What a test starts from, said as a sentence and made through the public API as an admin would:
 * {@code Given.campWithWorker("FAM")}, {@code Given.officerFor("FRA")}, {@code
 * Given.person().in(camp).named("Amina", "Haddad").born("2014-01-01", "YEAR").register()}. Codes
 * and usernames are unique to the call, so tests sharing one database never see each other's data.
 */
public final class Given {

    private Given() {
    }

    /** A camp of its own, and a case worker assigned to it alone. */
    public record Camp(String code, String id, String worker) {
    }

    public static Camp campWithWorker(String prefix) {
        String code = TestData.uniqueCode(prefix);
        String id = TestData.facility(code, "CAMP", null);
        String worker = "cw-" + code.toLowerCase();
        TestData.scope(worker, List.of(code), List.of());
        return new Camp(code, id, worker);
    }

    /** A repatriation officer assigned this one nationality. */
    public static String officerFor(String country) {
        String officer = country.toLowerCase() + "-" + TestData.uniqueCode("OFF").toLowerCase();
        TestData.scope(officer, List.of(), List.of(country));
        return officer;
    }

    public static PersonBuilder person() {
        return new PersonBuilder();
    }

    /** A person to register, admitted today unless said otherwise; {@link #register} answers their id. */
    public static final class PersonBuilder {

        private final Map<String, Object> body = new HashMap<>(Map.of("givenName", "Amina", "familyName", "Test",
                "sex", "F", "category", "CAMP_RESIDENT"));
        private final List<Map<String, String>> nationalities = new ArrayList<>();
        private String facility;
        private String admitted = LocalDate.now().toString();

        public PersonBuilder in(String facilityCode) {
            facility = facilityCode;
            return this;
        }

        public PersonBuilder admitted(String date) {
            admitted = date;
            return this;
        }

        public PersonBuilder named(String given, String family) {
            body.put("givenName", given);
            body.put("familyName", family);
            return this;
        }

        /** Names in Arabic script; a null part is left out. */
        public PersonBuilder namedInArabic(String given, String family) {
            putUnlessNull("givenNameAr", given);
            putUnlessNull("familyNameAr", family);
            return this;
        }

        public PersonBuilder sex(String sex) {
            body.put("sex", sex);
            return this;
        }

        /** Born on this date, known to this precision; a null date leaves the date of birth unknown. */
        public PersonBuilder born(String date, String precision) {
            if (date != null) {
                body.put("dateOfBirth", date);
                body.put("dateOfBirthPrecision", precision);
            }
            return this;
        }

        public PersonBuilder nationality(String country, String status) {
            nationalities.add(Map.of("country", country, "status", status));
            return this;
        }

        public PersonBuilder aliases(List<String> aliases) {
            body.put("aliases", aliases);
            return this;
        }

        public String register() {
            Map<String, Object> sent = new HashMap<>(body);
            sent.put("nationalities", nationalities);
            sent.put("admission", Map.of("facilityCode", facility, "date", admitted));
            return TestData.asAdmin().contentType(ContentType.JSON).body(sent).post("/api/v1/persons").then()
                    .statusCode(201).extract().path("id");
        }

        private void putUnlessNull(String field, String value) {
            if (value != null) {
                body.put(field, value);
            }
        }
    }
}
