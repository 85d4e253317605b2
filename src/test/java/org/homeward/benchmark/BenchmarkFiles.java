package org.homeward.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.homeward.support.Superuser;

/** Files for the benchmarks: rows of documents written straight into the database, and scans of a given size. */
final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    /**
     * {@code count} files of one person (as sealed bytes of a few kilobytes: no list reads them, so
     * their size is the store's concern, not the lists').
     */
    static void add(int count, String personId) throws Exception {
        try (Connection connection = DriverManager.getConnection(Superuser.url(), "postgres", "postgres");
                PreparedStatement rows = connection.prepareStatement("""
                        insert into document (id, person_id, kind, content_type, size, sha256, has_thumbnail,
                                              uploaded_by, uploaded_at)
                        select gen_random_uuid(), ?::uuid, 'OTHER', 'application/pdf', 1048576, md5(g::text) || md5(g::text),
                               false, 'benchmark', now() - g * interval '1 minute'
                          from generate_series(1, ?) g""");
                PreparedStatement files = connection.prepareStatement("""
                        insert into document_file (document_id, part, sealed)
                        select id, 'CONTENT', decode(repeat('00', 4096), 'hex') from document where uploaded_by = 'benchmark'""")) {
            rows.setString(1, personId);
            rows.setInt(2, count);
            rows.executeUpdate();
            files.executeUpdate();
            connection.createStatement().execute("analyze document; analyze document_file");
        }
    }

    /** A PDF of about {@code bytes}: a one-page header, then a comment as long as asked. */
    static byte[] pdfOf(int bytes) {
        byte[] pdf = new byte[bytes];
        byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, pdf, 0, head.length);
        java.util.Arrays.fill(pdf, head.length, bytes - 7, (byte) 'x');
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, pdf, bytes - tail.length, tail.length);
        return pdf;
    }
}
