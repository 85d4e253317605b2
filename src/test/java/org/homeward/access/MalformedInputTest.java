package org.homeward.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never gets a 500. A 500 tells the user nothing they can fix, pages whoever is on call,
 * and usually means the input reached somewhere it should not have: a NUL byte or an out-of-range
 * date in PostgreSQL, a text longer than its column, an age that overflows a date. Every row of
 * the table below is one malformed request sent to the JSON API, mostly as an admin (who reaches
 * everything, so a refusal is never the scope), some as a case worker.
 *
 * <p>Every row must be answered below 500. The rows the issue names — names with control or
 * bidi-override characters, births before 1900 or after today, movements before 2000, texts longer
 * than their columns, a huge {@code ageFrom}, a long note in a form — must also be refused as
 * malformed: 400, problem+json, with the field named (in Arabic where the row asks in Arabic).
 * Paths are sent exactly as written, so percent-escapes ({@code %00}, {@code %E2%80%AE}) reach the
 * server as such; the records they refer to ({@code {person}}, {@code {case}} …) are made once.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTest {

    /** Right-to-left override: makes "Amina" display as something else. */
    private static final String RLO = "\u202E";
    /** Left-to-right isolate, another invisible bidi control. */
    private static final String LRI = "\u2066";
    private static final String NUL = "\u0000";
    private static final String BELL = "\u0007";
    /** The same characters as a query string carries them. */
    private static final String NUL_IN_URL = "%00";
    private static final String RLO_IN_URL = "%E2%80%AE";

    private static final String UNKNOWN_ID = "00000000-0000-4000-8000-00000000f022";
    private static final String TODAY = LocalDate.now().toString();
    private static final String TOMORROW = LocalDate.now().plusDays(1).toString();
    private static final String PURPOSE = "purpose=Checking+malformed+input";

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern CSRF_HEADER = Pattern.compile("\\{\"([^\"]+)\": \"([^\"]+)\"\\}");
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Who sends a row. The case worker works in the fixture's camp. */
    enum Caller {
        ADMIN("fuzz-admin", Roles.ADMIN),
        CASEWORKER("fuzz-caseworker", Roles.CASEWORKER);

        final String username;
        final String role;

        Caller(String username, String role) {
            this.username = username;
            this.role = role;
        }

        RequestSpecification request() {
            return TestData.as(username, role);
        }
    }

    /** The records the rows refer to: a camp, a second camp, people in the first, their link, household and case. */
    record Fixture(String camp, String campId, String otherCamp, String otherCampId, String person, String sibling,
            String spare, String relationship, String household, String repatriationCase) {

        String resolve(String path) {
            return path.replace("{camp}", camp).replace("{campId}", campId).replace("{otherCamp}", otherCamp)
                    .replace("{otherCampId}", otherCampId).replace("{person}", person).replace("{sibling}", sibling)
                    .replace("{spare}", spare).replace("{relationship}", relationship)
                    .replace("{household}", household).replace("{case}", repatriationCase);
        }

        /** Versions are read when the row is sent: an edit with a stale one would be refused before validation. */
        long personVersion() {
            return TestData.version(person);
        }

        long otherCampVersion() {
            return version("/api/v1/facilities/" + otherCampId);
        }

        long caseVersion() {
            return version("/api/v1/repatriation-cases/" + repatriationCase);
        }

        private static long version(String path) {
            return ((Number) TestData.asAdmin().get(path).then().statusCode(200).extract().path("version")).longValue();
        }
    }

    /** A row's body, made when it is sent: a map or list (sent as JSON), or a string sent exactly as it is. */
    @FunctionalInterface
    interface Body {
        Object of(Fixture fixture);
    }

    /** What a row must be answered with, beyond "below 500". */
    record Expect(String field, boolean saved) {

        static Expect noServerError() {
            return new Expect(null, false);
        }

        /** 400, problem+json, with an error on this field (or an element of it: {@code aliases[0]…}). */
        static Expect refused(String field) {
            return new Expect(field, false);
        }

        /** Taken: a value its column can hold must not be refused for the size of the request. */
        static Expect accepted() {
            return new Expect(null, true);
        }
    }

    /** One malformed request; {@code form} rows are a page's form, the others JSON API calls. */
    record Row(String name, Caller caller, String method, String path, Body body, boolean form, String language,
            Expect expect) {

        Row by(Caller other) {
            return new Row(name, other, method, path, body, form, language, expect);
        }

        Row inArabic() {
            return new Row(name + ", in Arabic", caller, method, path, body, form, "ar", expect);
        }

        @Override
        public String toString() {
            return caller.name().toLowerCase() + " " + method + ": " + name;
        }
    }

    private static final String EMPTY = "";

    private static final List<Row> TABLE = List.of(
            // -------------------------------------------------------- person list filters
            get("ageFrom beyond an int", "/api/v1/persons?ageFrom=99999999999", Expect.refused("ageFrom")),
            get("ageFrom of the largest int", "/api/v1/persons?ageFrom=2147483647", Expect.refused("ageFrom")),
            get("ageFrom before any date PostgreSQL holds", "/api/v1/persons?ageFrom=100000", Expect.refused("ageFrom")),
            get("ageTo of the largest int", "/api/v1/persons?ageTo=2147483647", Expect.refused("ageTo")),
            get("ageFrom of the largest int", "/api/v1/persons?ageFrom=2147483647", Expect.refused("ageFrom"))
                    .by(Caller.CASEWORKER),
            get("negative ageFrom", "/api/v1/persons?ageFrom=-1", Expect.noServerError()),
            get("ageFrom above ageTo", "/api/v1/persons?ageFrom=60&ageTo=10", Expect.noServerError()),
            get("ageFrom that is not a number", "/api/v1/persons?ageFrom=abc", Expect.noServerError()),
            get("ageFrom that is not a number", "/api/v1/persons?ageFrom=abc", Expect.refused("ageFrom")).inArabic(),
            get("page size of 100000", "/api/v1/persons?size=100000", Expect.noServerError()),
            get("page size of 0", "/api/v1/persons?size=0", Expect.noServerError()).by(Caller.CASEWORKER),
            get("negative page", "/api/v1/persons?page=-1", Expect.noServerError()),
            get("page that is not a number", "/api/v1/persons?page=abc", Expect.noServerError()),
            get("page far beyond the end", "/api/v1/persons?page=2147483647&size=500", Expect.noServerError()),
            get("unknown sort", "/api/v1/persons?sort=garbage", Expect.noServerError()),
            get("sort carrying SQL", "/api/v1/persons?sort=name%3Bdrop+table+person", Expect.noServerError()),
            get("unknown status", "/api/v1/persons?status=ALIVE", Expect.noServerError()),
            get("nationality of 300 letters", "/api/v1/persons?nationality=" + "A".repeat(300), Expect.noServerError()),
            get("nationality of 5000 letters", "/api/v1/persons?nationality=" + "A".repeat(5000),
                    Expect.noServerError()),
            get("nationality that is a NUL byte", "/api/v1/persons?nationality=" + NUL_IN_URL, Expect.noServerError()),
            get("name search of control characters", "/api/v1/persons?q=" + NUL_IN_URL + RLO_IN_URL + "Amina",
                    Expect.noServerError()),
            get("person id that is not a UUID", "/api/v1/persons/not-a-uuid", Expect.noServerError()),

            // -------------------------------------------------------- person registration
            post("given name with a right-to-left override", "/api/v1/persons",
                    registration("givenName", "Amina" + RLO + "anima"), Expect.refused("givenName")),
            post("given name with a right-to-left override", "/api/v1/persons",
                    registration("givenName", "Amina" + RLO + "anima"), Expect.refused("givenName"))
                    .by(Caller.CASEWORKER),
            post("given name with a NUL byte", "/api/v1/persons", registration("givenName", "Ami" + NUL + "na"),
                    Expect.refused("givenName")),
            post("family name with a bell character", "/api/v1/persons", registration("familyName", "Test" + BELL),
                    Expect.refused("familyName")),
            post("Arabic given name with a right-to-left override", "/api/v1/persons",
                    registration("givenNameAr", "فاطمة" + RLO), Expect.refused("givenNameAr")),
            post("father's name with a bidi isolate", "/api/v1/persons", registration("fatherName", LRI + "Omar"),
                    Expect.refused("fatherName")),
            post("alias with a NUL byte", "/api/v1/persons", registration("aliases", List.of("Umm" + NUL + "Yusuf")),
                    Expect.refused("aliases")),
            post("given name of 5000 characters", "/api/v1/persons", registration("givenName", "N".repeat(5000)),
                    Expect.refused("givenName")),
            post("given name of 5000 characters", "/api/v1/persons", registration("givenName", "N".repeat(5000)),
                    Expect.refused("givenName")).inArabic(),
            post("Arabic family name one longer than its column", "/api/v1/persons",
                    registration("familyNameAr", "ن".repeat(101)), Expect.refused("familyNameAr")),
            post("alias of 5000 characters", "/api/v1/persons", registration("aliases", List.of("A".repeat(5000))),
                    Expect.refused("aliases")),
            post("place of birth of 5000 characters", "/api/v1/persons", registration("placeOfBirth", "P".repeat(5000)),
                    Expect.refused("placeOfBirth")),
            post("born in 1850", "/api/v1/persons", bornOn("1850-01-01"), Expect.refused("dateOfBirth")),
            post("born in 1850", "/api/v1/persons", bornOn("1850-01-01"), Expect.refused("dateOfBirth"))
                    .by(Caller.CASEWORKER),
            post("born in the year 1", "/api/v1/persons", bornOn("0001-01-01"), Expect.refused("dateOfBirth")),
            post("born tomorrow", "/api/v1/persons", bornOn(TOMORROW), Expect.refused("dateOfBirth")),
            post("date of birth that is not a date", "/api/v1/persons", registration("dateOfBirth", "not-a-date"),
                    Expect.noServerError()),
            post("born on the 30th of February", "/api/v1/persons", registration("dateOfBirth", "2021-02-30"),
                    Expect.noServerError()),
            post("unknown sex", "/api/v1/persons", registration("sex", "X"), Expect.noServerError()),
            post("unknown category", "/api/v1/persons", registration("category", "TOURIST"), Expect.noServerError()),
            post("unknown precision of the date of birth", "/api/v1/persons",
                    registration("dateOfBirthPrecision", "ROUGHLY"), Expect.noServerError()),
            post("nationality ZZZZ", "/api/v1/persons",
                    registration("nationalities", List.of(Map.of("country", "ZZZZ", "status", "CLAIMED"))),
                    Expect.noServerError()),
            post("unknown nationality status", "/api/v1/persons",
                    registration("nationalities", List.of(Map.of("country", "FRA", "status", "MAYBE"))),
                    Expect.noServerError()),
            post("nationalities as a string", "/api/v1/persons", registration("nationalities", "FRA"),
                    Expect.noServerError()),
            post("document number of 5000 characters", "/api/v1/persons", registration("documents", List.of(Map.of(
                    "type", "PASSPORT", "number", "9".repeat(5000), "issuingCountry", "FRA"))),
                    Expect.refused("documents[0].number")),
            post("unknown document type", "/api/v1/persons", registration("documents", List.of(Map.of(
                    "type", "SCROLL", "number", "123", "issuingCountry", "FRA"))), Expect.noServerError()),
            post("document issued by ZZZZ", "/api/v1/persons", registration("documents", List.of(Map.of(
                    "type", "PASSPORT", "number", "123", "issuingCountry", "ZZZZ"))), Expect.noServerError()),
            post("unknown flag", "/api/v1/persons", registration("flags", List.of("ROYALTY")), Expect.noServerError()),
            post("admitted in 1999", "/api/v1/persons", registration("admission", admittedOn("1999-12-31")),
                    Expect.refused("admission.date")),
            post("admitted tomorrow", "/api/v1/persons", registration("admission", admittedOn(TOMORROW)),
                    Expect.refused("admission.date")),
            post("admitted to an unknown facility", "/api/v1/persons",
                    registration("admission", Map.of("facilityCode", "NOWHERE-" + "X".repeat(500), "date", TODAY)),
                    Expect.noServerError()),
            post("given name as an object", "/api/v1/persons", registration("givenName", Map.of("first", "Amina")),
                    Expect.noServerError()),
            post("malformed JSON", "/api/v1/persons", raw("{\"givenName\": \"Amina\", "), Expect.noServerError()),
            post("empty body", "/api/v1/persons", raw(EMPTY), Expect.noServerError()),
            post("JSON null", "/api/v1/persons", raw("null"), Expect.noServerError()),
            post("an array where a person is expected", "/api/v1/persons", raw("[{\"givenName\": \"Amina\"}]"),
                    Expect.noServerError()),
            post("arrays nested 5000 deep", "/api/v1/persons", raw("[".repeat(5000) + "]".repeat(5000)),
                    Expect.noServerError()),
            post("unknown flag on a person", "/api/v1/persons/{person}/flags", json(Map.of("flag", "ROYALTY")),
                    Expect.noServerError()),

            // -------------------------------------------------------- person update
            put("given name with a right-to-left override", "/api/v1/persons/{person}",
                    update("givenName", "Amina" + RLO + "anima"), Expect.refused("givenName")),
            put("born in 1850", "/api/v1/persons/{person}", update("dateOfBirth", "1850-01-01"),
                    Expect.refused("dateOfBirth")),
            put("born tomorrow", "/api/v1/persons/{person}", update("dateOfBirth", TOMORROW),
                    Expect.refused("dateOfBirth")),
            put("given name of 5000 characters", "/api/v1/persons/{person}", update("givenName", "N".repeat(5000)),
                    Expect.refused("givenName")),
            put("version that is not a number", "/api/v1/persons/{person}", update("version", "abc"),
                    Expect.noServerError()),
            put("no version", "/api/v1/persons/{person}", update("version", null), Expect.noServerError()),
            put("person id that is not a UUID", "/api/v1/persons/not-a-uuid", update(), Expect.noServerError()),

            // -------------------------------------------------------- movements and transfers
            post("movement in 1999", "/api/v1/persons/{person}/movements", movement("date", "1999-12-31"),
                    Expect.refused("date")),
            post("movement in 1999", "/api/v1/persons/{person}/movements", movement("date", "1999-12-31"),
                    Expect.refused("date")).by(Caller.CASEWORKER),
            post("movement tomorrow", "/api/v1/persons/{person}/movements", movement("date", TOMORROW),
                    Expect.noServerError()),
            post("unknown movement type", "/api/v1/persons/{person}/movements", movement("type", "TELEPORT"),
                    Expect.noServerError()),
            post("movement to an unknown facility", "/api/v1/persons/{person}/movements",
                    movement("toFacilityCode", "NOWHERE"), Expect.noServerError()),
            post("movement date that is not a date", "/api/v1/persons/{person}/movements",
                    movement("date", "yesterday"), Expect.noServerError()),
            post("movement without any field", "/api/v1/persons/{person}/movements", json(Map.of()),
                    Expect.noServerError()),
            post("movement note of 5000 characters", "/api/v1/persons/{person}/movements",
                    movement("note", "n".repeat(5000)), Expect.refused("note")),
            post("movement note with a NUL byte", "/api/v1/persons/{person}/movements",
                    movement("note", "moved" + NUL), Expect.noServerError()),
            post("movement of a person id that is not a UUID", "/api/v1/persons/not-a-uuid/movements",
                    movement(), Expect.noServerError()),
            post("transfer of nobody", "/api/v1/transfers",
                    json(Map.of("personIds", List.of(), "toFacilityCode", "X", "date", TODAY)), Expect.noServerError()),
            post("transfer of an id that is not a UUID", "/api/v1/transfers",
                    json(Map.of("personIds", List.of("nope"), "toFacilityCode", "X", "date", TODAY)),
                    Expect.noServerError()),
            post("transfer in 1999", "/api/v1/transfers", f -> Map.of("personIds", List.of(f.person()),
                    "toFacilityCode", f.otherCamp(), "date", "1999-12-31"), Expect.refused("date")),

            // -------------------------------------------------------- relationships
            post("unknown relationship type", "/api/v1/persons/{person}/relationships", link("type", "COUSIN_OF"),
                    Expect.noServerError()),
            post("relative id that is not a UUID", "/api/v1/persons/{person}/relationships",
                    link("personId", "not-a-uuid"), Expect.noServerError()).by(Caller.CASEWORKER),
            post("a person linked to themselves", "/api/v1/persons/{person}/relationships",
                    f -> fields("type", "SIBLING_OF", "personId", f.person(), "evidence", "DECLARED"),
                    Expect.noServerError()),
            post("unknown evidence", "/api/v1/persons/{person}/relationships", link("evidence", "RUMOUR"),
                    Expect.noServerError()),
            post("unknown relative", "/api/v1/persons/{person}/relationships", link("personId", UNKNOWN_ID),
                    Expect.noServerError()),
            post("relationship without any field", "/api/v1/persons/{person}/relationships", json(Map.of()),
                    Expect.noServerError()),
            delete("unlinking with a reason of 600 characters",
                    "/api/v1/persons/{person}/relationships/{relationship}?reason=" + "r".repeat(600),
                    Expect.refused("reason")),
            delete("unlinking an id that is not a UUID", "/api/v1/persons/{person}/relationships/not-a-uuid",
                    Expect.noServerError()),

            // -------------------------------------------------------- households and families
            post("household of nobody", "/api/v1/households", json(Map.of("memberIds", List.of())),
                    Expect.noServerError()),
            post("household member id that is not a UUID", "/api/v1/households",
                    json(Map.of("memberIds", List.of("nope"))), Expect.noServerError()),
            post("household of an unknown person", "/api/v1/households", json(Map.of("memberIds", List.of(UNKNOWN_ID))),
                    Expect.noServerError()),
            post("household as an array", "/api/v1/households", raw("[]"), Expect.noServerError()),
            put("household change without a version", "/api/v1/households/{household}",
                    f -> Map.of("referencePersonId", f.sibling()), Expect.noServerError()),
            put("household version that is not a number", "/api/v1/households/{household}",
                    f -> Map.of("referencePersonId", f.sibling(), "version", "abc"), Expect.noServerError()),
            post("household member id that is not a UUID", "/api/v1/households/{household}/members",
                    json(Map.of("personId", "nope")), Expect.noServerError()),
            get("negative page of households", "/api/v1/households?page=-1", Expect.noServerError())
                    .by(Caller.CASEWORKER),
            post("family without a mother", "/api/v1/households/family-registrations", json(Map.of()),
                    Expect.noServerError()),
            post("family whose mother has a right-to-left override in her name",
                    "/api/v1/households/family-registrations",
                    family("givenName", "Khadija" + RLO, null, null), Expect.refused("mother.givenName")),
            post("family with a child born tomorrow", "/api/v1/households/family-registrations",
                    family(null, null, "dateOfBirth", TOMORROW), Expect.refused("children[0].dateOfBirth")),

            // -------------------------------------------------------- repatriation cases
            post("case to an unknown country", "/api/v1/repatriation-cases", opening("country", "ATLANTIS"),
                    Expect.noServerError()),
            post("case without subjects", "/api/v1/repatriation-cases", opening("subjectIds", List.of()),
                    Expect.noServerError()),
            post("case subject id that is not a UUID", "/api/v1/repatriation-cases",
                    opening("subjectIds", List.of("nope")), Expect.noServerError()),
            post("case officer of 500 characters", "/api/v1/repatriation-cases", opening("officer", "o".repeat(500)),
                    Expect.refused("officer")),
            get("case list at an unknown stage", "/api/v1/repatriation-cases?stage=LIMBO", Expect.noServerError()),
            get("case list of a NUL country", "/api/v1/repatriation-cases?country=" + NUL_IN_URL,
                    Expect.noServerError()),
            post("transition to an unknown stage", "/api/v1/repatriation-cases/{case}/transitions",
                    transition("to", "NOWHERE"), Expect.noServerError()),
            post("transition without any field", "/api/v1/repatriation-cases/{case}/transitions", json(Map.of()),
                    Expect.noServerError()),
            post("transition version that is not a number", "/api/v1/repatriation-cases/{case}/transitions",
                    transition("version", "abc"), Expect.noServerError()),
            post("transition skipping to the end", "/api/v1/repatriation-cases/{case}/transitions",
                    transition("to", "COMPLETED"), Expect.noServerError()),
            post("transition with a reason of 5000 characters", "/api/v1/repatriation-cases/{case}/transitions",
                    transition("to", "ON_HOLD", "reason", "r".repeat(5000)), Expect.refused("reason")),
            post("transition of a case id that is not a UUID", "/api/v1/repatriation-cases/not-a-uuid/transitions",
                    json(Map.of("to", "REQUESTED")), Expect.noServerError()),
            put("unknown checklist item", "/api/v1/repatriation-cases/{case}/checklist/TELEPORT", check(),
                    Expect.noServerError()),
            put("consent with a detail of 5000 characters", "/api/v1/repatriation-cases/{case}/checklist/CONSENT",
                    check("detail", "d".repeat(5000)), Expect.refused("detail")),
            put("consent with a detail of 5000 characters", "/api/v1/repatriation-cases/{case}/checklist/CONSENT",
                    check("detail", "d".repeat(5000)), Expect.refused("detail")).by(Caller.CASEWORKER),
            put("travel document number of 5000 characters",
                    "/api/v1/repatriation-cases/{case}/checklist/TRAVEL_DOCUMENT",
                    check("documentType", "PASSPORT", "documentNumber", "9".repeat(5000), "documentExpiry",
                            "2031-01-01"),
                    Expect.refused("documentNumber")),
            put("handover point of 5000 characters", "/api/v1/repatriation-cases/{case}/checklist/HANDOVER_DETAILS",
                    check("handoverDate", TOMORROW, "handoverPoint", "h".repeat(5000), "receivingAuthority",
                            "Consulate"),
                    Expect.refused("handoverPoint")),
            put("checklist person id that is not a UUID", "/api/v1/repatriation-cases/{case}/checklist/CONSENT",
                    check("personId", "nope"), Expect.noServerError()),
            put("travel document expiry that is not a date",
                    "/api/v1/repatriation-cases/{case}/checklist/TRAVEL_DOCUMENT",
                    check("documentType", "PASSPORT", "documentNumber", "123", "documentExpiry", "soon"),
                    Expect.noServerError()),
            post("case note one longer than its column", "/api/v1/repatriation-cases/{case}/notes",
                    json(Map.of("text", "t".repeat(4001))), Expect.refused("text")),
            post("case note of 3000 characters", "/api/v1/repatriation-cases/{case}/notes",
                    json(Map.of("text", "t".repeat(3000))), Expect.noServerError()),
            post("empty case note", "/api/v1/repatriation-cases/{case}/notes", json(Map.of("text", "")),
                    Expect.noServerError()),
            post("case note with a NUL byte", "/api/v1/repatriation-cases/{case}/notes",
                    json(Map.of("text", "seen" + NUL)), Expect.noServerError()),
            postForm("case note over 2 KiB in the page's form", "/cases/{case}/notes",
                    Map.of("text", "Seen at the consular interview. ".repeat(100)), Expect.accepted()),

            // -------------------------------------------------------- statistics and exports
            get("unknown breakdown", "/api/v1/statistics/population?by=shoeSize", Expect.noServerError()),
            get("from that is not a date", "/api/v1/statistics/population?by=nationality&from=not-a-date",
                    Expect.noServerError()),
            get("from after to", "/api/v1/statistics/movements?from=2026-03-01&to=2026-01-01", Expect.noServerError()),
            get("from 100000 years before Christ", "/api/v1/statistics/movements?from=-99999-01-01",
                    Expect.noServerError()),
            get("statistics of nationality ZZZZ", "/api/v1/statistics/population?by=nationality&nationality=ZZZZ",
                    Expect.noServerError()),
            get("statistics of a NUL nationality", "/api/v1/statistics/population?by=sex&nationality=" + NUL_IN_URL,
                    Expect.noServerError()),
            get("cases by an unknown breakdown", "/api/v1/statistics/cases?by=mood", Expect.noServerError()),
            get("export as .exe", "/api/v1/exports/persons?format=exe&" + PURPOSE, Expect.noServerError()),
            get("export without a purpose", "/api/v1/exports/persons?format=csv", Expect.noServerError()),
            get("export with ageFrom beyond an int", "/api/v1/exports/persons?format=csv&ageFrom=99999999999&" + PURPOSE,
                    Expect.refused("ageFrom")),
            get("report from a date that is not one", "/api/v1/exports/report?format=pdf&from=31-12-2025&" + PURPOSE,
                    Expect.noServerError()),
            get("country pack of ZZZZ", "/api/v1/exports/country-pack?country=ZZZZ&format=csv&" + PURPOSE,
                    Expect.noServerError()),

            // -------------------------------------------------------- facilities
            post("negative capacity", "/api/v1/facilities", facility("capacity", -5), Expect.noServerError()),
            post("capacity beyond an int", "/api/v1/facilities",
                    raw("{\"code\": \"FUZZ-CAP\", \"name\": \"Fuzz\", \"type\": \"CAMP\", \"capacity\": 99999999999}"),
                    Expect.noServerError()),
            post("capacity of 2000 digits", "/api/v1/facilities",
                    raw("{\"code\": \"FUZZ-DIG\", \"name\": \"Fuzz\", \"type\": \"CAMP\", \"capacity\": "
                            + "9".repeat(2000) + "}"),
                    Expect.noServerError()),
            post("capacity as a word", "/api/v1/facilities", facility("capacity", "many"), Expect.noServerError()),
            post("code of 500 characters", "/api/v1/facilities", facility("code", "C".repeat(500)),
                    Expect.noServerError()),
            post("code of 500 characters", "/api/v1/facilities", facility("code", "C".repeat(500)),
                    Expect.refused("code")).inArabic(),
            post("unknown facility type", "/api/v1/facilities", facility("type", "SPACESHIP"), Expect.noServerError()),
            post("facility name of 5000 characters", "/api/v1/facilities", facility("name", "F".repeat(5000)),
                    Expect.refused("name")),
            post("facility name with a NUL byte", "/api/v1/facilities", facility("name", "Roj" + NUL),
                    Expect.refused("name")),
            post("facility name with a right-to-left override", "/api/v1/facilities",
                    facility("name", "Roj" + RLO + "camp"), Expect.refused("name")),
            post("Arabic facility name of 5000 characters", "/api/v1/facilities", facility("nameAr", "م".repeat(5000)),
                    Expect.refused("nameAr")),
            post("governorate of 5000 characters", "/api/v1/facilities", facility("governorate", "G".repeat(5000)),
                    Expect.refused("governorate")),
            post("parent id that is not a UUID", "/api/v1/facilities", facility("parentId", "not-a-uuid"),
                    Expect.noServerError()),
            put("negative capacity", "/api/v1/facilities/{otherCampId}", facilityUpdate("capacity", -5),
                    Expect.noServerError()),
            put("facility name of 5000 characters", "/api/v1/facilities/{otherCampId}",
                    facilityUpdate("name", "F".repeat(5000)), Expect.refused("name")),
            put("facility version that is not a number", "/api/v1/facilities/{otherCampId}",
                    facilityUpdate("version", "abc"), Expect.noServerError()),
            get("facility page size of 501", "/api/v1/facilities?size=501", Expect.noServerError()),
            get("facility id that is not a UUID", "/api/v1/facilities/not-a-uuid", Expect.noServerError()),

            // -------------------------------------------------------- staff scopes
            put("username with a space", "/api/v1/staff/bad%20user/scope", scope(List.of(), List.of()),
                    Expect.refused("username")),
            put("username with a right-to-left override", "/api/v1/staff/ad" + RLO_IN_URL + "min/scope",
                    scope(List.of(), List.of()), Expect.refused("username")),
            put("username of 200 characters", "/api/v1/staff/" + "u".repeat(200) + "/scope",
                    scope(List.of(), List.of()), Expect.refused("username")),
            put("unknown facility in a scope", "/api/v1/staff/fuzz-scope/scope",
                    scope(List.of("NOWHERE-" + "X".repeat(100)), List.of()), Expect.noServerError()),
            put("NUL facility in a scope", "/api/v1/staff/fuzz-scope/scope", scope(List.of(NUL), List.of()),
                    Expect.noServerError()),
            put("nationality ZZZZ in a scope", "/api/v1/staff/fuzz-scope/scope", scope(List.of(), List.of("ZZZZ")),
                    Expect.noServerError()),
            put("scope facilities as a string", "/api/v1/staff/fuzz-scope/scope",
                    raw("{\"facilities\": \"ROJ\", \"nationalities\": []}"), Expect.noServerError()),

            // -------------------------------------------------------- merges
            post("merge of ids that are not UUIDs", "/api/v1/merges",
                    json(Map.of("survivorId", "garbage", "mergedId", "rubbish")), Expect.noServerError()),
            post("merge without any field", "/api/v1/merges", json(Map.of()), Expect.noServerError()),
            post("merge of unknown records", "/api/v1/merges", json(Map.of("survivorId", UNKNOWN_ID,
                    "mergedId", "00000000-0000-4000-8000-00000000f023", "survivorVersion", 0, "mergedVersion", 0)),
                    Expect.noServerError()),
            post("merge of a record into itself", "/api/v1/merges", f -> Map.of("survivorId", f.person(),
                    "mergedId", f.person(), "survivorVersion", 0, "mergedVersion", 0), Expect.noServerError()),
            post("merge taking an unknown field", "/api/v1/merges", json(Map.of("survivorId", UNKNOWN_ID,
                    "mergedId", UNKNOWN_ID, "fromMerged", List.of("SHOE_SIZE"))), Expect.noServerError()),
            post("merge as an array", "/api/v1/merges", raw("[1, 2]"), Expect.noServerError()),
            get("comparison of ids that are not UUIDs", "/api/v1/merges/comparison?first=garbage&second=rubbish",
                    Expect.noServerError()),
            post("unmerge of an unknown merge with a reason of 5000 characters",
                    "/api/v1/merges/" + UNKNOWN_ID + "/unmerge", json(Map.of("reason", "r".repeat(5000))),
                    Expect.noServerError()));

    private Fixture fixture;

    /** Once per class, but only once the application is up (RestAssured's port is set per test). */
    @BeforeEach
    void givenACampWithPeopleALinkAHouseholdAndACase() {
        if (fixture != null) {
            return;
        }
        String camp = TestData.uniqueCode("FUZZ");
        String campId = TestData.facility(camp, "CAMP", null);
        String otherCamp = TestData.uniqueCode("FUZZ-OTHER");
        String otherCampId = TestData.facility(otherCamp, "CAMP", null);
        String person = TestData.person(camp, "F", "FRA", "1990-01-01");
        String sibling = TestData.person(camp, "M", "FRA", null);
        String spare = TestData.person(camp, "F", "FRA", null);
        String relationship = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("type", "SIBLING_OF", "personId", sibling, "evidence", "DECLARED"))
                .post("/api/v1/persons/" + person + "/relationships").then().statusCode(201).extract().path("id");
        String household = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("memberIds", List.of(sibling)))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        String repatriationCase = TestData.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("country", "FRA", "subjectIds", List.of(person)))
                .post("/api/v1/repatriation-cases").then().statusCode(201).extract().path("id");
        TestData.scope(Caller.CASEWORKER.username, List.of(camp), List.of());
        fixture = new Fixture(camp, campId, otherCamp, otherCampId, person, sibling, spare, relationship, household,
                repatriationCase);
    }

    Stream<Row> table() {
        return TABLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void isNeverAnsweredWithAServerError(Row row) {
        Response response = request(row).request(row.method(), fixture.resolve(row.path()));
        int status = response.statusCode();
        assertTrue(status < 500, () -> row + " answered " + status + ": " + shortened(response.asString()));
        if (row.expect().saved()) {
            assertTrue(status < 400, () -> row + " was refused with " + status + ": " + shortened(response.asString()));
        }
        if (row.expect().field() != null) {
            assertNamesTheField(row, response);
        }
    }

    private static void assertNamesTheField(Row row, Response response) {
        String expected = row.expect().field();
        assertEquals(400, response.statusCode(),
                () -> row + " should be refused as malformed, naming " + expected + ": " + shortened(response.asString()));
        assertTrue(String.valueOf(response.contentType()).startsWith(PROBLEM_JSON),
                () -> row + " answered " + response.contentType());
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        Map<String, Object> error = errors == null ? null : errors.stream()
                .filter(candidate -> names(String.valueOf(candidate.get("field")), expected)).findFirst().orElse(null);
        assertNotNull(error, () -> row + " does not name " + expected + ": " + shortened(response.asString()));
        if ("ar".equals(row.language())) {
            String message = String.valueOf(error.get("message"));
            assertTrue(ARABIC.matcher(message).find(), () -> row + " is not answered in Arabic: " + message);
        }
    }

    /** The field itself, or a part of it: {@code aliases[0].<list element>} names {@code aliases}. */
    private static boolean names(String field, String expected) {
        return field.equals(expected) || field.startsWith(expected + "[") || field.startsWith(expected + ".");
    }

    private RequestSpecification request(Row row) {
        RequestSpecification request = row.caller().request().redirects().follow(false);
        if (row.language() != null) {
            request.header("Accept-Language", row.language());
        }
        Object body = row.body() == null ? null : row.body().of(fixture);
        if (row.form()) {
            Map<String, Object> form = new LinkedHashMap<>();
            ((Map<?, ?>) body).forEach((name, value) -> form.put(String.valueOf(name), value));
            return withCsrfToken(row.caller(), request).formParams(form);
        }
        // the table's paths go out exactly as written, their percent-escapes included
        request.urlEncodingEnabled(false);
        if (body == null) {
            return request;
        }
        request.contentType(ContentType.JSON);
        if (body instanceof String text) {
            return text.isEmpty() ? request : request.body(text);
        }
        return request.body(body);
    }

    /** A page's form is posted as the browser would: with the CSRF cookie and token of a page the caller opened. */
    private static RequestSpecification withCsrfToken(Caller caller, RequestSpecification request) {
        Response home = caller.request().get("/");
        Matcher token = CSRF_HEADER.matcher(home.asString());
        assertTrue(token.find(), "the home page carries no CSRF token");
        return request.cookies(home.getCookies()).header(token.group(1), token.group(2))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private static String shortened(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    // ------------------------------------------------------------ building the table

    private static Row get(String name, String path, Expect expect) {
        return new Row(name, Caller.ADMIN, "GET", path, null, false, null, expect);
    }

    private static Row delete(String name, String path, Expect expect) {
        return new Row(name, Caller.ADMIN, "DELETE", path, null, false, null, expect);
    }

    private static Row post(String name, String path, Body body, Expect expect) {
        return new Row(name, Caller.ADMIN, "POST", path, body, false, null, expect);
    }

    private static Row put(String name, String path, Body body, Expect expect) {
        return new Row(name, Caller.ADMIN, "PUT", path, body, false, null, expect);
    }

    /** A page's form, posted with its CSRF token: the fields are sent form-encoded. */
    private static Row postForm(String name, String path, Map<String, String> fields, Expect expect) {
        return new Row(name, Caller.ADMIN, "POST", path, fixture -> fields, true, null, expect);
    }

    private static Body json(Object body) {
        return fixture -> body;
    }

    /** Sent exactly as written, with a JSON content type: for bodies that are not JSON, or not the JSON expected. */
    private static Body raw(String text) {
        return fixture -> text;
    }

    /** A valid registration, admitted yesterday into the camp, but for the changes (name, value, …). */
    private static Body registration(Object... changes) {
        return fixture -> with(fixture, validPerson(fixture), changes);
    }

    /** A valid edit of the fixture's person at its current version, but for the changes. */
    private static Body update(Object... changes) {
        return fixture -> {
            Map<String, Object> person = validPerson(fixture);
            person.remove("admission");
            person.put("dateOfBirth", "1990-01-01");
            person.put("dateOfBirthPrecision", "EXACT");
            person.put("version", fixture.personVersion());
            return with(fixture, person, changes);
        };
    }

    private static Map<String, Object> validPerson(Fixture fixture) {
        return fields("givenName", "Amina", "familyName", "Fuzz", "givenNameAr", "أمينة", "sex", "F",
                "category", "CAMP_RESIDENT", "nationalities", List.of(Map.of("country", "FRA", "status", "CLAIMED")),
                "admission", Map.of("facilityCode", fixture.camp(), "date", LocalDate.now().minusDays(1).toString()));
    }

    private static Body bornOn(String date) {
        return registration("dateOfBirth", date, "dateOfBirthPrecision", "EXACT");
    }

    private static Body admittedOn(String date) {
        return fixture -> Map.of("facilityCode", fixture.camp(), "date", date);
    }

    /** A mother and one child, registered together; each may have one change. */
    private static Body family(String motherField, Object motherValue, String childField, Object childValue) {
        return fixture -> {
            Map<String, Object> mother = validPerson(fixture);
            Map<String, Object> child = fields("givenName", "Yusuf", "sex", "M", "dateOfBirth", "2020-06-01",
                    "dateOfBirthPrecision", "EXACT");
            if (motherField != null) {
                mother.put(motherField, motherValue);
            }
            if (childField != null) {
                child.put(childField, childValue);
            }
            return Map.of("mother", mother, "children", List.of(child), "evidence", "DECLARED");
        };
    }

    /** A transfer of the fixture's person to the other camp today, but for the changes. */
    private static Body movement(Object... changes) {
        return fixture -> with(fixture, fields("type", "TRANSFER", "toFacilityCode", fixture.otherCamp(),
                "date", TODAY), changes);
    }

    /** "The person is SIBLING_OF the sibling", already recorded, but for the changes. */
    private static Body link(Object... changes) {
        return fixture -> with(fixture, fields("type", "SIBLING_OF", "personId", fixture.sibling(),
                "evidence", "DECLARED"), changes);
    }

    /** A case to France of the spare person (who has none), but for the changes. */
    private static Body opening(Object... changes) {
        return fixture -> with(fixture, fields("country", "FRA", "subjectIds", List.of(fixture.spare())), changes);
    }

    /** A move of the fixture's case to the next stage, at its current version, but for the changes. */
    private static Body transition(Object... changes) {
        return fixture -> with(fixture, fields("to", "REQUESTED", "version", fixture.caseVersion()), changes);
    }

    /** A checklist entry, done, for the case's subject, at the case's current version, but for the changes. */
    private static Body check(Object... changes) {
        return fixture -> with(fixture, fields("personId", fixture.person(), "done", true,
                "version", fixture.caseVersion()), changes);
    }

    /** A new camp with a code of its own, but for the changes. */
    private static Body facility(Object... changes) {
        return fixture -> with(fixture, fields("code", TestData.uniqueCode("FUZZ-NEW"), "name", "Fuzz camp",
                "type", "CAMP", "capacity", 100), changes);
    }

    /** The other camp as it is, at its current version, but for the changes. */
    private static Body facilityUpdate(Object... changes) {
        return fixture -> with(fixture, fields("code", fixture.otherCamp(), "name", "Facility " + fixture.otherCamp(),
                "type", "CAMP", "capacity", 100, "version", fixture.otherCampVersion()), changes);
    }

    private static Body scope(List<String> facilities, List<String> nationalities) {
        return json(Map.of("facilities", facilities, "nationalities", nationalities));
    }

    /** Sets each (name, value) pair of the changes on the body; a value that is a {@link Body} is made first. */
    private static Map<String, Object> with(Fixture fixture, Map<String, Object> body, Object... changes) {
        for (int i = 0; i < changes.length; i += 2) {
            Object value = changes[i + 1];
            body.put((String) changes[i], value instanceof Body made ? made.of(fixture) : value);
        }
        return body;
    }

    /** A map of (name, value) pairs that, unlike {@link Map#of}, keeps its order and may hold nulls. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
