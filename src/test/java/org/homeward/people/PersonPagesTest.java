package org.homeward.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.homeward.access.Roles;
import org.homeward.support.BrowserLikeSession;
import org.homeward.support.ErrorSummaryLinks;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class PersonPagesTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void aCaseWorkerRegistersSomeoneThroughTheFormAndRecordsATransfer() {
        String camp = TestData.uniqueCode("PCAMP");
        String campId = TestData.facility(camp, "CAMP", null);
        String annex = TestData.uniqueCode("PANNEX");
        TestData.facility(annex, "CAMP_SECTION", campId);
        String worker = "cw-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of());
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);

        session.get("/persons/new").then().statusCode(200).body(containsString("id=\"admission\""));
        Map<String, Object> form = new HashMap<>(Map.of("givenName", "Mariam", "familyName", "Saleh",
                "givenNameAr", "مريم", "sex", "F", "dateOfBirth", "2014-01-01", "dateOfBirthPrecision", "ESTIMATED",
                "category", "CAMP_RESIDENT", "admissionFacility", camp,
                "admissionDate", LocalDate.now().minusDays(1).toString()));
        form.put("nationalityCountry", List.of("fra", ""));
        form.put("nationalityStatus", List.of("CLAIMED", "CLAIMED"));
        Response created = session.post("/persons", form);
        assertThat(created.statusCode(), equalTo(303));
        assertThat(created.header("Location"), matchesPattern(".*/persons/[0-9a-f-]{36}\\?flash=created"));
        String page = created.header("Location");

        session.get(page).then().statusCode(200)
                .body(containsString("Mariam Saleh"), containsString("مريم"), containsString("France"),
                        containsString("about 1"), containsString("id=\"movement-form\""));

        String personPath = page.substring(page.indexOf("/persons/"), page.indexOf('?'));
        new BrowserLikeSession(worker, Roles.CASEWORKER).language("ar").get(personPath).then()
                .body(containsString("فرنسا"), containsString("dir=\"rtl\""));
        session.post(personPath + "/movements", Map.of("type", "TRANSFER", "toFacilityCode", annex,
                "date", LocalDate.now().minusDays(5).toString())).then().statusCode(422)
                .body(containsString("id=\"movement-errors\""), containsString("before this person"));
        session.post(personPath + "/movements", Map.of("type", "TRANSFER", "toFacilityCode", annex,
                "date", LocalDate.now().toString())).then().statusCode(303);
        session.get(personPath).then().body(containsString("Transfer"), containsString(annex));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "ar, الحركات, العائلة", "fr, Mouvements, Famille" })
    void theSectionsOtherFeaturesAddToAPersonsPageSpeakThePagesLanguage(String language, String movements,
            String family) {
        Given.Camp campAndWorker = Given.campWithWorker("PLANG");
        String person = Given.person().in(campAndWorker.code()).named("Salma", "Ouardi").register();
        new BrowserLikeSession(campAndWorker.worker(), Roles.CASEWORKER).language(language).get("/persons/" + person)
                .then().statusCode(200)
                .body(containsString("<h2 class=\"h5\">" + movements + "</h2>"),
                        containsString("<h2 class=\"h5 mb-0\" id=\"family-title\">" + family + "</h2>"));
    }

    @Test
    void theRegistrationFormShowsErrorsBesideTheFieldsAndKeepsWhatWasTyped() {
        String camp = TestData.uniqueCode("PERR");
        TestData.facility(camp, "CAMP", null);
        BrowserLikeSession admin = new BrowserLikeSession("person-page-admin", Roles.ADMIN);
        admin.get("/persons/new");
        Map<String, Object> form = new HashMap<>(Map.of("familyName", "Without given name", "category",
                "CAMP_RESIDENT", "admissionFacility", camp, "admissionDate", LocalDate.now().toString()));
        form.put("nationalityCountry", List.of("ATL"));
        form.put("nationalityStatus", List.of("CLAIMED"));
        admin.post("/persons", form).then().statusCode(422)
                .body(containsString("id=\"sex-error\""), containsString("id=\"givenName-error\""),
                        containsString("not a known country code: ATL"), containsString("value=\"Without given name\""));
    }

    @Test
    void aDateOfBirthIsTypedAsDayMonthAndYearAndTheYearAloneIsEnough() {
        Given.Camp camp = Given.campWithWorker("DOB");
        BrowserLikeSession session = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER);
        session.get("/persons/new").then().statusCode(200)
                .body(containsString("id=\"dateOfBirthDay\""), containsString("id=\"dateOfBirthMonth\""),
                        containsString("id=\"dateOfBirthYear\""), containsString("id=\"dateOfBirthEstimated\""));

        String yearOnly = registeredThroughTheForm(session, camp.code(), "Year", "", "", "2014", "false");
        TestData.asAdmin().get("/api/v1/persons/" + yearOnly).then()
                .body("dateOfBirth", equalTo("2014-01-01"), "dateOfBirthPrecision", equalTo("YEAR"));
        session.get("/persons/" + yearOnly).then()
                .body(containsString("<span class=\"ltr\">2014</span> (year only)"));
        session.get("/persons/" + yearOnly + "/edit").then()
                .body(containsString("id=\"dateOfBirthDay\" name=\"dobDay\" value=\"\""),
                        containsString("id=\"dateOfBirthYear\" name=\"dobYear\" value=\"2014\""));

        String monthKnown = registeredThroughTheForm(session, camp.code(), "Month", "", "3", "2016", "false");
        TestData.asAdmin().get("/api/v1/persons/" + monthKnown).then()
                .body("dateOfBirth", equalTo("2016-03-01"), "dateOfBirthPrecision", equalTo("MONTH"));

        String estimated = registeredThroughTheForm(session, camp.code(), "About", "", "", "1988", "true");
        TestData.asAdmin().get("/api/v1/persons/" + estimated).then()
                .body("dateOfBirth", equalTo("1988-01-01"), "dateOfBirthPrecision", equalTo("ESTIMATED"));
        session.get("/persons/" + estimated).then().body(containsString("<span class=\"ltr\">1988</span> (estimated)"));
    }

    @Test
    void aDayWithoutItsMonthIsRefusedByNameInTheUsersLanguageAndWhatWasTypedStays() {
        Given.Camp camp = Given.campWithWorker("DOBX");
        for (String language : List.of("en", "ar")) {
            BrowserLikeSession session = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER).language(language);
            session.get("/persons/new");
            Response refused = session.post("/persons", registration(camp.code(), "Daysonly", "12", "", "2015", "false"));
            assertThat(refused.statusCode(), equalTo(422));
            refused.then().body(containsString("value=\"12\""), containsString("value=\"2015\""),
                    containsString("id=\"dateOfBirth-error\""),
                    containsString(language.equals("en")
                            ? "<a href=\"#dateOfBirth\" class=\"alert-link\">Date of birth: enter the month too, or leave the day empty</a>"
                            : "<a href=\"#dateOfBirth\" class=\"alert-link\">تاريخ الميلاد: أدخل الشهر أيضاً، أو اترك اليوم فارغاً</a>"));
            ErrorSummaryLinks.assertEachLeadsToAField(refused.body().asString());
        }
        TestData.asAdmin().get("/api/v1/persons?q=Daysonly").then().body("total", equalTo(0));
    }

    @Test
    void everyLinkOfTheRegistrationFormsErrorSummaryLeadsToItsField() {
        Given.Camp camp = Given.campWithWorker("SUMM");
        BrowserLikeSession session = new BrowserLikeSession(camp.worker(), Roles.CASEWORKER);
        session.get("/persons/new");
        // what cannot be read is refused first, the rules broken by what can be read after it
        Map<String, Object> unreadable = registration(camp.code(), "Unreadable", "", "", "20x4", "false");
        unreadable.put("admissionDate", "yesterday");
        Map<String, Object> against = registration(camp.code(), "Against", "", "", "2001", "false");
        against.putAll(Map.of("givenName", "", "sex", "", "nationalityCountry", List.of("ZZZ", ""),
                "nationalityStatus", List.of("CLAIMED", "CLAIMED"), "documentType", List.of("PASSPORT"),
                "documentNumber", List.of("P1"), "documentCountry", List.of("QQQ")));
        Map<Map<String, Object>, List<String>> expected = Map.of(unreadable, List.of("dateOfBirth", "admission.date"),
                against, List.of("givenName", "sex", "nationalities[0].country", "documents[0].issuingCountry"));
        expected.forEach((form, fields) -> {
            session.get("/persons/new");
            Response refused = session.post("/persons", form);
            assertThat(refused.statusCode(), equalTo(422));
            String page = refused.body().asString();
            assertThat(ErrorSummaryLinks.targets(page), org.hamcrest.Matchers.hasItems(fields.toArray(String[]::new)));
            ErrorSummaryLinks.assertEachLeadsToAField(page);
        });
    }

    private static Map<String, Object> registration(String camp, String family, String day, String month, String year,
            String estimated) {
        return new HashMap<>(Map.ofEntries(Map.entry("givenName", "Amal"), Map.entry("familyName", family),
                Map.entry("sex", "F"), Map.entry("dobDay", day), Map.entry("dobMonth", month),
                Map.entry("dobYear", year), Map.entry("dobEstimated", estimated), Map.entry("category", "CAMP_RESIDENT"),
                Map.entry("admissionFacility", camp), Map.entry("admissionDate", LocalDate.now().toString())));
    }

    /** Registers someone through the form and answers their id. */
    private static String registeredThroughTheForm(BrowserLikeSession session, String camp, String family, String day,
            String month, String year, String estimated) {
        session.get("/persons/new");
        Map<String, Object> form = registration(camp, family + "-" + camp, day, month, year, estimated);
        form.put("notADuplicate", "true");
        Response created = session.post("/persons", form);
        assertThat(created.body().asString(), created.statusCode(), equalTo(303));
        String location = created.header("Location");
        return location.substring(location.indexOf("/persons/") + "/persons/".length(), location.indexOf('?'));
    }

    @Test
    void theListFiltersAndPagesAndStaysWithinScope() {
        String camp = TestData.uniqueCode("PLIST");
        TestData.facility(camp, "CAMP", null);
        String other = TestData.uniqueCode("PLOTHER");
        TestData.facility(other, "CAMP", null);
        String inside = TestData.person(camp, "F", "SYR", null);
        String outside = TestData.person(other, "F", "SYR", null);
        String worker = "cw-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of());
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);

        session.get("/persons?facility=" + camp).then().statusCode(200)
                .body(containsString(inside), not(containsString(outside)), containsString("1 person matches"));
        session.get("/persons").then().body(not(containsString(outside)));
        session.get("/persons/" + outside).then().statusCode(404);
        session.get("/persons?ageFrom=old").then().statusCode(400).body(containsString("enter a whole number"));
    }

    /**
     * A name carried by more people than are worth ranking is counted on the page only as far as
     * the page needs (docs/adr/015, amendment): the page says "more than", pages on, and the API
     * still answers the exact total.
     */
    @Test
    void aNameSoCommonThatThePageCountsItOnlySoFarSaysMoreThanAndPagesOn() throws Exception {
        String camp = TestData.uniqueCode("PCOMMON");
        TestData.facility(camp, "CAMP", null);
        String elsewhere = TestData.uniqueCode("PCOMMOX");
        TestData.facility(elsewhere, "CAMP", null);
        int carriers = 2_060;
        String keys = NameKeys.keyText(new NameKeys.Names("Given", null, null, "Quoxleyford", null, null, null, null,
                List.of()));
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.PreparedStatement insert = connection.prepareStatement("""
                        insert into person (id, registration_number, given_name, family_name, sex, date_of_birth,
                                            date_of_birth_precision, category, status, current_facility_id, name_keys,
                                            created_at, updated_at)
                        select gen_random_uuid(), ? || '-' || n, 'Given', 'Quoxleyford', 'F', date '1990-01-01', 'YEAR',
                               'CAMP_RESIDENT', 'IN_CAMP', (select id from facility where code = ?), ?, now(), now()
                          from generate_series(1, ?) n""")) {
            // the worker's camp, and a hundred more carriers in a camp outside their scope, counted nowhere for them
            for (Object[] placed : List.of(new Object[] { camp, carriers }, new Object[] { elsewhere, 100 })) {
                insert.setString(1, (String) placed[0]);
                insert.setString(2, (String) placed[0]);
                insert.setString(3, keys);
                insert.setInt(4, (Integer) placed[1]);
                insert.execute();
            }
        }
        String worker = "cw-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of());
        BrowserLikeSession session = new BrowserLikeSession(worker, Roles.CASEWORKER);

        session.get("/persons?q=Quoxleyford").then().statusCode(200)
                .body(containsString("More than 2000 people match: add another name or a filter"),
                        containsString("Page 1<"), not(containsString("Page 1 of")), containsString("page=1\" id=\"next-page\""));
        // the last page of fifty: counted as far as it, exactly, so the page before it knows it is not the last
        session.get("/persons?q=Quoxleyford&page=41").then().statusCode(200)
                .body(containsString("2060 people match"), containsString("Page 42 of 42"));
        session.get("/persons/suggestions?q=Quoxleyford").then().statusCode(200)
                .body(containsString("All results (more than 2000)"));
        new BrowserLikeSession(worker, Roles.CASEWORKER).language("ar").get("/persons?q=Quoxleyford").then().statusCode(200)
                .body(containsString("عدد المطابقين أكثر من \u2068" + "2000\u2069"));
        TestData.as(worker, Roles.CASEWORKER).queryParam("q", "Quoxleyford").get("/api/v1/persons").then()
                .statusCode(200).body("total", equalTo(carriers));
    }

    @Test
    void exactNamesakesInANameSearchAreMarkedSoThatOneComparesThem() {
        String camp = TestData.uniqueCode("TWINS");
        TestData.facility(camp, "CAMP", null);
        String family = "Zubeidi" + camp.replaceAll("[^A-Z]", "").toLowerCase();
        List<String> twins = List.of(registered(camp, "Rayan", family, "1990-01-01"),
                registered(camp, "Rayan", family, "1975-01-01"));
        String cousin = registered(camp, "Rania", family, "1990-01-01");
        BrowserLikeSession session = new BrowserLikeSession("namesake-admin", Roles.ADMIN);

        String page = session.get("/persons?q=" + family).then().statusCode(200).extract().asString();
        for (String twin : twins) {
            assertThat(page, matchesPattern("(?s).*href=\"/persons/" + twin + "\">[^\n]{0,400}class=\"badge[^\"]* namesake\".*"));
        }
        assertThat(page, matchesPattern("(?s).*href=\"/persons/" + cousin + "\">.*"));
        assertThat(page, not(matchesPattern("(?s).*href=\"/persons/" + cousin + "\">[^\n]{0,400}class=\"badge[^\"]* namesake\".*")));
    }

    private static String registered(String camp, String given, String family, String born) {
        return TestData.asAdmin().contentType("application/json").body(Map.of("givenName", given, "familyName", family,
                "sex", "M", "dateOfBirth", born, "dateOfBirthPrecision", "YEAR", "category", "DETAINEE",
                "admission", Map.of("facilityCode", camp, "date", LocalDate.now().toString())))
                .post("/api/v1/persons").then().statusCode(201).extract().path("id");
    }

    @Test
    void aFacilityShowsWhoIsThereAgainstItsCapacityAndWarnsWhenFull() {
        String camp = TestData.uniqueCode("OCC");
        String campId = TestData.facility(camp, "CAMP", null);
        Map<String, Object> small = new HashMap<>(TestData.asAdmin().get("/api/v1/facilities/" + campId).then()
                .extract().body().as(Map.class));
        small.put("capacity", 2);
        TestData.asAdmin().contentType("application/json").body(small).put("/api/v1/facilities/" + campId)
                .then().statusCode(200);
        TestData.person(camp, "F", "IRQ", LocalDate.now().minusYears(30).toString());
        TestData.person(camp, "M", "IRQ", LocalDate.now().minusYears(8).toString());
        TestData.asAdmin().get("/api/v1/facilities/" + campId).then().body("occupancy", equalTo(2));

        TestData.person(camp, "F", "IRQ", null);
        new BrowserLikeSession("occupancy-admin", Roles.ADMIN).get("/facilities/" + campId).then()
                .body(containsString("id=\"over-capacity\""), containsString("Over capacity: 3 people for 2 places."));
        TestData.as("occupancy-officer", Roles.REPATRIATION_OFFICER).get("/api/v1/facilities/" + campId).then()
                .body("occupancy", equalTo(null));
    }
}
