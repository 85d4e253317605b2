package org.homeward.documents;

/**
 * How a camera was held, from a JPEG's EXIF (tag 0x0112: 1 upright, 3 upside down, 6 and 8 turned,
 * 2, 4, 5, 7 mirrored). Read before the metadata is dropped, so a photo taken with the phone
 * upright is kept upright. 1 when the file says nothing or cannot be read.
 */
final class ExifOrientation {

    private static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        try {
            int at = 2;
            if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
                return UPRIGHT;
            }
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
                if (marker == 0xDA) {
                    return UPRIGHT;
                }
                if (marker == 0xE1 && length >= 8 && startsWith(jpeg, at + 4, "Exif\0\0")) {
                    return inTiff(jpeg, at + 10, at + 2 + length);
                }
                at += 2 + length;
            }
            return UPRIGHT;
        } catch (IndexOutOfBoundsException truncated) {
            return UPRIGHT;
        }
    }

    /** Looks through the first directory of the TIFF structure EXIF is written in. */
    private static int inTiff(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I';
        int directory = tiff + (int) read(b, tiff + 4, 4, little);
        int entries = (int) read(b, directory, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (read(b, entry, 2, little) == ORIENTATION_TAG) {
                return (int) read(b, entry + 8, 2, little);
            }
        }
        return UPRIGHT;
    }

    private static long read(byte[] b, int at, int bytes, boolean little) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int next = b[little ? at + bytes - 1 - i : at + i] & 0xFF;
            value = (value << 8) | next;
        }
        return value;
    }

    private static boolean startsWith(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (b[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
