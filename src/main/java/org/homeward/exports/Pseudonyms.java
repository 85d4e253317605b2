package org.homeward.exports;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonyms of one pseudonymized export: an HMAC of each person's id under a key drawn for
 * this export alone and never kept. A person has one pseudonym throughout the file, and another in
 * every other file, so two files cannot be joined on it; no one can go from a pseudonym to an id.
 */
final class Pseudonyms {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private Pseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    static Pseudonyms forOneExport() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new Pseudonyms(key);
    }

    /** "P-" and 16 characters of base 32 (80 bits of the HMAC). */
    String of(UUID person) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(person.toString().getBytes(StandardCharsets.US_ASCII));
            StringBuilder text = new StringBuilder("P-");
            long bits = 0;
            int count = 0;
            for (int i = 0; i < 10; i++) {
                bits = bits << 8 | digest[i] & 0xff;
                count += 8;
                while (count >= 5) {
                    text.append(BASE32[(int) (bits >> (count - 5)) & 31]);
                    count -= 5;
                }
            }
            return text.toString().toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
