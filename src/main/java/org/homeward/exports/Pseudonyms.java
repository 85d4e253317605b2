package org.homeward.exports;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A stable pseudonym per person for pseudonymized exports: an HMAC of the person's id under a key
 * only the server holds. The same person has the same pseudonym in every export (files can be
 * joined), and without the key no one can go from a pseudonym — or to one from an id.
 */
@ApplicationScoped
public class Pseudonyms {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecretKeySpec key;

    Pseudonyms(@ConfigProperty(name = "homeward.exports.pseudonym-key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** "P-" and 16 characters of base 32 (80 bits of the HMAC). */
    public String of(UUID person) {
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
