package org.homeward.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Issue 23 in a browser: an admin downloads a person's subject-access report in the person's
 * language; a camp is locked down by two admins, its case worker is signed out at the next click,
 * and two admins lift it; the retention page previews a run. English and Arabic, screenshots kept.
 */
@QuarkusIntegrationTest
@WithTestResource(E2eEnvironment.class)
class DataLifecycleFlowsIT {

    @BeforeEach
    void seed() {
        E2eData.seed();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void anAdminDownloadsAPersonsSubjectAccessReportInTheirLanguage(String lang) throws Exception {
        String family = "Sar" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        String id = E2eData.syrianWoman("Rasha", "رشا", family);
        try (Browser ada = new Browser()) {
            ada.open("/persons/" + id, "ada").chooseLanguage(lang);
            ada.select("subject-access-language", lang);
            ada.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", ada.find("subject-access"));
            assertThat(ada.sidewaysOverflow(), empty());
            ada.screenshot("subject-access-form-" + lang);
            Browser.Download report = ada.download("subject-access-form");
            assertThat(report.status(), equalTo(200));
            assertThat(report.contentType(), startsWith("application/pdf"));
            try (PDDocument pdf = Loader.loadPDF(report.body())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text, containsString("HW-"));
                if (lang.equals("en")) {
                    assertThat(text, containsString("Subject-access report"));
                    assertThat(text, containsString("Rasha " + family));
                }
                Path pictures = Files.createDirectories(Path.of("target", "e2e-screenshots"));
                ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png",
                        pictures.resolve("subject-access-pdf-" + lang + ".png").toFile());
            }
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void aCampLockedDownByTwoAdminsSignsItsCaseWorkerOutUntilTwoAdminsLiftIt(String lang) {
        String camp = "LCK-" + lang.toUpperCase() + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        E2eData.facilityOf(camp, "Camp at risk " + camp, "مخيم معرّض للخطر " + camp);
        E2eData.scope("carl", List.of(camp), List.of());
        try (Browser carl = new Browser(); Browser ada = new Browser(); Browser alba = new Browser()) {
            carl.open("/persons", "carl").chooseLanguage(lang);
            assertThat(carl.has("current-user"), equalTo(true));

            ada.open("/lockdowns", "ada").chooseLanguage(lang);
            ada.select("facilityCode", camp);
            ada.type("reason", "Armed group reported two kilometres from the camp");
            ada.clickAndWait(ada.find("lockdown-ask"));
            assertThat(ada.find("flash").getText(), containsString(lang.equals("ar") ? "يسري عندما يؤكده" : "second admin"));
            assertThat(ada.sidewaysOverflow(), empty());
            ada.screenshot("lockdown-asked-" + lang);
            // still at work until a second admin confirms
            carl.open("/persons");
            assertThat(carl.has("current-user"), equalTo(true));

            alba.open("/lockdowns", "alba").chooseLanguage(lang);
            alba.clickAndWait(alba.driver().findElement(By.cssSelector("#lockdowns .lockdown-confirm")));
            assertThat(alba.find("flash").getText(), containsString(lang.equals("ar") ? "الإغلاق نافذ" : "in force"));
            alba.screenshot("lockdown-in-force-" + lang);

            // the case worker's next click ends the session
            carl.driver().get(Browser.APP + "/persons");
            carl.waiting().until(driver -> carl.has("locked-down"));
            assertThat(carl.find("locked-down").getText(), containsString(lang.equals("ar") ? "عُلّق وصولك" : "Your access is suspended"));
            carl.screenshot("lockdown-case-worker-signed-out-" + lang);
            carl.driver().get(Browser.APP + "/persons");
            carl.waiting().until(driver -> carl.onLoginPage());

            ada.open("/lockdowns");
            ada.clickAndWait(ada.driver().findElement(By.cssSelector("#lockdowns .lockdown-lift")));
            alba.open("/lockdowns");
            alba.clickAndWait(alba.driver().findElement(By.cssSelector("#lockdowns .lockdown-lift-confirm")));
            assertThat(alba.find("flash").getText(), containsString(lang.equals("ar") ? "رُفع الإغلاق" : "lifted"));
            alba.screenshot("lockdown-lifted-" + lang);

            carl.logIn("carl");
            carl.open("/persons");
            assertThat(carl.has("current-user"), equalTo(true));
        } finally {
            E2eData.scope("carl", List.of(), List.of());
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({ "en", "ar" })
    void anAdminPreviewsARetentionRun(String lang) {
        try (Browser ada = new Browser()) {
            ada.open("/retention", "ada").chooseLanguage(lang);
            ada.clickAndWait(ada.find("retention-preview"));
            assertThat(ada.find("preview-figures").isDisplayed(), equalTo(true));
            assertThat(ada.sidewaysOverflow(), empty());
            ada.screenshot("retention-preview-" + lang);
        }
    }
}
