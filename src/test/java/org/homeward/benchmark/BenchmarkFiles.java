package org.homeward.benchmark;

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

    /**
     * A scan as a scanner writes it: one page holding one photographed page as a JPEG, of about
     * {@code bytes} (noise does not compress, so the size is the image's).
     */
    static byte[] scanOf(int bytes) throws java.io.IOException {
        // noise compresses to about 0.6 bytes a pixel at the encoder's default quality
        int side = (int) Math.sqrt(bytes / 0.6);
        java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(side, side,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random noise = new java.util.Random(42);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                page.setRGB(x, y, noise.nextInt());
            }
        }
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(page, "jpeg", jpeg);
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage a4 = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(a4);
            var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document,
                    jpeg.toByteArray(), "scan");
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, a4)) {
                content.drawImage(image, 0, 0, a4.getMediaBox().getWidth(), a4.getMediaBox().getHeight());
            }
            java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
    }
}
