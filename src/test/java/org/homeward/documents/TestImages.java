package org.homeward.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Pictures made for the tests: a camera's JPEG with its EXIF (orientation, GPS position), a PNG that claims to be huge. */
final class TestImages {

    /** The GPS latitude written into a camera photo: a test looks for it in what is kept. */
    static final String GPS_MARK = "36.4N-GPS";

    private TestImages() {
    }

    /** A JPEG as a phone writes it: the picture, then an EXIF block saying how it was held and where. */
    static byte[] cameraJpeg(int width, int height, int orientation) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 110, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] exif = exif(orientation);
        ByteBuffer withExif = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        withExif.put(jpeg, 0, 2); // SOI
        withExif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        withExif.put(jpeg, 2, jpeg.length - 2);
        return withExif.array();
    }

    /** "Exif\0\0" and a little-endian TIFF: IFD0 with Orientation and a pointer to a GPS directory. */
    private static byte[] exif(int orientation) {
        byte[] latitude = (GPS_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4 + latitude.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int gpsDirectory = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsDirectory);
        tiff.putInt(0);
        int text = gpsDirectory + 2 + 12 + 4;
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0002).putShort((short) 2).putInt(latitude.length).putInt(text);
        tiff.putInt(0);
        tiff.put(latitude);
        ByteBuffer exif = ByteBuffer.allocate(6 + tiff.capacity());
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array());
        return exif.array();
    }

    /** A valid small PNG whose header claims width by height pixels (a decompression bomb's trick). */
    static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        // IHDR's data starts at 16: width, height; its CRC covers type and data (12..29) and sits at 29
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    /** The markers of a JPEG's segments before its picture data, in order (0xE1 is APP1, where EXIF lives). */
    static List<Integer> segments(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
