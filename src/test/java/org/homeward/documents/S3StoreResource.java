package org.homeward.documents;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Homeward configured to keep files in S3 (homeward.files.store=s3), against S3Proxy on loopback. */
public class S3StoreResource implements QuarkusTestResourceLifecycleManager {

    static final String BUCKET = "homeward-files-it";
    static S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = S3ProxyServer.start();
        } catch (Exception failed) {
            throw new IllegalStateException("S3Proxy did not start", failed);
        }
        server.client().createBucket(request -> request.bucket(BUCKET));
        return Map.of("homeward.files.store", "s3", "homeward.files.s3.endpoint", server.endpoint().toString(),
                "homeward.files.s3.bucket", BUCKET, "homeward.files.s3.access-key-id", S3ProxyServer.IDENTITY,
                "homeward.files.s3.secret-access-key", S3ProxyServer.CREDENTIAL);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
