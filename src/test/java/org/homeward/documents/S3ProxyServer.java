package org.homeward.documents;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 API server for the tests: S3Proxy (from Maven Central, copied to target/s3proxy by the
 * build) on 127.0.0.1, keeping its objects in a folder of its own. Started as a process beside the
 * tests, so its libraries never meet the application's; stopped when closed.
 */
final class S3ProxyServer implements AutoCloseable {

    static final String IDENTITY = "homeward-test";
    static final String CREDENTIAL = "homeward-test-secret";
    private static final Path JAR = Path.of(System.getProperty("homeward.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
    private static final Duration START = Duration.ofSeconds(60);

    private final Process process;
    private final Path objects;
    private final int port;

    private S3ProxyServer(Process process, Path objects, int port) {
        this.process = process;
        this.objects = objects;
        this.port = port;
    }

    static S3ProxyServer start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("S3Proxy is not at " + JAR.toAbsolutePath()
                    + ": run the tests through Maven, whose process-test-resources phase copies it there");
        }
        Path home = Files.createTempDirectory("s3proxy");
        Path objects = Files.createDirectories(home.resolve("objects"));
        int port = freePort();
        Path properties = home.resolve("s3proxy.conf");
        Files.writeString(properties, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + objects, ""));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR.toString(), "org.gaul.s3proxy.Main", "--properties", properties.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("s3proxy.log").toFile()).start();
        Instant deadline = Instant.now().plus(START);
        while (!listening(port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("S3Proxy did not start: " + Files.readString(home.resolve("s3proxy.log")));
            }
            Thread.sleep(100);
        }
        return new S3ProxyServer(process, objects, port);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Where the server keeps the objects, as files: what someone who took its disk would have. */
    Path objects() {
        return objects;
    }

    S3Client client() {
        return S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
