package org.homeward.documents;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** Files of people through the API: kept sealed and without a camera's metadata, shown as the person is. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
class DocumentApiTest {

    @Inject
    EntityManager em;

    @Test
    void aPhotoCarryingAGpsPositionIsKeptAndServedWithoutItAndSealedInTheDatabase() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOC");
        String person = TestData.person(camp.code(), "F", "FRA", null);
        byte[] photo = TestImages.cameraJpeg(64, 48, 1);
        assertFalse(TestImages.segments(photo).isEmpty());
        assertEquals(0xE1, TestImages.segments(photo).get(0), "the test photo carries EXIF");

        RequestSpecification worker = TestData.as(camp.worker(), Roles.CASEWORKER);
        String id = worker.multiPart("file", "IMG_0042.jpg", photo, "image/jpeg").multiPart("kind", "PHOTO")
                .multiPart("note", "taken at registration")
                .post("/api/v1/persons/" + person + "/documents").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/documents/[0-9a-f-]{36}"))
                .body("kind", equalTo("PHOTO"), "contentType", equalTo("image/jpeg"), "size", notNullValue(),
                        "sha256", equalTo(sha256(photo)), "uploadedBy", equalTo(camp.worker()),
                        "uploadedAt", notNullValue())
                .extract().path("id");

        byte[] served = TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/documents/" + id + "/content")
                .then().statusCode(200).contentType("image/jpeg").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat("no EXIF segment is served", TestImages.segments(served), not(hasItem(0xE1)));
        assertFalse(TestImages.contains(served, TestImages.GPS_MARK), "no GPS position is served");
        assertEquals(64, ImageIO.read(new ByteArrayInputStream(served)).getWidth());

        byte[] thumbnail = TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/documents/" + id + "/thumbnail")
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(TestImages.segments(thumbnail), not(hasItem(0xE1)));

        byte[] stored = storedContent(UUID.fromString(id));
        assertFalse(stored[0] == (byte) 0xFF && stored[1] == (byte) 0xD8, "what the database holds is not a JPEG");
        assertFalse(TestImages.contains(stored, TestImages.GPS_MARK), "nor does it hold the position");
        assertFalse(TestImages.contains(stored, "JFIF"), "it holds the photo sealed, not in the clear");
    }

    @Test
    void aPhotoIsKeptUprightAsTheCameraWasHeld() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCR");
        String person = TestData.person(camp.code(), "M", "IRQ", null);
        // taken with the phone turned: 40 wide as stored, 20 high; orientation 6 says turn it a quarter
        String id = TestData.as(camp.worker(), Roles.CASEWORKER)
                .multiPart("file", "turned.jpg", TestImages.cameraJpeg(40, 20, 6), "image/jpeg")
                .multiPart("kind", "PHOTO").post("/api/v1/persons/" + person + "/documents").then().statusCode(201)
                .extract().path("id");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(TestData.as(camp.worker(), Roles.CASEWORKER)
                .get("/api/v1/documents/" + id + "/content").then().statusCode(200).extract().asByteArray()));
        assertEquals(20, upright.getWidth());
        assertEquals(40, upright.getHeight());
    }

    @Test
    void filesAreAcceptedByWhatTheyAreNotByTheirNameAndWithinTheirSize() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCT");
        String person = TestData.person(camp.code(), "F", "IRQ", null);
        String path = "/api/v1/persons/" + person + "/documents";

        TestData.as(camp.worker(), Roles.CASEWORKER)
                .multiPart("file", "photo.jpg", "#!/bin/sh\necho not a photo\n".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .multiPart("kind", "PHOTO").post(path).then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", equalTo("file"),
                        "errors[0].message", containsString("not accepted"));

        byte[] tooLarge = new byte[3 * 1024 * 1024];
        tooLarge[0] = '%';
        TestData.as(camp.worker(), Roles.CASEWORKER).multiPart("file", "scan.pdf", tooLarge, "application/pdf")
                .multiPart("kind", "BIRTH_CERTIFICATE").post(path).then().statusCode(413)
                .body("errors[0].field", equalTo("file"), "errors[0].message", containsString("larger than 2 MB"));

        TestData.as(camp.worker(), Roles.CASEWORKER)
                .multiPart("file", "bomb.png", TestImages.pngClaiming(100_000, 100_000), "image/png")
                .multiPart("kind", "PHOTO").post(path).then().statusCode(413)
                .body("errors[0].message", containsString("100,000 by 100,000 pixels"));

        TestData.as(camp.worker(), Roles.CASEWORKER).multiPart("file", "scan.pdf", minimalPdf(), "application/octet-stream")
                .multiPart("kind", "FLYER").post(path).then().statusCode(400).body("errors[0].field", equalTo("kind"));

        String pdf = TestData.as(camp.worker(), Roles.CASEWORKER)
                .multiPart("file", "certificate", minimalPdf(), "application/octet-stream")
                .multiPart("kind", "BIRTH_CERTIFICATE").post(path).then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).extract().path("id");
        TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/documents/" + pdf + "/content?download=true").then()
                .statusCode(200).header("Content-Disposition", containsString("attachment"));
        TestData.as(camp.worker(), Roles.CASEWORKER).get(path).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void accessFollowsThePersonAndMedicalFilesFollowMedicalFlags() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCA");
        String person = TestData.person(camp.code(), "F", "BEL", null);
        String path = "/api/v1/persons/" + person + "/documents";
        String photo = TestData.as(camp.worker(), Roles.CASEWORKER)
                .multiPart("file", "p.jpg", TestImages.cameraJpeg(30, 30, 1), "image/jpeg").multiPart("kind", "PHOTO")
                .post(path).then().statusCode(201).extract().path("id");
        String medical = TestData.as(camp.worker(), Roles.CASEWORKER)
                .multiPart("file", "m.pdf", minimalPdf(), "application/pdf").multiPart("kind", "MEDICAL")
                .post(path).then().statusCode(201).extract().path("id");

        String belgian = Given.officerFor("BEL");
        TestData.as(belgian, Roles.REPATRIATION_OFFICER).get(path).then().statusCode(200)
                .body("id", hasItem(photo), "id", not(hasItem(medical)));
        TestData.as(belgian, Roles.REPATRIATION_OFFICER).get("/api/v1/documents/" + photo + "/content").then()
                .statusCode(200);
        TestData.as(belgian, Roles.REPATRIATION_OFFICER).get("/api/v1/documents/" + medical + "/content").then()
                .statusCode(404);
        TestData.as(belgian, Roles.REPATRIATION_OFFICER).multiPart("file", "p.jpg", TestImages.cameraJpeg(10, 10, 1),
                "image/jpeg").multiPart("kind", "PHOTO").post(path).then().statusCode(403);

        String french = Given.officerFor("FRA");
        TestData.as(french, Roles.REPATRIATION_OFFICER).get(path).then().statusCode(404);
        TestData.as(french, Roles.REPATRIATION_OFFICER).get("/api/v1/documents/" + photo + "/content").then()
                .statusCode(404);
        TestData.as(french, Roles.REPATRIATION_OFFICER).get("/api/v1/documents/" + photo + "/thumbnail").then()
                .statusCode(404);
        Given.Camp elsewhere = Given.campWithWorker("DOCB");
        TestData.as(elsewhere.worker(), Roles.CASEWORKER).get("/api/v1/documents/" + photo + "/content").then()
                .statusCode(404);
        TestData.as("doc-analyst", Roles.ANALYST).get("/api/v1/documents/" + photo + "/content").then().statusCode(403);
        TestData.as("doc-auditor", Roles.AUDITOR).get(path).then().statusCode(403);

        // every look at a file is a disclosure of the person
        TestData.as("doc-auditor", Roles.AUDITOR).get("/api/v1/persons/" + person + "/disclosures").then()
                .statusCode(200).body("items.how", hasItem("DOCUMENT"), "items.actor", hasItem(belgian));
    }

    @Test
    void aFileRemovedWithAReasonLeavesSightAndAnAdminRestoresIt() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCD");
        String person = TestData.person(camp.code(), "M", "SYR", null);
        String path = "/api/v1/persons/" + person + "/documents";
        byte[] scan = minimalPdf();
        String id = TestData.as(camp.worker(), Roles.CASEWORKER)
                .multiPart("file", "id.pdf", scan, "application/pdf").multiPart("kind", "IDENTITY_DOCUMENT")
                .post(path).then().statusCode(201).extract().path("id");

        TestData.as(camp.worker(), Roles.CASEWORKER).contentType("application/json").body("{}")
                .delete("/api/v1/documents/" + id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        TestData.as(camp.worker(), Roles.CASEWORKER).contentType("application/json")
                .body("{\"reason\": \"scanned the wrong person's card\"}").delete("/api/v1/documents/" + id).then()
                .statusCode(204);
        TestData.as(camp.worker(), Roles.CASEWORKER).get(path).then().statusCode(200).body("$", hasSize(0));
        TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/documents/" + id + "/content").then().statusCode(404);

        TestData.asAdmin().get(path + "?removed=true").then().statusCode(200)
                .body("[0].removedReason", equalTo("scanned the wrong person's card"));
        TestData.as(camp.worker(), Roles.CASEWORKER).post("/api/v1/documents/" + id + "/restore").then().statusCode(403);
        TestData.asAdmin().post("/api/v1/documents/" + id + "/restore").then().statusCode(200)
                .body("removedAt", equalTo(null));
        byte[] back = TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/documents/" + id + "/content").then()
                .statusCode(200).extract().asByteArray();
        assertArrayEquals(scan, back, "a PDF is kept as it was sent");
    }

    private byte[] storedContent(UUID document) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select sealed from document_file where document_id = :id and part = 'CONTENT'")
                .setParameter("id", document).getSingleResult());
    }

    /** The smallest PDF that says it is one: one empty page. */
    @Test
    void theOfficersCountryPackPrintsEachNationalsCurrentPhoto() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCK");
        String person = TestData.person(camp.code(), "F", "MLT", null);
        TestData.person(camp.code(), "M", "MLT", null);
        TestData.as(camp.worker(), Roles.CASEWORKER).multiPart("file", "p.jpg", TestImages.cameraJpeg(120, 160, 1),
                "image/jpeg").multiPart("kind", "PHOTO").post("/api/v1/persons/" + person + "/documents").then()
                .statusCode(201);
        String officer = Given.officerFor("MLT");
        for (String lang : new String[] { "en", "ar" }) {
            byte[] pdf = TestData.as(officer, Roles.REPATRIATION_OFFICER).header("Accept-Language", lang)
                    .get("/api/v1/exports/country-pack?country=MLT&format=pdf&purpose=Ministry pack").then()
                    .statusCode(200).contentType("application/pdf").extract().asByteArray();
            int pictures = 0;
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                    for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                        if (page.getResources().isImageXObject(name)) {
                            pictures++;
                        }
                    }
                }
                // for a person to look at: the people's page of the pack, in each language
                var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
                ImageIO.write(renderer.renderImageWithDPI(document.getNumberOfPages() - 1, 80), "png",
                        java.nio.file.Path.of("target/country-pack-photos-" + lang + ".png").toFile());
            }
            assertEquals(1, pictures, "the one national with a photo is printed with it, the other without");
        }
    }

    static byte[] minimalPdf() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
