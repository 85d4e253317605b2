package org.homeward.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What people do in a real browser, against the packaged application, a real Keycloak and a real
 * PostgreSQL. Each flow leaves screenshots of its key pages, in English and Arabic, under
 * target/e2e-screenshots, for a person to look at.
 */
@QuarkusIntegrationTest
@WithTestResource(E2eEnvironment.class)
class BrowserFlowsIT {

    @BeforeEach
    void givenTheFacilitiesOfTheSeedData() {
        E2eData.seed();
    }

    @ParameterizedTest(name = "{0} ({1}) lands on the home page of the role")
    @CsvSource({
            "cora,    caseworker,           home-caseworker, false",
            "olivier, repatriation-officer, home-officer,    false",
            "ada,     admin,                home-admin,      true",
            "audrey,  auditor,              home-auditor,    false",
            "anna,    analyst,              home-analyst,    false" })
    void eachRoleLandsOnItsHomePageWithItsNavigation(String user, String role, String card, boolean seesStaff) {
        try (Browser browser = new Browser()) {
            browser.open("/", user);
            assertThat(browser.url(), equalTo(Browser.APP + "/"));
            assertTrue(browser.find(card).isDisplayed(), "the " + role + " card");
            assertThat(browser.find("current-user").getText(), containsString(capitalized(user)));
            assertTrue(browser.has("nav-facilities"));
            assertThat(browser.has("nav-staff"), equalTo(seesStaff));
            browser.settled().screenshot("home-" + role + "-en");

            browser.chooseLanguage("ar");
            assertThat(browser.attribute(By.tagName("html"), "dir"), equalTo("rtl"));
            assertTrue(browser.find(card).isDisplayed());
            browser.settled().screenshot("home-" + role + "-ar");
        }
    }

    @Test
    void loggingOutSaysSoInTheUsersLanguageAndTheBackButtonShowsTheLoginPage() {
        try (Browser browser = new Browser()) {
            browser.open("/facilities", "anna");
            browser.find("main");
            browser.screenshot("logout-before-en");
            browser.chooseLanguage("ar");
            assertThat(browser.find("logout").getText(), equalTo("تسجيل الخروج"));
            browser.screenshot("logout-before-ar");

            browser.find("logout").click();
            // Homeward's own page says what happened, in the language chosen, with the way back in
            assertThat(browser.find("signed-out").getText(), containsString("لقد سجّلت خروجك"));
            assertThat(browser.attribute(By.tagName("html"), "dir"), equalTo("rtl"));
            browser.screenshot("signed-out-ar");
            browser.find("sign-in-again").click();
            browser.waiting().until(driver -> browser.onLoginPage());
            assertThat(browser.attribute(By.tagName("html"), "dir"), equalTo("rtl"));
            browser.screenshot("login-after-logout-ar");

            // back to the signed-out page, and back again to the page before logout: a login is asked for
            browser.driver().navigate().back();
            browser.driver().navigate().back();
            browser.waiting().until(driver -> browser.onLoginPage());
            assertFalse(browser.has("current-user"), "no page of Homeward may come back after logout");
            browser.screenshot("logout-back-button-ar");
        }
    }

    @Test
    void aFacilityCreatedByAnAdminIsSeenByTheCaseWorkerAssignedToItAndNoOneElse() {
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser admin = new Browser()) {
            admin.open("/facilities/new", "ada");
            admin.type("code", code);
            admin.type("name", "Camp opened in a browser test");
            admin.type("nameAr", "مخيم من اختبار المتصفح");
            admin.select("type", "CAMP");
            admin.type("governorate", "Al-Hasakah");
            admin.type("capacity", "1500");
            admin.screenshot("facility-create-form-en");
            admin.press("save");
            assertThat(admin.find("flash").getText(), equalTo("Created."));
            assertThat(admin.find("facility-name").getText(), containsString("Camp opened in a browser test"));
            admin.screenshot("facility-created-en");
            admin.chooseLanguage("ar");
            admin.screenshot("facility-created-ar");
            admin.chooseLanguage("en");

            admin.open("/staff");
            admin.type("username", "cora");
            admin.find("username").submit();
            admin.press("facility-" + code);
            admin.screenshot("staff-scope-form-en");
            admin.press("save");
            assertThat(admin.find("flash").getText(), containsString("The scope has been saved"));
            admin.chooseLanguage("ar");
            admin.screenshot("staff-list-ar");
        }
        try (Browser cora = new Browser()) {
            cora.open("/facilities", "cora");
            assertThat(cora.find("facilities").getText(), containsString(code));
            cora.screenshot("facilities-caseworker-in-scope-en");
            cora.chooseLanguage("ar");
            assertThat(cora.find("facilities").getText(), containsString("مخيم من اختبار المتصفح"));
            cora.screenshot("facilities-caseworker-in-scope-ar");
        }
        try (Browser carl = new Browser()) {
            carl.open("/facilities", "carl");
            assertThat(carl.find("main").getText(), not(containsString(code)));
            assertTrue(carl.has("no-facilities"), "a case worker without scope sees no facility");
            carl.screenshot("facilities-caseworker-out-of-scope-en");
            carl.chooseLanguage("ar");
            assertTrue(carl.has("no-facilities"));
            carl.screenshot("facilities-caseworker-out-of-scope-ar");
        }
    }

    @Test
    void inArabicThePageIsRightToLeftWithArabicLabels() {
        try (Browser browser = new Browser()) {
            browser.open("/facilities", "ada");
            browser.chooseLanguage("ar");
            assertThat(browser.attribute(By.tagName("html"), "dir"), equalTo("rtl"));
            assertThat(browser.find("nav-facilities").getText(), equalTo("المرافق"));
            assertThat(browser.find("new-facility").getText(), equalTo("مرفق جديد"));
            String direction = (String) browser.driver().executeScript(
                    "return getComputedStyle(document.body).direction");
            assertThat(direction, equalTo("rtl"));
            browser.screenshot("facilities-list-ar");

            browser.chooseLanguage("fr");
            assertThat(browser.find("nav-facilities").getText(), equalTo("Établissements"));
            browser.screenshot("facilities-list-fr");
            browser.chooseLanguage("en");
            browser.screenshot("facilities-list-en");
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en, required, must be 0 or more", "ar, مطلوب, يجب أن يكون 0 أو أكثر" })
    void aFormWithErrorsShowsThemBesideTheFieldsAndKeepsWhatWasTyped(String lang, String required,
            String negative) {
        try (Browser browser = new Browser()) {
            browser.open("/facilities", "ada").chooseLanguage(lang);
            browser.open("/facilities/new");
            browser.type("code", "E2E-ERRORS");
            browser.type("capacity", "-300");
            browser.type("governorate", "Ar-Raqqah");
            browser.press("save");

            assertThat(browser.find("name-error").getText(), equalTo(required));
            assertThat(browser.find("capacity-error").getText(), equalTo(negative));
            assertThat(browser.find("code").getAttribute("value"), equalTo("E2E-ERRORS"));
            assertThat(browser.find("capacity").getAttribute("value"), equalTo("-300"));
            assertThat(browser.find("governorate").getAttribute("value"), equalTo("Ar-Raqqah"));
            // the summary at the top is read first, and each of its lines leads to its field
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"), equalTo("form-errors"));
            assertThat(browser.find("form-errors").getText(), containsString(required));
            browser.screenshot("facility-form-errors-" + lang);
            browser.driver().findElement(By.cssSelector("#form-errors a[href='#capacity']")).click();
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"), equalTo("capacity"));
        }
    }

    @Test
    void aCaseWorkerPhotographsABirthCertificateWithATabletAndOnlyTheOfficerOfThePersonsCountrySeesIt()
            throws Exception {
        String family = "DOC" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String person = E2eData.idOf(E2eData.detainee("Karim", "كريم", family, "FRA", "HOL"));
        java.nio.file.Path photo = E2eData.photographedPage("birth-certificate", 600, 400);
        try (Browser cora = new Browser()) {
            cora.open("/persons/" + person, "cora").width(768);
            cora.select("document-kind", "BIRTH_CERTIFICATE");
            // the tablet's camera: the input that asks the device for a photo rather than a file
            assertThat(cora.attribute(By.id("document-camera"), "capture"), equalTo("environment"));
            cora.driver().findElement(By.id("document-camera")).sendKeys(photo.toString());
            cora.type("document-note", "copy from the family book");
            cora.clickAndWait(cora.find("document-submit"));
            assertThat(cora.find("flash").getText(), equalTo("The file has been added."));
            assertThat(cora.find("documents-table").getText(), containsString("Birth certificate"));
            assertThat(cora.sidewaysOverflow(), empty());
            cora.screenshot("person-documents-tablet-en");
            // the language menu folds away on a tablet: chosen at a laptop's width, looked at on the tablet's
            cora.width(1280).chooseLanguage("ar").width(768);
            assertThat(cora.find("documents-table").getText(), containsString("شهادة ميلاد"));
            cora.screenshot("person-documents-tablet-ar");
        } finally {
            java.nio.file.Files.deleteIfExists(photo);
        }
        try (Browser olivier = new Browser()) {
            olivier.open("/persons/" + person, "olivier");
            assertThat(olivier.find("documents-table").getText(), containsString("copy from the family book"));
            WebElement thumbnail = olivier.driver().findElement(By.cssSelector("#documents-table img.document-thumbnail"));
            olivier.waiting().until(driver -> ((Number) olivier.driver().executeScript(
                    "return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
            assertFalse(olivier.has("document-form"), "an officer looks at files, never adds them");
            olivier.screenshot("person-documents-officer-en");
        }
        try (Browser iris = new Browser()) {
            // the officer of another country: no such person, and no such file
            iris.open("/persons/" + person, "iris");
            assertThat(iris.find("error-page").getText(), containsString("404"));
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void anOfficerKeepsTheSignedConsentOnTheCasesChecklist(String lang) throws Exception {
        String family = "CHK" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String person = E2eData.idOf(E2eData.detainee("Yusuf", "يوسف", family, "FRA", "HOL"));
        String kase = E2eData.caseOf("FRA", person);
        java.nio.file.Path scan = E2eData.photographedPage("consent", 400, 560);
        try (Browser olivier = new Browser()) {
            olivier.open("/cases/" + kase, "olivier").chooseLanguage(lang);
            WebElement consent = olivier.driver().findElement(By.cssSelector(
                    "tr.check-row[data-item='CONSENT'] details.check-file-add"));
            // opened as a user's tap on its summary would; the row sits low on a long checklist
            olivier.driver().executeScript("arguments[0].open = true; arguments[0].scrollIntoView({block: 'center'})",
                    consent);
            consent.findElement(By.cssSelector("input[name='file']")).sendKeys(scan.toString());
            consent.findElement(By.cssSelector("input[name='note']")).sendKeys("signed at the interview");
            olivier.clickAndWait(consent.findElement(By.cssSelector("button.check-file-submit")));
            WebElement row = olivier.driver().findElement(By.cssSelector("tr.check-row[data-item='CONSENT']"));
            assertThat(row.getText(), containsString("signed at the interview"));
            WebElement thumbnail = row.findElement(By.cssSelector("img.check-thumbnail"));
            olivier.waiting().until(driver -> ((Number) olivier.driver().executeScript(
                    "return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
            olivier.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            olivier.screenshot("case-checklist-file-" + lang);
        } finally {
            java.nio.file.Files.deleteIfExists(scan);
        }
        try (Browser iris = new Browser()) {
            iris.open("/cases/" + kase, "iris");
            assertThat(iris.find("error-page").getText(), containsString("404"));
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar", "fr" })
    void anAdminsPagesFitALaptopAndATabletWithoutScrollingSideways(String lang) {
        try (Browser ada = new Browser()) {
            ada.open("/persons", "ada").chooseLanguage(lang);
            for (int width : new int[] { 1280, 768 }) {
                ada.width(width);
                for (String section : List.of("persons", "facilities", "cases", "statistics")) {
                    ada.open("/" + section);
                    assertThat("/" + section + " at " + width + " px in " + lang, ada.sidewaysOverflow(), empty());
                    // the current section is marked, for the eye and for a screen reader (folded away on a tablet)
                    assertThat(ada.driver().findElement(By.id("nav-" + section)).getAttribute("aria-current"),
                            equalTo("page"));
                }
                ada.open("/").settled();
                assertThat("the home at " + width + " px in " + lang, ada.sidewaysOverflow(), empty());
            }
            // on a tablet the sections fold under a button
            ada.driver().findElement(By.cssSelector(".navbar-toggler")).click();
            ada.waiting().until(driver -> ada.find("nav-statistics").isDisplayed());
            ada.screenshot("navigation-tablet-" + lang);
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void aDateOfBirthIsTypedInItsBoxesAndItsErrorLeadsBackToThem(String lang) {
        String family = "DOB" + lang.toUpperCase() + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        try (Browser cora = new Browser()) {
            cora.open("/persons", "cora").chooseLanguage(lang);
            cora.open("/persons/new");
            cora.type("givenName", "Dalia");
            cora.type("familyName", family);
            cora.select("sex", "F");
            cora.type("dateOfBirthDay", "12");
            cora.type("dateOfBirthYear", "2015");
            cora.select("nationalityCountry0", "FRA");
            cora.select("admissionFacility", "HOL-ANNEX");
            cora.press("save");

            // the summary takes the focus once the page has loaded (homeward.js), not before
            cora.waiting().until(driver -> "form-errors".equals(driver.switchTo().activeElement().getAttribute("id")));
            assertThat(cora.driver().switchTo().activeElement().getAttribute("id"), equalTo("form-errors"));
            assertTrue(cora.find("dateOfBirth-error").isDisplayed());
            assertThat(cora.find("dateOfBirthDay").getAttribute("value"), equalTo("12"));
            cora.screenshot("person-form-dob-errors-" + lang);
            cora.driver().findElement(By.cssSelector("#form-errors a[href='#dateOfBirth']")).click();
            assertThat(cora.driver().switchTo().activeElement().getAttribute("id"), equalTo("dateOfBirthDay"));

            cora.type("dateOfBirthMonth", "5");
            cora.select("admissionFacility", "HOL-ANNEX");
            cora.press("save");
            assertThat(cora.find("person-name").getText(), containsString(family));
            assertThat(cora.text(), containsString("2015-05-12"));
            cora.screenshot("person-dob-" + lang);
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void aStaleEditShowsWhatTheOtherPersonChangedAndKeepsMine(String lang) {
        String code = "E2E-STALE-" + lang.toUpperCase();
        try (Browser mine = new Browser(); Browser theirs = new Browser()) {
            mine.open("/facilities/new", "ada");
            mine.type("code", code);
            mine.type("name", "Stale edit test");
            mine.select("type", "DETENTION_CENTRE");
            mine.press("save");
            mine.press("edit-facility");
            mine.chooseLanguage(lang);

            theirs.open(mine.url().substring(Browser.APP.length()), "ada");
            theirs.type("name", "Changed by someone else");
            theirs.press("save");
            theirs.find("flash");

            mine.type("name", "My change");
            mine.type("capacity", "80");
            mine.press("save");
            assertTrue(mine.find("conflict").isDisplayed());
            assertThat(mine.find("their-version").getText(), containsString("Changed by someone else"));
            assertThat(mine.find("name").getAttribute("value"), equalTo("My change"));
            assertThat(mine.find("capacity").getAttribute("value"), equalTo("80"));
            mine.screenshot("facility-stale-edit-" + lang);

            mine.press("save");
            assertThat(mine.find("facility-name").getText(), startsWith("My change"));
        }
    }

    @Test
    void anHtmxRequestAfterTheSessionEndedLeadsBackToTheLoginPage() {
        try (Browser browser = new Browser()) {
            browser.open("/facilities", "ada");
            browser.type("q", "hol");
            browser.waiting().until(driver -> browser.url().contains("q=hol"));
            assertThat(browser.find("facilities").getText(), containsString("HOL-ANNEX"));
            assertThat(browser.find("facilities").getText(), not(containsString("ROJ")));
            browser.screenshot("facilities-filtered-en");
            browser.chooseLanguage("ar");
            assertThat(browser.find("facilities").getText(), containsString("HOL-ANNEX"));
            browser.screenshot("facilities-filtered-ar");

            browser.forgetAllCookies();
            browser.type("q", "roj");
            browser.waiting().until(driver -> browser.onLoginPage());
            assertFalse(browser.url().startsWith(Browser.APP), "the whole page went to the login server");
            assertFalse(browser.has("facility-table"), "no fragment of Homeward may be left half-drawn");
            browser.screenshot("session-expired-htmx-login-en");
        }
    }

    private static String capitalized(String user) {
        return Character.toUpperCase(user.charAt(0)) + user.substring(1);
    }

    @Test
    void aCaseWorkerRegistersAMotherAndHerChildrenTransfersThemAndSeesTheOccupancyChange() {
        String family = "E2E" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        try (Browser cora = new Browser()) {
            cora.open("/facilities", "cora");
            cora.driver().findElement(By.linkText("Al-Hol camp, annex")).click();
            int before = Integer.parseInt(cora.find("occupancy-total").getText().split(" ")[0]);

            register(cora, "Khadija", "خديجة", family, "F", "1994", "HOL-ANNEX", true);
            cora.screenshot("person-registered-en");
            register(cora, "Yusuf", "يوسف", family, "M", "2016", "HOL-ANNEX", false);
            register(cora, "Maryam", "مريم", family, "F", "2020", "HOL-ANNEX", false);
            cora.chooseLanguage("ar");
            assertThat(cora.find("person-name-ar").getText(), containsString("مريم"));
            cora.screenshot("person-page-ar");
            cora.chooseLanguage("en");

            cora.open("/persons?q=" + family.toLowerCase());
            assertThat(cora.find("persons-total").getText(), startsWith("3 "));
            cora.screenshot("persons-list-en");
            cora.chooseLanguage("ar");
            cora.screenshot("persons-list-ar");
            cora.chooseLanguage("en");

            cora.open("/facilities");
            cora.driver().findElement(By.linkText("Al-Hol camp, annex")).click();
            assertThat(cora.find("occupancy-total").getText(), startsWith(Integer.toString(before + 3)));
            cora.screenshot("facility-occupancy-en");

            cora.press("transfer-people");
            for (var checkbox : cora.driver().findElements(By.cssSelector("input[name=personIds]"))) {
                String row = checkbox.findElement(By.xpath("./ancestor::tr")).getText();
                if (row.contains(family)) {
                    cora.driver().executeScript("arguments[0].click()", checkbox);
                }
            }
            cora.select("toFacilityCode", "HOL");
            cora.screenshot("transfer-form-en");
            cora.press("transfer");
            assertThat(cora.find("flash").getText(), containsString("transferred"));
            assertThat(cora.find("occupancy-total").getText(), startsWith(Integer.toString(before)));
            cora.chooseLanguage("ar");
            cora.screenshot("facility-occupancy-after-transfer-ar");
        }
        try (Browser olivier = new Browser()) {
            olivier.open("/persons?q=" + family.toLowerCase(), "olivier");
            assertThat(olivier.find("persons-total").getText(), startsWith("3 "));
            olivier.screenshot("persons-list-officer-en");
        }
    }

    @Test
    void aCaseWorkerFindsSomeoneSpelledAnotherWayInEitherScriptAndSeesNamesakesMarked() {
        // two men of one name, told apart by their nationality and registration number
        E2eData.detainee("Izz al-Din", "عز الدين", "Alkurdi", "IRQ", "HSK-DC");
        E2eData.detainee("Izz al-Din", "عز الدين", "Alkurdi", "SYR", "HSK-DC");
        try (Browser cora = new Browser()) {
            cora.open("/persons?q=" + java.net.URLEncoder.encode("Ezzeddine El Kurdi",
                    java.nio.charset.StandardCharsets.UTF_8), "cora");
            List<WebElement> rows = cora.driver().findElements(By.cssSelector("#persons tbody tr"));
            assertTrue(rows.size() >= 2, "both namesakes found");
            for (WebElement row : rows.subList(0, 2)) {
                assertThat(row.getText(), containsString("Alkurdi"));
                assertEquals(1, row.findElements(By.cssSelector(".namesake")).size());
            }
            cora.screenshot("persons-search-namesakes-en");
            cora.chooseLanguage("ar");
            cora.open("/persons?q=" + java.net.URLEncoder.encode("عزالدين الكردي", java.nio.charset.StandardCharsets.UTF_8));
            rows = cora.driver().findElements(By.cssSelector("#persons tbody tr"));
            assertTrue(rows.size() >= 2, "found in Arabic script too");
            assertEquals(1, rows.get(0).findElements(By.cssSelector(".namesake")).size());
            cora.screenshot("persons-search-namesakes-ar");
            cora.chooseLanguage("en");
        }
    }

    /** A name two thousand women of the camp carry: the list says there are more than that and asks for more. */
    @Test
    void aCaseWorkerSearchingANameThousandsCarryIsAskedToNarrowItAndFindsHerByHerGivenName() {
        E2eData.namesakes("Amina", "Mashhadani", "المشهداني", "HOL", 2_100);
        String farida = E2eData.syrianWoman("Farida", "فريدة", "Mashhadani");
        try (Browser cora = new Browser()) {
            cora.open("/persons?q=Mashhadani", "cora");
            assertThat(cora.find("persons-total").getText(),
                    equalTo("More than 2000 people match: add another name or a filter to narrow the search"));
            assertEquals("Page 1", cora.driver().findElement(By.cssSelector(".pagination li:nth-child(2) .page-link")).getText());
            cora.screenshot("persons-search-common-name-en");
            cora.open("/persons?q=Farida+Mashhadani");
            List<WebElement> rows = cora.driver().findElements(By.cssSelector("#persons tbody tr"));
            assertThat(rows.get(0).getText(), containsString("Farida Mashhadani"));
            assertFalse(rows.get(0).findElements(By.cssSelector("a[href='/persons/" + farida + "']")).isEmpty());
            cora.chooseLanguage("ar");
            cora.open("/persons?q=" + java.net.URLEncoder.encode("المشهداني", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(cora.find("persons-total").getText(), startsWith("عدد المطابقين أكثر من"));
            assertThat(cora.find("persons-total").getText(), containsString("2000"));
            cora.screenshot("persons-search-common-name-ar");
            cora.chooseLanguage("en");
        }
    }

    @Test
    void aCaseWorkerRegistersAMotherWithThreeChildrenLinksTheDetainedFatherAndSeesTheSplitFamily() {
        String family = "FAM" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String father = E2eData.detainee("Ahmad", "أحمد", family, "IRQ", "HSK-DC");
        try (Browser cora = new Browser()) {
            cora.open("/households/register-family", "cora");
            cora.type("givenName", "Khadija");
            cora.type("familyName", family);
            cora.type("givenNameAr", "خديجة");
            cora.type("dateOfBirthMonth", "3");
            cora.type("dateOfBirthYear", "1992");
            cora.select("nationality", "FRA");
            child(cora, 0, "Yusuf", "يوسف", family, "M", "2014");
            child(cora, 1, "Maryam", "مريم", family, null, "2017");
            child(cora, 2, "Ibrahim", "إبراهيم", family, "M", "2020");
            cora.select("admissionFacility", "HOL-ANNEX");
            cora.press("register-family-submit");
            assertTrue(cora.find("child1-sex-error").isDisplayed(), "the missing sex is shown on its row");
            assertThat(cora.find("child2-givenName").getAttribute("value"), equalTo("Ibrahim"));
            cora.screenshot("family-register-errors-en");

            cora.select("child1-sex", "F");
            cora.press("register-family-submit");
            assertThat(cora.find("flash").getText(), equalTo("The family has been registered."));
            assertThat(cora.driver().findElements(By.cssSelector("#members .household-member")).size(), equalTo(4));
            cora.screenshot("household-registered-en");
            cora.chooseLanguage("ar");
            cora.screenshot("household-registered-ar");
            cora.chooseLanguage("en");

            cora.driver().findElement(By.partialLinkText("Yusuf")).click();
            assertThat(cora.find("family-parents").getText(), containsString("Khadija"));
            cora.press("add-link");
            // the father is picked by name, and who he is shows before anything is saved
            cora.chooseLanguage("ar");
            pickPerson(cora, "registrationNumber", "Ahmad " + family, father);
            assertThat(cora.find("registrationNumber-chosen").getText(), containsString("أحمد"));
            cora.screenshot("picker-person-ar");
            cora.chooseLanguage("en");
            cora.select("relation", "CHILD_OF");
            pickPerson(cora, "registrationNumber", "Ahmad " + family, father);
            assertThat(cora.find("registrationNumber-chosen").getText(), containsString("HSK-DC"));
            cora.select("evidence", "DNA_CONFIRMED");
            cora.screenshot("family-link-form-en");
            cora.press("save-link");
            assertThat(cora.find("flash").getText(), equalTo("The family link has been saved."));
            assertTrue(cora.find("family-split").isDisplayed(), "the split family is visible at a glance");
            assertThat(cora.find("family-parents").getText(), containsString("Ahmad"));
            assertThat(cora.find("family-parents").getText(), containsString("HSK-DC"));
            assertThat(cora.find("family-siblings").getText(), containsString("Maryam"));
            cora.screenshot("person-family-split-en");
            cora.chooseLanguage("ar");
            cora.screenshot("person-family-split-ar");

            cora.open("/households/register-family");
            cora.clickAndWait(cora.find("register-family-submit"));
            assertTrue(cora.find("form-errors").isDisplayed());
            cora.screenshot("family-register-errors-ar");
        }
        try (Browser olivier = new Browser()) {
            olivier.open("/persons?q=" + family.toLowerCase(), "olivier");
            olivier.driver().findElement(By.partialLinkText("Yusuf")).click();
            String parents = olivier.find("family-parents").getText();
            assertThat(parents, containsString("Khadija"));
            assertThat(parents, containsString("A relative outside your access"));
            assertThat(olivier.text(), not(containsString("Ahmad")));
            assertThat(olivier.text(), not(containsString(father)));
            olivier.screenshot("person-family-officer-redacted-en");
            olivier.chooseLanguage("ar");
            assertThat(olivier.find("family-parents").getText(), containsString("قريب خارج نطاق صلاحياتك"));
            olivier.screenshot("person-family-officer-redacted-ar");
        }
    }

    @Test
    void aCaseWorkerConfirmsThatAChildHeldWithoutAParentIsUnaccompanied() {
        String family = "UAC" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        E2eData.childAlone("Huda", "هدى", family, "HOL");
        try (Browser cora = new Browser()) {
            cora.open("/children-without-carer", "cora");
            var row = cora.driver().findElements(By.cssSelector("#children .child-row")).stream()
                    .filter(candidate -> candidate.getText().contains(family)).findFirst().orElseThrow();
            assertThat(row.getText(), containsString("Unaccompanied child"));
            cora.screenshot("children-without-carer-en");
            cora.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            row.findElement(By.cssSelector("button.confirm-flag")).click();
            assertThat(cora.find("flash").getText(), equalTo("The flag has been set."));
            row = cora.driver().findElements(By.cssSelector("#children .child-row")).stream()
                    .filter(candidate -> candidate.getText().contains(family)).findFirst().orElseThrow();
            assertTrue(row.findElements(By.cssSelector("button.confirm-flag")).isEmpty(), "confirmed, not offered again");
            cora.chooseLanguage("ar");
            assertThat(cora.find("children").getText(), containsString("طفل غير مصحوب"));
            cora.screenshot("children-without-carer-ar");

            cora.chooseLanguage("en");
            cora.open("/households");
            cora.screenshot("households-list-en");
            cora.chooseLanguage("ar");
            cora.screenshot("households-list-ar");
        }
    }

    /** An auditor finds who saw a child, checks the trail around it and verifies the chain. */
    @Test
    void anAuditorFindsWhoSawAChildAndVerifiesTheChain() {
        String family = "AUD" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String number = E2eData.childAlone("Salma", "سلمى", family, "HOL");
        try (Browser cora = new Browser(); Browser audrey = new Browser()) {
            cora.open("/persons?q=" + number, "cora");
            cora.clickAndWait(cora.driver().findElement(By.partialLinkText(family)));
            cora.find("nationalities");

            audrey.open("/", "audrey");
            audrey.clickAndWait(audrey.find("home-disclosures"));
            audrey.type("number", number);
            audrey.press("show-disclosures");
            String rows = audrey.find("disclosures").getText();
            assertThat(rows, containsString("cora"));
            assertThat(rows, containsString("their page"));
            audrey.screenshot("audit-disclosures-en");
            audrey.chooseLanguage("ar");
            assertThat(audrey.find("disclosures").getText(), containsString("صفحته"));
            audrey.screenshot("audit-disclosures-ar");
            audrey.chooseLanguage("en");

            audrey.open("/audit?actor=cora");
            assertThat(audrey.find("events").getText(), containsString("VIEW"));
            audrey.screenshot("audit-trail-en");
            audrey.press("verify-chain");
            assertThat(audrey.find("verification").getText(), containsString("The chain is intact"));
            audrey.screenshot("audit-verified-en");
            audrey.chooseLanguage("ar");
            assertThat(audrey.find("verification").getText(), containsString("السلسلة سليمة"));
            audrey.screenshot("audit-verified-ar");
            audrey.chooseLanguage("en");
        }
    }

    /**
     * A case worker opens, again and again, records of a camp outside her scope: each answers "not
     * found", and on the auditor's refusals report she stands out; the scope an admin gave her is
     * on the report of account, role and scope changes.
     */
    @Test
    void anAuditorSeesACaseWorkerRefusedAgainAndAgainStandOut() {
        String family = "REF" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        try (Browser cora = new Browser(); Browser audrey = new Browser()) {
            cora.open("/", "cora");
            for (int i = 0; i < 5; i++) {
                String outside = E2eData.idOf(E2eData.childAlone("Huda", "هدى", family + i, "ROJ"));
                cora.open("/persons/" + outside);
                assertThat(cora.driver().getPageSource(), not(containsString(family)));
            }
            audrey.open("/audit", "audrey");
            audrey.clickAndWait(audrey.find("tab-refusals"));
            String refusals = audrey.find("refusals").getText();
            assertThat(refusals, containsString("cora"));
            assertThat(audrey.driver().findElements(By.cssSelector(".refusal-row.table-warning .repeated-badge")).size(),
                    org.hamcrest.Matchers.greaterThan(0));
            audrey.screenshot("audit-refusals-en");
            audrey.chooseLanguage("ar");
            assertThat(audrey.find("refusals").getText(), containsString("متكرر"));
            audrey.screenshot("audit-refusals-ar");
            audrey.chooseLanguage("en");

            audrey.clickAndWait(audrey.find("tab-access"));
            assertThat(audrey.find("access-changes").getText(), containsString("HSK-DC"));
            audrey.screenshot("audit-access-changes-en");
            audrey.chooseLanguage("ar");
            assertThat(audrey.find("access-changes").getText(), containsString("المرافق"));
            audrey.screenshot("audit-access-changes-ar");
            audrey.chooseLanguage("en");
        }
    }

    /** In production, metrics and the API document are for operators who log in; health stays open. */
    @Test
    void operationsEndpointsNeedALoginExceptHealth() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/q/metrics", "/q/openapi")) {
            int status = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Browser.APP + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 302 || status == 401, path + " answered " + status + " to an anonymous caller");
        }
        assertEquals(200, client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Browser.APP + "/q/health/ready")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    /**
     * A nationality opens a file to a country's officers: one case worker claims it, a colleague of
     * the same camp confirms it, and only then does the officer of that country find the person.
     */
    @Test
    void aNationalityOneCaseWorkerAddsOpensTheFileToItsOfficersOnceASecondConfirmsIt() {
        String family = "CLM" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        String id = E2eData.syrianWoman("Rania", "رانيا", family);
        // Carl works beside Cora in Al-Hol for this flow only: other flows need a case worker without scope
        E2eData.scope("carl", List.of("HOL"), List.of());
        try (Browser cora = new Browser(); Browser carl = new Browser(); Browser olivier = new Browser()) {
            cora.open("/persons/" + id + "/edit", "cora");
            cora.select("nationalityCountry1", "BEL");
            cora.press("save");
            assertThat(cora.find("flash").getText(), not(emptyString()));
            assertThat(cora.find("nationalities").getText(), containsString("pending confirmation"));
            assertTrue(cora.driver().findElements(By.cssSelector("button.confirm-nationality")).isEmpty(),
                    "the one who claimed it is not offered to confirm it");
            cora.screenshot("nationality-pending-en");
            cora.chooseLanguage("ar");
            assertThat(cora.find("nationalities").getText(), containsString("بانتظار التأكيد"));
            cora.screenshot("nationality-pending-ar");

            olivier.open("/persons/" + id, "olivier");
            assertFalse(olivier.driver().getPageSource().contains(family), "the Belgian officer does not see her yet");

            carl.open("/persons/" + id, "carl");
            carl.chooseLanguage("ar");
            carl.screenshot("nationality-confirm-ar");
            carl.chooseLanguage("en");
            carl.screenshot("nationality-confirm-en");
            carl.clickAndWait(carl.driver().findElement(By.cssSelector("button.confirm-nationality")));
            assertThat(carl.find("flash").getText(), not(emptyString()));
            assertThat(carl.find("nationalities").getText(), not(containsString("pending confirmation")));

            olivier.open("/persons/" + id);
            assertThat(olivier.find("nationalities").getText(), containsString("BEL"));
            olivier.screenshot("nationality-confirmed-officer-en");
        } finally {
            E2eData.scope("carl", List.of(), List.of());
        }
    }

    /** Types a name into a person picker's search, and chooses the match with this registration number. */
    private static void pickPerson(Browser browser, String field, String name, String registrationNumber) {
        browser.type(field + "-lookup", name);
        browser.press("pick-" + registrationNumber);
        browser.waiting().until(driver -> registrationNumber.equals(browser.find(field).getAttribute("value")));
    }

    @Test
    void aCountryIsPickedByItsNameInTheUsersLanguage() {
        try (Browser cora = new Browser()) {
            cora.open("/persons", "cora");
            cora.type("nationality-filter", "fran");
            assertThat(cora.find("nationality").getAttribute("value"), equalTo("FRA"));
            cora.screenshot("picker-country-en");
            cora.chooseLanguage("ar");
            cora.type("nationality-filter", "فرن");
            assertThat(cora.find("nationality").getAttribute("value"), equalTo("FRA"));
            cora.screenshot("picker-country-ar");
            cora.press("apply-filters");
            assertThat(cora.url(), containsString("nationality=FRA"));
            cora.chooseLanguage("en");
        }
    }

    @Test
    void theLoginPageIsHomewardsInEnglishAndInArabic() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.waiting().until(driver -> browser.onLoginPage());
            assertThat(browser.driver().getTitle(), containsString("Homeward"));
            assertThat(browser.find("kc-header-wrapper").getText(), containsString("Case management"));
            browser.screenshot("login-en");
            browser.chooseLoginLanguage("ar");
            browser.waiting().until(driver -> "rtl".equals(browser.attribute(By.tagName("html"), "dir")));
            assertThat(browser.find("kc-page-title").getText(), containsString("هومورد"));
            browser.screenshot("login-ar");
            browser.chooseLoginLanguage("fr");
            assertThat(browser.find("kc-page-title").getText(), containsString("Se connecter"));
            browser.screenshot("login-fr");
        }
    }

    @Test
    void anOfficerTakesAMotherAndTwoChildrenHomeStoppedAtEachGateUntilItsConditionIsMet() {
        String family = "REP" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        List<String> numbers = E2eData.frenchFamily(family);
        try (Browser olivier = new Browser()) {
            olivier.open("/cases/new", "olivier");
            olivier.select("country", "FRA");
            olivier.type("registrationNumbers", String.join("\n", numbers));
            olivier.screenshot("case-open-form-en");
            olivier.press("open-case-submit");
            assertThat(olivier.find("case-stage").getText(), equalTo("Identified"));
            String casePage = olivier.url().substring(Browser.APP.length(), olivier.url().indexOf('?'));

            olivier.clickAndWait(olivier.find("move-case"));
            assertThat(olivier.find("case-problems").getText(), containsString("consent"));
            assertThat(olivier.driver().findElements(By.cssSelector("#case-problems li")).size(), equalTo(3));
            olivier.screenshot("case-gate-refused-en");
            olivier.open(casePage);
            olivier.chooseLanguage("ar");
            olivier.screenshot("case-page-ar");
            olivier.chooseLanguage("en");

            recordAll(olivier, "CONSENT");
            moveTo(olivier, "Requested");
            moveTo(olivier, "Nationality verification");
            recordAll(olivier, "NATIONALITY_VERIFIED");
            moveTo(olivier, "Consular interview");
            moveTo(olivier, "Documents");
            recordAll(olivier, "MEDICAL_CLEARANCE");
            recordAll(olivier, "TRAVEL_DOCUMENT");
            moveTo(olivier, "Approved");
            recordAll(olivier, "HANDOVER_DETAILS");
            moveTo(olivier, "Handover scheduled");
            olivier.clickAndWait(olivier.find("move-case"));
            assertThat(olivier.find("case-problems").getText(), containsString("signed handover protocol"));
            recordAll(olivier, "HANDOVER_PROTOCOL");
            moveTo(olivier, "Completed");
            assertThat(olivier.find("timeline").getText(), containsString("Completed"));
            olivier.screenshot("case-completed-en");
            olivier.chooseLanguage("ar");
            assertThat(olivier.find("case-stage").getText(), equalTo("مكتمل"));
            olivier.screenshot("case-completed-ar");
            olivier.chooseLanguage("en");

            olivier.open("/cases/dashboard");
            assertThat(olivier.find("cases-per-stage").getText(), containsString("France"));
            olivier.screenshot("cases-dashboard-en");
            olivier.chooseLanguage("ar");
            olivier.screenshot("cases-dashboard-ar");
            olivier.chooseLanguage("en");

            olivier.open("/persons?q=" + family.toLowerCase());
            String rows = olivier.find("persons").getText();
            assertThat(rows.split("Repatriated", -1).length - 1, equalTo(3));
            assertThat(rows, not(containsString("In a camp")));
            olivier.screenshot("persons-repatriated-en");
        }
    }

    @Test
    void anAdminChecksTheRegistryForDuplicatesAndSetsAsideAPairThatIsNotOnePerson() {
        String family = "DUP" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        E2eData.childAlone("Rima", "ريما", family, "HOL");
        E2eData.childAlone("Reema", "ريما", family, "HOL");
        try (Browser ada = new Browser()) {
            var pair = pairAfterAScan(ada, family);
            assertThat(pair.getText(), containsString("same names"));
            ada.screenshot("duplicates-queue-en");
            ada.chooseLanguage("ar");
            ada.screenshot("duplicates-queue-ar");
            ada.chooseLanguage("en");
            pair = ada.driver().findElements(By.cssSelector(".duplicate-pair")).stream()
                    .filter(card -> card.getText().contains(family)).findFirst().orElseThrow();
            ada.clickAndWait(pair.findElement(By.cssSelector("button.not-the-same")));
            assertThat(ada.find("flash").getText(), equalTo("Your changes have been saved."));
            assertTrue(ada.driver().findElements(By.cssSelector(".duplicate-pair")).stream()
                    .noneMatch(card -> card.getText().contains(family)), "the pair is set aside");
        }
    }

    @Test
    void anAdminMergesTwoRecordsOfOneGirlFromTheQueueAndUndoesTheMerge() {
        String family = "MRG" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        E2eData.childAlone("Rima", "ريما", family, "HOL");
        E2eData.childAlone("Reema", "ريما", family, "HOL");
        try (Browser ada = new Browser()) {
            var pair = pairAfterAScan(ada, family);
            ada.clickAndWait(pair.findElement(By.cssSelector("a.compare-merge")));

            // the two records side by side: only the given names differ
            assertThat(ada.find("merge-table").getText(), containsString("Given name"));
            // keep Rima's record, under the other record's spelling
            String rimaSide = chooseValue(ada, "Rima");
            ada.find("keep-" + rimaSide).click();
            chooseValue(ada, "Reema");
            int keptColumn = rimaSide.equals("first") ? 2 : 3;
            String kept = ada.driver().findElement(By.cssSelector("#merge-table thead th:nth-child(" + keptColumn + ")"))
                    .getText();
            String other = ada.driver().findElement(By.cssSelector("#merge-table thead th:nth-child("
                    + (5 - keptColumn) + ")")).getText();
            ada.screenshot("merge-compare-en");
            String comparison = ada.driver().getCurrentUrl();
            ada.chooseLanguage("ar");
            ada.screenshot("merge-compare-ar");
            ada.chooseLanguage("en");
            ada.open(comparison.substring(comparison.indexOf("/merges")));
            ada.find("keep-" + rimaSide).click();
            chooseValue(ada, "Reema");
            ada.clickAndWait(ada.find("merge-records"));

            assertThat(ada.find("flash").getText(), equalTo("The two records have been merged."));
            assertThat(ada.find("survivor-link").getText(), equalTo(kept));
            assertThat(ada.find("merged-link").getText(), equalTo(other));
            assertThat(ada.find("values-taken").getText(), equalTo("Given name"));
            ada.screenshot("merge-done-en");
            ada.chooseLanguage("ar");
            ada.screenshot("merge-done-ar");
            ada.chooseLanguage("en");

            // the merged record's page is the kept record's, under the name chosen
            String mergePage = ada.driver().getCurrentUrl();
            ada.clickAndWait(ada.find("merged-link"));
            assertThat(ada.find("person-name").getText(), containsString("Reema"));
            assertThat(ada.driver().findElement(By.cssSelector(".breadcrumb .active")).getText(), equalTo(kept));

            ada.open(mergePage.substring(mergePage.indexOf("/merges")));
            ada.clickAndWait(ada.find("unmerge"));
            assertThat(ada.find("reason-error").getText(), containsString("reason"));
            ada.find("reason").sendKeys("Two sisters of the same name");
            ada.clickAndWait(ada.find("unmerge"));
            assertThat(ada.find("flash").getText(), containsString("undone"));
            assertThat(ada.find("unmerged").getText(), containsString("Two sisters of the same name"));
            ada.screenshot("merge-undone-en");
            ada.clickAndWait(ada.find("merged-link"));
            assertThat(ada.driver().findElement(By.cssSelector(".breadcrumb .active")).getText(), equalTo(other));
        }
    }

    @Test
    void anAnalystSeesTheStatisticsWithNoSmallCountExposedAndExportsTheReport() throws Exception {
        E2eData.childAlone("Nour", "نور", "STAT" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(), "ROJ");
        try (Browser anna = new Browser()) {
            anna.open("/statistics", "anna");
            assertThat(anna.find("figures-note").getText(), containsString("rounded to the nearest 5"));
            List<String> figures = anna.driver().findElements(By.cssSelector("table td.text-end")).stream()
                    .map(cell -> cell.getText().strip()).toList();
            assertTrue(figures.stream().noneMatch(f -> f.matches("[1-4]")), "no count from 1 to 4: " + figures);
            assertTrue(anna.driver().findElements(By.cssSelector("a[href^='/persons/']")).isEmpty(), "no record");
            anna.screenshot("statistics-analyst-en");
            anna.chooseLanguage("ar");
            anna.screenshot("statistics-analyst-ar");
            anna.chooseLanguage("en");

            anna.clickAndWait(anna.find("export-report"));
            anna.screenshot("export-form-en");
            anna.clickAndWait(anna.find("download"));
            assertThat(anna.find("purpose-error").getText(), containsString("what the export is for"));
            anna.screenshot("export-form-error-en");
            anna.find("purpose").sendKeys("Donor briefing, December");
            Browser.Download report = anna.download("export-form");
            assertThat(report.status(), equalTo(200));
            assertThat(report.contentType(), equalTo("application/pdf"));
            String text = pdfText(report.body(), "report-pdf-analyst-en");
            assertThat(text, containsString("Donor briefing, December"));
            assertThat(text, containsString("rounded to the nearest 5"));
        }
    }

    @Test
    void anAdminExportsTheMonthlyReportAsPdfInEnglishAndInArabic() throws Exception {
        try (Browser ada = new Browser()) {
            ada.open("/statistics", "ada");
            ada.clickAndWait(ada.find("export-report"));
            ada.find("purpose").sendKeys("Monthly coordination meeting");
            String english = pdfText(ada.download("export-form").body(), "report-pdf-en");
            assertThat(english, containsString("People held, by facility"));
            assertThat(english, containsString("Monthly coordination meeting"));
            assertThat(english, containsString("Confidential · exported by ada"));
            assertThat(english, containsString("page 1 of "));
            // the page's pyramid, drawn in the report: its sides named
            assertThat(english, containsString("Female"));
            ada.chooseLanguage("ar");
            ada.screenshot("export-form-ar");
            ada.find("purpose").sendKeys("اجتماع التنسيق الشهري");
            String arabic = pdfText(ada.download("export-form").body(), "report-pdf-ar");
            assertThat(arabic, containsString("المحتجزون حسب المرفق"));
            assertThat(arabic, containsString("اجتماع التنسيق الشهري"));
            assertThat(arabic, containsString("سرّي"));
            assertThat(arabic, containsString("أنثى"));
            ada.chooseLanguage("en");
        }
    }

    @Test
    void anOfficerDownloadsThePackOfTheirCountryWithOnlyTheirNationals() throws Exception {
        String family = "PACK" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        List<String> french = E2eData.frenchFamily(family);
        String syrian = E2eData.detainee("Omar", "عمر", family, "SYR", "HSK-DC");
        try (Browser olivier = new Browser()) {
            olivier.open("/persons", "olivier");
            olivier.clickAndWait(olivier.find("country-pack"));
            new org.openqa.selenium.support.ui.Select(olivier.find("country")).selectByValue("FRA");
            olivier.find("purpose").sendKeys("Handover file for the ministry");
            olivier.screenshot("country-pack-form-en");
            Browser.Download pack = olivier.download("export-form");
            assertThat(pack.status(), equalTo(200));
            String text = pdfText(pack.body(), "country-pack-pdf-en");
            try (var document = org.apache.pdfbox.Loader.loadPDF(pack.body())) {
                String all = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                french.forEach(number -> assertThat(all, containsString(number)));
                assertThat(all, not(containsString(syrian)));
            }
            assertThat(text, containsString("Handover file for the ministry"));
        }
    }

    /** The first page of a PDF, as text and as a picture beside the screenshots, for a person to look at. */
    private static String pdfText(byte[] pdf, String name) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.nio.file.Path shots = java.nio.file.Path.of("target", "e2e-screenshots");
            java.nio.file.Files.createDirectories(shots);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 100),
                    "png", shots.resolve(name + ".png").toFile());
            // the whole document: how many pages a section takes depends on what other flows registered
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            return java.text.Normalizer.normalize(stripper.getText(document), java.text.Normalizer.Form.NFKC);
        }
    }

    /** Checks the whole registry from the duplicate queue, as ada, and answers the pair of this family. */
    private static WebElement pairAfterAScan(Browser ada, String family) {
        ada.open("/duplicates", "ada");
        ada.clickAndWait(ada.find("start-scan"));
        // the pass runs in the background and may not have begun when the page comes back: wait for
        // its outcome (the pair listed), reloading as a person would, within the browser's bound
        return ada.waiting().until(driver -> {
            ada.open("/duplicates");
            return driver.findElements(By.cssSelector(".duplicate-pair")).stream()
                    .filter(card -> card.getText().contains(family)).findFirst().orElse(null);
        });
    }

    /** On the merge page, takes the value shown as {@code value}; answers the side it is on (first, second). */
    private static String chooseValue(Browser browser, String value) {
        WebElement input = browser.driver().findElements(By.cssSelector("tr.merge-field label")).stream()
                .filter(label -> label.getText().strip().equals(value)).findFirst().orElseThrow()
                .findElement(By.tagName("input"));
        input.click();
        return input.getAttribute("value");
    }

    /** Records an item of the checklist for everyone it still concerns, as an officer clicks through them. */
    private static void recordAll(Browser browser, String item) {
        String pending = "tr.check-row[data-item=" + item + "]";
        for (int guard = 0; guard < 10; guard++) {
            var rows = browser.driver().findElements(By.cssSelector(pending)).stream()
                    .filter(row -> row.getText().contains("not yet")).toList();
            if (rows.isEmpty()) {
                return;
            }
            var row = rows.get(0);
            var inputs = row.findElements(By.cssSelector("form.check-form input:not([type=hidden])"));
            String today = java.time.LocalDate.now().toString();
            String[] values = switch (item) {
                case "TRAVEL_DOCUMENT" -> new String[] { "LAISSEZ_PASSER", "LP-" + guard + "-" + today,
                        java.time.LocalDate.now().plusYears(1).toString() };
                case "HANDOVER_DETAILS" -> new String[] { today, "Semalka crossing", "Consulate of France, Erbil" };
                case "HANDOVER_PROTOCOL" -> new String[] { "PV-" + today };
                default -> new String[0];
            };
            for (int i = 0; i < values.length; i++) {
                browser.driver().executeScript("arguments[0].value = arguments[1]", inputs.get(i), values[i]);
            }
            browser.clickAndWait(row.findElement(By.cssSelector("form.check-form button.record-check")));
        }
        throw new AssertionError("the checklist item " + item + " could not be recorded for everyone");
    }

    private static void moveTo(Browser browser, String stage) {
        browser.clickAndWait(browser.find("move-case"));
        assertThat(browser.find("case-stage").getText(), equalTo(stage));
    }

    /** A child's row, born in a year (the day and month left empty, as for most children registered). */
    private static void child(Browser browser, int row, String given, String givenAr, String family, String sex,
            String yearOfBirth) {
        browser.type("child" + row + "-givenName", given);
        browser.type("child" + row + "-givenNameAr", givenAr);
        browser.type("child" + row + "-familyName", family);
        if (sex != null) {
            browser.select("child" + row + "-sex", sex);
        }
        browser.type("child" + row + "-dateOfBirthYear", yearOfBirth);
    }

    /** Fills the registration form as a case worker would, and lands on the new person's page. */
    private static void register(Browser browser, String given, String givenAr, String family, String sex,
            String yearOfBirth, String facility, boolean showErrorsFirst) {
        browser.open("/persons/new");
        if (showErrorsFirst) {
            browser.type("givenName", given);
            browser.press("save");
            assertTrue(browser.find("sex-error").isDisplayed());
            assertThat(browser.find("givenName").getAttribute("value"), equalTo(given));
            browser.screenshot("person-form-errors-en");
        }
        browser.type("givenName", given);
        browser.type("familyName", family);
        browser.type("givenNameAr", givenAr);
        browser.select("sex", sex);
        browser.type("dateOfBirthYear", yearOfBirth);
        browser.select("nationalityCountry0", "FRA");
        browser.select("admissionFacility", facility);
        browser.press("save");
        assertThat(browser.find("flash").getText(), equalTo("Created."));
    }
}

