package org.homeward.documents;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Sealed files in an S3-compatible object store (AWS S3, MinIO, Ceph, Garage), for deployments
 * whose files outgrow the database. The bucket holds only sealed bytes under keys that say
 * nothing but the document's id: who the file belongs to is known only to the database. The
 * object is written before the document's row commits; a rolled-back upload leaves an object no
 * row names, which nothing ever serves.
 */
class S3FileStore implements FileStore {

    private final S3Client s3;
    private final String bucket;

    S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    static S3FileStore of(DocumentSettings.S3 settings) {
        AwsCredentialsProvider credentials = settings.accessKeyId().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId().get(),
                        settings.secretAccessKey().orElse("")))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // MinIO and most self-hosted stores address buckets by path, not by host name
                .forcePathStyle(true)
                // checksums in trailers (the SDK's default since 2.30) are not understood by every
                // S3-compatible store; files carry their own SHA-256 and AES-GCM tag anyway
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().map(URI::create).ifPresent(builder::endpointOverride);
        return new S3FileStore(builder.build(), settings.bucket());
    }

    @Override
    public void put(UUID document, Part part, InputStream sealed, long length) {
        s3.putObject(request -> request.bucket(bucket).key(key(document, part)), RequestBody.fromInputStream(sealed, length));
    }

    @Override
    public Optional<byte[]> get(UUID document, Part part) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(bucket).key(key(document, part)))
                    .asByteArrayUnsafe());
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        }
    }

    @Override
    public void destroy(java.util.Collection<UUID> documents) {
        for (UUID document : documents) {
            for (Part part : Part.values()) {
                s3.deleteObject(request -> request.bucket(bucket).key(key(document, part)));
            }
        }
    }

    private static String key(UUID document, Part part) {
        return "documents/" + document + "/" + part.name().toLowerCase(java.util.Locale.ROOT);
    }
}
