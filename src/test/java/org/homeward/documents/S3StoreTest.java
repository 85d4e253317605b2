package org.homeward.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.homeward.access.Roles;
import org.homeward.support.Given;
import org.homeward.support.TestData;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/** A deployment that keeps its files in S3-compatible storage, chosen by configuration alone. */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@TestProfile(S3StoreTest.InObjectStorage.class)
class S3StoreTest {

    /** homeward.files.store=s3, pointed at a real S3 API server started for the test. */
    public static class InObjectStorage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3StoreResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of();
        }
    }

    @Inject
    EntityManager em;

    @Test
    void aFileAddedThroughTheApiIsKeptSealedInTheBucketNotInTheDatabase() throws Exception {
        Given.Camp camp = Given.campWithWorker("DOCS3");
        String person = TestData.person(camp.code(), "F", "SYR", null);
        byte[] scan = DocumentApiTest.minimalPdf();
        String id = TestData.as(camp.worker(), Roles.CASEWORKER).multiPart("file", "consent.pdf", scan, "application/pdf")
                .multiPart("kind", "CONSENT_FORM").post("/api/v1/persons/" + person + "/documents").then()
                .statusCode(201).extract().path("id");

        byte[] stored = S3StoreResource.server.client().getObjectAsBytes(request -> request
                .bucket(S3StoreResource.BUCKET).key("documents/" + id + "/content")).asByteArray();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("%PDF"), "the bucket holds it sealed");
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from document_file where document_id = cast(:id as uuid)").setParameter("id", id)
                .getSingleResult()).longValue());
        assertEquals(0, inDatabase, "nothing of the file is in the database");

        byte[] served = TestData.as(camp.worker(), Roles.CASEWORKER).get("/api/v1/documents/" + id + "/content").then()
                .statusCode(200).extract().asByteArray();
        assertArrayEquals(scan, served);
    }
}
