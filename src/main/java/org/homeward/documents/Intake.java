package org.homeward.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.Tika;
import org.homeward.kernel.ContentRefused;
import org.homeward.kernel.LocalizedText;

/**
 * What an upload becomes before it is kept. Its type is judged by its content, never by its name
 * or the type the browser claims: JPEG and PNG images, WebP converted to JPEG, and PDF; anything
 * else is refused (415). An image is decoded only once its dimensions are known to be bounded (a
 * few kilobytes can claim a billion pixels), turned upright as the camera recorded it, and written
 * anew: what a camera adds (GPS position, device, time) is not carried over. Every image and the
 * first page of a PDF get a thumbnail, made once.
 */
@ApplicationScoped
class Intake {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";
    private static final String WEBP = "image/webp";
    private static final int THUMBNAIL_SIDE = 320;
    private static final float PHOTO_QUALITY = 0.9f;
    private static final float THUMBNAIL_QUALITY = 0.8f;
    private static final int THUMBNAIL_DPI = 40;

    /** Where EXIF sits: in the first segments of a JPEG, well within this many bytes. */
    private static final int HEAD = 256 * 1024;

    /**
     * The file to keep, as it will be served, with its thumbnail (null when none could be made).
     * A PDF is kept as it arrived, read from the upload where the server put it; an image, written
     * anew, is the one copy of the file in memory.
     */
    record Accepted(String contentType, Path asUploaded, byte[] rewritten, byte[] thumbnail) {

        long size() throws IOException {
            return rewritten != null ? rewritten.length : Files.size(asUploaded);
        }

        InputStream content() throws IOException {
            return rewritten != null ? new ByteArrayInputStream(rewritten) : Files.newInputStream(asUploaded);
        }
    }

    private final Tika tika = new Tika();

    static {
        // ImageIO caches what it reads and writes in temporary files by default: an unencrypted
        // photo would reach the disk; files are held in memory only (ADR 020)
        ImageIO.setUseCache(false);
    }

    @Inject
    DocumentSettings settings;

    @Inject
    LocalizedText text;

    /** Judges the upload (a file the server wrote) by its first bytes, never by its name. */
    Accepted accept(Path upload) {
        String type;
        try (InputStream head = new BufferedInputStream(Files.newInputStream(upload))) {
            type = tika.detect(head);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return switch (type) {
            case JPEG, WEBP -> image(upload, JPEG);
            case PNG -> image(upload, PNG);
            case PDF -> new Accepted(PDF, upload, null, pdfThumbnail(upload));
            default -> throw new ContentRefused(ContentRefused.UNSUPPORTED_TYPE,
                    text.error("file", "document.type", type));
        };
    }

    private Accepted image(Path upload, String keptAs) {
        BufferedImage decoded = upright(decodeBounded(upload), ExifOrientation.of(head(upload)));
        return new Accepted(keptAs, null, encode(decoded, keptAs, PHOTO_QUALITY),
                encode(scaled(decoded), JPEG, THUMBNAIL_QUALITY));
    }

    private static byte[] head(Path upload) {
        try (InputStream in = Files.newInputStream(upload)) {
            return in.readNBytes(HEAD);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Reads the image's size from its header first, and decodes it only if it is within bounds. */
    private BufferedImage decodeBounded(Path upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(upload.toFile())) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > settings.maxPixels()) {
                    throw new ContentRefused(ContentRefused.TOO_LARGE,
                            text.error("file", "document.pixels", width, height, settings.maxPixels() / 1_000_000));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (ContentRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException | OutOfMemoryError broken) {
            // a file whose header lies about its content, or too large to decode within the heap
            throw unreadable();
        }
    }

    private ContentRefused unreadable() {
        return new ContentRefused(ContentRefused.UNSUPPORTED_TYPE, text.error("file", "document.unreadable"));
    }

    /** Turns the picture as EXIF orientation 1 to 8 says the camera was held (mirrored or turned). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h, opaqueOrNot(image));
        Graphics2D g = upright.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return upright;
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return small;
    }

    /** Written anew, with no metadata: ImageIO writes only the pixels it is given. */
    private static byte[] encode(BufferedImage image, String type, float quality) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (PNG.equals(type)) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image : flattened(image);
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam parameters = writer.getDefaultWriteParam();
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(quality);
                writer.write(null, new IIOImage(rgb, null, null), parameters);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** JPEG has no transparency: what was transparent becomes white. */
    private static BufferedImage flattened(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static int opaqueOrNot(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    /**
     * The first page, small; none when the PDF cannot be drawn (it is kept all the same). Read
     * from the file, page by page as PDFBox needs it, not loaded whole.
     */
    private static byte[] pdfThumbnail(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                return null;
            }
            PDFRenderer renderer = new PDFRenderer(document);
            // a scanned page is one large image: read every few pixels of it, not all, for a small picture
            renderer.setSubsamplingAllowed(true);
            BufferedImage page = renderer.renderImageWithDPI(0, dpiFor(document), ImageType.RGB);
            return encode(scaled(page), JPEG, THUMBNAIL_QUALITY);
        } catch (IOException | RuntimeException | OutOfMemoryError undrawable) {
            return null;
        }
    }

    /** The resolution that draws the first page about a thumbnail wide, however large the page claims to be. */
    private static float dpiFor(PDDocument document) {
        float longest = Math.max(document.getPage(0).getMediaBox().getWidth(), document.getPage(0).getMediaBox().getHeight());
        // PDF measures in points (1/72 inch)
        return longest <= 0 ? THUMBNAIL_DPI : Math.min(THUMBNAIL_DPI, THUMBNAIL_SIDE * 72f / longest);
    }
}
