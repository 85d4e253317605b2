package org.homeward.exports;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TestEnvironment.class)
class ExportApiTest {

    private static final String TODAY = LocalDate.now().toString();

    @Inject
    EntityManager em;

    @Test
    void aCsvExportHoldsTheListNeutralizesFormulasAndIsAudited() {
        String camp = TestData.uniqueCode("EXPC");
        TestData.facility(camp, "CAMP", null);
        String plain = register(camp, "Khadija", "Haddad", "خديجة", "الحداد", "FRA", "1990-04-02");
        register(camp, "=HYPERLINK(\"http://x\")", "+1", null, null, "FRA", null);
        register(camp, "@SUM(A1)", "-2", null, null, "FRA", null);

        String purpose = "Coordination meeting " + camp;
        Response csv = TestData.asAdmin().get("/api/v1/exports/persons?format=csv&facility=" + camp + "&purpose="
                + purpose + "&sort=name");
        csv.then().statusCode(200).header("Content-Disposition", containsString("attachment; filename=\"homeward-people-"))
                .contentType(startsWith("text/csv"));
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("\uFEFFregistrationNumber", lines.get(0).split(",")[0]);
        assertEquals(4, lines.size(), text);
        assertThat(text, containsString("Khadija,,,Haddad,خديجة,,,الحداد,F,1990-04-02,EXACT,FRA:CLAIMED"));
        assertThat(text, containsString("\"'=HYPERLINK(\"\"http://x\"\")\",,,'+1"));
        assertThat(text, containsString("'@SUM(A1),,,'-2"));

        // the export's start and end, and apart from them the people it handed out (issue 15)
        List<?> audit = em.createNativeQuery("select cast(details as text) from audit_event where action = 'EXPORT'"
                + " and details like ?1 and shown is null order by id").setParameter(1, "%" + purpose + "%").getResultList();
        assertEquals(2, audit.size());
        assertEquals(3, ((Number) em.createNativeQuery("select coalesce(sum(cardinality(shown)), 0) from audit_event"
                + " where action = 'EXPORT' and details like ?1").setParameter(1, "%" + purpose + "%")
                .getSingleResult()).intValue(), "every person in the file is recorded as handed out");
        assertThat(audit.get(0).toString(), containsString("\"started\":true"));
        assertThat(audit.get(1).toString(), containsString("\"rows\":3"));
        assertThat(audit.get(1).toString(), containsString("\"completed\":true"));
        assertThat(audit.get(1).toString(), containsString("\"format\":\"csv\""));
        assertThat(audit.get(1).toString(), containsString(camp));
        assertThat(plain, not(equalTo("")));

        TestData.asAdmin().get("/api/v1/exports/persons?format=csv&facility=" + camp).then().statusCode(400)
                .body("errors.field", hasItem("purpose"));
        TestData.asAdmin().get("/api/v1/exports/persons?format=doc&purpose=" + purpose).then().statusCode(400)
                .body("errors.field", hasItem("format"));
        TestData.as("export-analyst", Roles.ANALYST).get("/api/v1/exports/persons?format=csv&purpose=" + purpose)
                .then().statusCode(403);
    }

    @Test
    void anExportHasExactlyTheScopeOfTheListItCameFrom() {
        String camp = TestData.uniqueCode("EXPS");
        String other = TestData.uniqueCode("EXPT");
        TestData.facility(camp, "CAMP", null);
        TestData.facility(other, "CAMP", null);
        String mine = register(camp, "Aya", "Mine", null, null, "SYR", null);
        String theirs = register(other, "Aya", "Theirs", null, null, "SYR", null);
        String worker = "export-cw-" + camp.toLowerCase();
        TestData.scope(worker, List.of(camp), List.of());
        String all = new String(TestData.as(worker, Roles.CASEWORKER)
                .get("/api/v1/exports/persons?format=csv&q=Aya&purpose=Camp list check").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(all, containsString(number(mine)));
        assertThat(all, not(containsString(number(theirs))));
        String outside = new String(TestData.as(worker, Roles.CASEWORKER)
                .get("/api/v1/exports/persons?format=csv&facility=" + other + "&purpose=Camp list check").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(1, outside.lines().count(), "only the header: " + outside);
    }

    @Test
    void aPseudonymizedExportHasNoNamesOrNumbersAPseudonymPerFileAndNoCombinationUnderFive() throws IOException {
        String camp = TestData.uniqueCode("EXPP");
        TestData.facility(camp, "CAMP", null);
        String id = register(camp, "Maryam", "Pseudo", "مريم", null, "BEL", "2015-07-09");
        // one person: no pseudonymized file of her at all
        TestData.asAdmin().get("/api/v1/exports/persons?format=csv&pseudonymized=true&facility=" + camp
                + "&purpose=Donor report zero").then().statusCode(400).body("errors.field", hasItem("pseudonymized"));
        for (int i = 0; i < 5; i++) {
            register(camp, "Sara" + i, "Pseudo", "سارة", null, "BEL", "2015-03-0" + (i + 1));
        }
        String first = csv("/api/v1/exports/persons?format=csv&pseudonymized=true&facility=" + camp
                + "&purpose=Donor report one");
        String second = csv("/api/v1/exports/persons?format=csv&pseudonymized=true&facility=" + camp
                + "&purpose=Donor report two");
        assertThat(first, startsWith("\uFEFFpseudonym,sex,yearOfBirth,nationalities,category,status,facility"));
        assertThat(first, not(containsString("Maryam")));
        assertThat(first, not(containsString("مريم")));
        assertThat(first, not(containsString(number(id))));
        assertThat(first, not(containsString("2015-07-09")));
        // six women born the same year in one camp: common enough to be shown as they are
        assertEquals(6, first.lines().filter(line -> line.contains(",F,2015,BEL:CLAIMED,CAMP_RESIDENT,IN_CAMP," + camp))
                .count(), first);
        assertThat(first.lines().skip(1).findFirst().orElseThrow(), startsWith("P-"));
        // the same people, other pseudonyms: two files cannot be joined on them
        java.util.Set<String> once = pseudonyms(first);
        java.util.Set<String> again = pseudonyms(second);
        assertEquals(6, once.size());
        assertTrue(java.util.Collections.disjoint(once, again), "pseudonyms shared between two files");

        // one man among them: no combination of facility, sex and year may single him out
        register(camp, "Omar", "Pseudo", "عمر", null, "BEL", "1961-01-01", "M");
        String withHim = csv("/api/v1/exports/persons?format=csv&pseudonymized=true&facility=" + camp
                + "&purpose=Donor report three");
        Map<String, Long> combinations = withHim.lines().skip(1).map(line -> line.split(",", -1))
                .collect(java.util.stream.Collectors.groupingBy(cells -> cells[1] + "|" + cells[2] + "|" + cells[6],
                        java.util.stream.Collectors.counting()));
        assertEquals(7, combinations.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(combinations.values().stream().allMatch(n -> n >= 5), "a combination under five: " + combinations);
        assertThat(withHim, not(containsString("1961")));

        byte[] xlsx = TestData.asAdmin().get("/api/v1/exports/persons?format=xlsx&pseudonymized=true&facility=" + camp
                + "&purpose=Donor report four").then().statusCode(200).extract().asByteArray();
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet, containsString("inlineStr"));
        assertThat(sheet, containsString("BEL:CLAIMED"));
        assertThat(sheet, not(containsString("Maryam")));
    }

    private static java.util.Set<String> pseudonyms(String csv) {
        return csv.lines().skip(1).map(line -> line.split(",")[0]).collect(java.util.stream.Collectors.toSet());
    }

    /** The PDF draws Arabic shaped and right to left; read back, the names are the ones registered. */
    @Test
    void aPdfCarriesArabicNamesThatReadBackAndAFooterOnEveryPage() throws IOException {
        String camp = TestData.uniqueCode("EXPF");
        TestData.facility(camp, "CAMP", null);
        register(camp, "Khadija", "Haddad", "خديجة", "الحداد", "IRQ", "1990-04-02");
        for (int i = 0; i < 60; i++) {
            register(camp, "Filler" + i, "Row", null, null, "IRQ", null);
        }
        byte[] pdf = TestData.asAdmin().header("Accept-Language", "ar")
                .get("/api/v1/exports/persons?format=pdf&facility=" + camp + "&purpose=Ministry handover file&sort=name")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // for a person to look at, like the browser tests' screenshots
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110),
                    "png", java.nio.file.Path.of("target/export-persons-ar.png").toFile());
            assertTrue(document.getNumberOfPages() >= 2, "61 people fill more than one page");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
                assertThat("page " + page, text, containsString("Ministry handover file"));
            }
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC);
            assertThat(first, containsString("خديجة الحداد"));
            assertThat(first, containsString("Khadija Haddad"));
        }
    }

    @Test
    void anOfficersCountryPackHoldsOnlyTheirNationals() {
        String camp = TestData.uniqueCode("EXPK");
        TestData.facility(camp, "CAMP", null);
        String french = register(camp, "Louise", "Pack", null, null, "NLD", null);
        String other = register(camp, "Lina", "Pack", null, null, "DNK", null);
        String officer = "export-officer-" + camp.toLowerCase();
        TestData.scope(officer, List.of(), List.of("NLD"));
        String pack = new String(TestData.as(officer, Roles.REPATRIATION_OFFICER)
                .get("/api/v1/exports/country-pack?country=NLD&format=csv&purpose=Ministry pack").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(pack, containsString(number(french)));
        assertThat(pack, not(containsString(number(other))));
        TestData.as(officer, Roles.REPATRIATION_OFFICER)
                .get("/api/v1/exports/country-pack?country=DNK&format=csv&purpose=Ministry pack").then().statusCode(400)
                .body("errors.field", hasItem("country"));
        byte[] xlsx = TestData.as(officer, Roles.REPATRIATION_OFFICER)
                .get("/api/v1/exports/country-pack?country=NLD&format=xlsx&purpose=Ministry pack").then()
                .statusCode(200).extract().asByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.US_ASCII), equalTo("PK"));
    }

    @Test
    void anAnalystsReportHidesSmallCountsAndNamesNoOne() throws IOException {
        String camp = TestData.uniqueCode("EXPR");
        TestData.facility(camp, "CAMP", null);
        register(camp, "Huda", "Reported", null, null, "ISL", null);
        String report = new String(TestData.as("export-report-analyst", Roles.ANALYST)
                .get("/api/v1/exports/report?format=csv&facility=" + camp + "&purpose=Donor briefing").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(report, containsString(camp + ",<5"));
        assertThat(report, not(containsString("Huda")));
        byte[] pdf = TestData.asAdmin().header("Accept-Language", "ar")
                .get("/api/v1/exports/report?format=pdf&facility=" + camp + "&purpose=Monthly report")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
                // for a person to look at: the page's charts drawn in the report
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        java.nio.file.Path.of("target/export-report-ar-" + (page + 1) + ".png").toFile());
            }
            // the pyramid of the page, drawn: its sides named as on the page
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text, containsString("أنثى"));
            assertThat(text, containsString("Monthly report"));
        }
    }

    @Test
    void theReportFormCarriesTheStatisticsFiltersAndAsksForAPurpose() {
        var analyst = new org.homeward.support.BrowserLikeSession("export-form-analyst", Roles.ANALYST);
        analyst.get("/exports/report/new?facility=&nationality=&from=2025-12-01&to=2026-11-29").then().statusCode(200)
                .body(containsString("action=\"/exports/report?from=2025-12-01"), containsString("id=\"purpose\""));
        analyst.post("/exports/report?from=2025-12-01&to=2026-11-29", Map.of("format", "pdf", "purpose", ""))
                .then().statusCode(400).body(containsString("id=\"purpose-error\""));
        // a page's export is a POST with the CSRF token: neither a link nor a forged form starts one
        analyst.get("/exports/report?from=2025-12-01&to=2026-11-29&format=pdf&purpose=Monthly+meeting").then()
                .statusCode(405);
        analyst.postWithoutCsrfToken("/exports/report?from=2025-12-01&to=2026-11-29",
                Map.of("format", "pdf", "purpose", "Monthly meeting")).then().statusCode(400);
    }

    private static String csv(String path) {
        return new String(TestData.asAdmin().get(path).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(java.nio.file.Files.write(file, zip).toFile())) {
            ZipEntry entry = archive.getEntry(name);
            if (entry == null) {
                throw new AssertionError(name + " is not in the file");
            }
            return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static String number(String id) {
        return TestData.asAdmin().get("/api/v1/persons/" + id).then().extract().path("registrationNumber");
    }

    private static String register(String camp, String given, String family, String givenAr, String familyAr,
            String nationality, String born) {
        return register(camp, given, family, givenAr, familyAr, nationality, born, "F");
    }

    private static String register(String camp, String given, String family, String givenAr, String familyAr,
            String nationality, String born, String sex) {
        return Given.person().in(camp).admitted(TODAY).named(given, family).namedInArabic(givenAr, familyAr).sex(sex)
                .nationality(nationality, "CLAIMED").born(born, "EXACT").register();
    }
}
