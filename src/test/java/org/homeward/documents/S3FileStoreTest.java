package org.homeward.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The object store against a real S3 API (S3Proxy): what goes in comes out, sealed at rest. */
class S3FileStoreTest {

    private static final String BUCKET = "homeward-files";
    private static S3ProxyServer server;
    private static S3FileStore store;

    @BeforeAll
    static void startTheServerAndItsBucket() throws Exception {
        server = S3ProxyServer.start();
        server.client().createBucket(request -> request.bucket(BUCKET));
        store = S3FileStore.of(settings(server).s3());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSealedFileComesBackAsItWentInAndTheDiskHoldsNothingReadable() throws Exception {
        FileSealing sealing = new FileSealing(settings(server));
        UUID document = UUID.randomUUID();
        byte[] scan = "%PDF-1.7 birth certificate of Yusuf, born in Raqqa".getBytes(StandardCharsets.UTF_8);
        store.put(document, FileStore.Part.CONTENT,
                sealing.sealing(document + "/CONTENT", new java.io.ByteArrayInputStream(scan)),
                FileSealing.sealedLength(scan.length));

        byte[] back = store.get(document, FileStore.Part.CONTENT).orElseThrow();
        assertArrayEquals(scan, sealing.open(document + "/CONTENT", back));

        List<Path> kept;
        try (Stream<Path> files = Files.walk(server.objects())) {
            kept = files.filter(Files::isRegularFile).toList();
        }
        assertTrue(kept.stream().anyMatch(file -> file.toString().contains(document.toString())),
                "the object is named by the document's id alone: " + kept);
        for (Path file : kept) {
            String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("Yusuf") || raw.contains("%PDF"), "nothing of the scan is readable in " + file);
        }
    }

    @Test
    void aPartNeverStoredIsAbsent() {
        assertEquals(Optional.empty(), store.get(UUID.randomUUID(), FileStore.Part.THUMBNAIL));
    }

    /** The settings an S3 deployment gives, pointed at the test server. */
    static DocumentSettings settings(S3ProxyServer server) {
        return new DocumentSettings() {
            @Override
            public String key() {
                return "homeward-test-only-files-key-0123456789abcdef";
            }

            @Override
            public Store store() {
                return Store.S3;
            }

            @Override
            public MemorySize maxSize() {
                return new MemorySize(java.math.BigInteger.valueOf(20L * 1024 * 1024));
            }

            @Override
            public long maxPixels() {
                return 50_000_000;
            }

            @Override
            public S3 s3() {
                return new S3() {
                    @Override
                    public Optional<String> endpoint() {
                        return Optional.of(server.endpoint().toString());
                    }

                    @Override
                    public String region() {
                        return "us-east-1";
                    }

                    @Override
                    public String bucket() {
                        return BUCKET;
                    }

                    @Override
                    public Optional<String> accessKeyId() {
                        return Optional.of(S3ProxyServer.IDENTITY);
                    }

                    @Override
                    public Optional<String> secretAccessKey() {
                        return Optional.of(S3ProxyServer.CREDENTIAL);
                    }
                };
            }
        };
    }
}
