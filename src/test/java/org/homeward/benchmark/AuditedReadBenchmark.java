package org.homeward.benchmark;

import java.net.URI;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.homeward.support.TestEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link ConcurrentReads} in test mode, for a quick look while working:
 *
 * <pre>
 * ./mvnw test -Dtest=AuditedReadBenchmark -DexcludedGroups= -Dbenchmark.seconds=15
 * </pre>
 *
 * The figures that count come from the packaged application: {@link PackagedReadBenchmark}.
 */
@QuarkusTest
@WithTestResource(TestEnvironment.class)
@Tag("benchmark")
class AuditedReadBenchmark extends ConcurrentReads {

    @TestHTTPResource("/")
    URI base;

    @Override
    URI base() {
        return base;
    }

    @Test
    void readsFromManyClientsAtOnce() throws Exception {
        measure("test mode");
    }
}
