package org.homeward.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.homeward.imports.Spreadsheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An admin imports a camp's register: a Windows-1256 CSV with Arabic headers and one bad row is
 * previewed and refused whole; the register fixed and sent again as an XLSX shows a person already
 * registered, the admin says it is her, and the commit registers the rest with their admission.
 * A camp's transfers are imported the same way, by the registration numbers of its people.
 */
@QuarkusIntegrationTest
@WithTestResource(E2eEnvironment.class)
class ImportFlowsIT {

    @BeforeEach
    void seed() {
        E2eData.seed();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void anAdminImportsARegisterFixesItsBadRowAndCommitsIt(String lang) throws Exception {
        String family = "Imp" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        E2eData.syrianWoman("Samira", "سميرة", family);
        String admitted = LocalDate.now().minusDays(1).toString();
        Path register = Files.createTempFile("register-", ".csv");
        Path fixed = Files.createTempFile("register-fixed-", ".xlsx");
        try (Browser ada = new Browser()) {
            Files.write(register, Spreadsheets.csv(Charset.forName("windows-1256"), ';', List.of(
                    List.of("الاسم", "الكنية", "الجنس", "تاريخ الميلاد", "الجنسية", "المخيم", "تاريخ الدخول"),
                    List.of("هدى", family, "أنثى", "2014", "سوريا", "HOL", admitted),
                    List.of("Omar", family, "ذكر", "12/2016", "SYR", "HOL", admitted),
                    List.of("Layla", family, "F", "31/02/2018", "Atlantis", "HOL", admitted))));
            ada.open("/imports", "ada").chooseLanguage(lang);
            ada.find("import-file").sendKeys(register.toString());
            ada.clickAndWait(ada.find("import-submit"));
            assertThat(ada.find("count-rows").getText(), equalTo("3"));
            assertThat(ada.find("count-invalid").getText(), equalTo("1"));
            assertThat(ada.find("import-errors").getText(), containsString("Atlantis"));
            assertThat(ada.find("column-0").getAttribute("value"), equalTo("givenName"));
            assertThat(ada.sidewaysOverflow(), empty());
            ada.screenshot("import-preview-errors-" + lang);

            ada.clickAndWait(ada.find("commit-submit"));
            assertThat(ada.find("commit-refused").getText(), containsString("Atlantis"));
            ada.screenshot("import-refused-" + lang);

            Files.write(fixed, Spreadsheets.xlsx("Register", null, List.of(
                    cells("Given name", "Family name", "Sex", "Date of birth", "Nationality", "Camp", "Admission date", "Place of birth"),
                    List.of(text("هدى"), text(family), text("F"), text("2014"), text("SYR"), text("HOL"),
                            Spreadsheets.date(LocalDate.now().minusDays(1)), text("")),
                    List.of(text("Omar"), text(family), text("M"), text("12/2016"), text("SYR"), text("HOL"),
                            Spreadsheets.date(LocalDate.now().minusDays(1)), text("")),
                    List.of(text("Samira"), text(family), text("F"), Spreadsheets.date(LocalDate.of(1990, 1, 1)), text("Syrie"),
                            text("HOL"), Spreadsheets.date(LocalDate.now().minusDays(1)), text("Raqqa")))));
            ada.open("/imports");
            ada.find("import-file").sendKeys(fixed.toString());
            ada.clickAndWait(ada.find("import-submit"));
            assertThat(ada.find("count-invalid").getText(), equalTo("0"));
            assertThat(ada.find("count-duplicates").getText(), equalTo("1"));
            // chosen as a tap on it would; the wide rows table sits under the fold on a laptop
            ada.driver().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()",
                    ada.find("decision-4-same-0"));
            assertThat(ada.find("decision-4-same-0").isSelected(), equalTo(true));
            ada.clickAndWait(ada.find("decisions-submit"));
            ada.screenshot("import-preview-duplicate-" + lang);
            ada.clickAndWait(ada.find("commit-submit"));
            assertThat(ada.find("result-created").getText(), equalTo("2"));
            assertThat(ada.find("result-updated").getText(), equalTo("1"));
            assertThat(ada.find("imported-people").getText(), containsString("Omar " + family));
            ada.screenshot("import-committed-" + lang);
        } finally {
            Files.deleteIfExists(register);
            Files.deleteIfExists(fixed);
        }
    }

    /** A camp's transfers to its annex, sent as the camp keeps them (Arabic headers, a facility by its Arabic name). */
    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void anAdminImportsACampsTransfersAndTheyAreRecorded(String lang) throws Exception {
        String family = "Mov" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String rima = E2eData.childAlone("Rima", "ريما", family, "HOL");
        String hadi = E2eData.detainee("Hadi", "هادي", family, "SYR", "HOL");
        String today = LocalDate.now().toString();
        Path transfers = Files.createTempFile("transfers-", ".csv");
        try (Browser ada = new Browser()) {
            Files.write(transfers, Spreadsheets.csv(java.nio.charset.StandardCharsets.UTF_8, ',', List.of(
                    List.of("رقم التسجيل", "الحركة", "الوجهة", "التاريخ", "ملاحظات"),
                    List.of(rima, "نقل", "HOL-ANNEX", today, "مع أمها"),
                    List.of(hadi, "نقل", "مخيم الهول، الملحق", today, ""))));
            ada.open("/imports", "ada").chooseLanguage(lang);
            ada.select("import-kind", "MOVEMENTS");
            ada.find("import-file").sendKeys(transfers.toString());
            ada.clickAndWait(ada.find("import-submit"));
            assertThat(ada.find("count-rows").getText(), equalTo("2"));
            assertThat(ada.find("count-invalid").getText(), equalTo("0"));
            assertThat(ada.find("column-0").getAttribute("value"), equalTo("registrationNumber"));
            assertThat(ada.find("row-2").getText(), containsString("Rima"));
            assertThat(ada.find("row-3").getText(), containsString("HOL-ANNEX"));
            assertThat(ada.sidewaysOverflow(), empty());
            ada.screenshot("import-movements-preview-" + lang);
            ada.clickAndWait(ada.find("commit-submit"));
            assertThat(ada.find("result-created").getText(), equalTo("2"));
            assertThat(ada.find("imported-people").getText(), containsString("Hadi"));
            ada.screenshot("import-movements-committed-" + lang);
        } finally {
            Files.deleteIfExists(transfers);
        }
    }

    private static String text(String value) {
        return Spreadsheets.text(value);
    }

    private static List<String> cells(String... headers) {
        return java.util.Arrays.stream(headers).map(Spreadsheets::text).toList();
    }
}
