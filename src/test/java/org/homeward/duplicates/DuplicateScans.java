package org.homeward.duplicates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import org.homeward.support.TestData;

/** Starts a pass of the duplicate queue over the registry and waits for it, a minute at most. */
final class DuplicateScans {

    private DuplicateScans() {
    }

    static void scanAndWait() throws InterruptedException {
        TestData.asAdmin().contentType(ContentType.JSON).body("{}").post("/api/v1/duplicates/scans").then()
                .statusCode(202);
        for (int i = 0; i < 240; i++) {
            Object finished = TestData.asAdmin().get("/api/v1/duplicates/scans/latest").then().statusCode(200)
                    .extract().path("finishedAt");
            if (finished != null) {
                return;
            }
            Thread.sleep(250);
        }
        assertTrue(false, "the pass over the registry did not finish in a minute");
    }
}
