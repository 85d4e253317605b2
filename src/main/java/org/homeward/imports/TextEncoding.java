package org.homeward.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a text file was saved in, when nobody says: a byte-order mark first (UTF-8,
 * UTF-16), then UTF-8 if every byte sequence is valid UTF-8, else one of the two single-byte code
 * pages of the region's spreadsheets. Arabic in Windows-1256 is whole words of bytes above 127;
 * French or German in Windows-1252 has such bytes only here and there among plain letters.
 */
final class TextEncoding {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A text and the encoding it was read in, its byte-order mark left out. */
    record Decoded(String text, Charset charset) {
    }

    private TextEncoding() {
    }

    static Decoded decode(byte[] bytes, Charset declared) {
        if (declared != null) {
            int skip = bomLength(bytes, declared);
            return new Decoded(new String(bytes, skip, bytes.length - skip, declared), declared);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset legacy = looksArabic(bytes) ? WINDOWS_1256 : WINDOWS_1252;
        return new Decoded(new String(bytes, legacy), legacy);
    }

    /** A byte-order mark that repeats the declared encoding is not part of the text. */
    private static int bomLength(byte[] bytes, Charset declared) {
        if (declared.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (declared.name().startsWith("UTF-16") && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
            return declared.equals(StandardCharsets.UTF_16) ? 0 : 2;
        }
        return 0;
    }

    /** Text of Latin letters saved as UTF-16 without a mark has a zero byte beside nearly every letter. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Most bytes above 127 stand beside another one: whole words of Arabic letters. */
    static boolean looksArabic(byte[] bytes) {
        int high = 0;
        int inRuns = 0;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) != 0) {
                high++;
                boolean before = i > 0 && (bytes[i - 1] & 0x80) != 0;
                boolean after = i + 1 < bytes.length && (bytes[i + 1] & 0x80) != 0;
                if (before || after) {
                    inRuns++;
                }
            }
        }
        return high > 0 && inRuns > high / 2;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
