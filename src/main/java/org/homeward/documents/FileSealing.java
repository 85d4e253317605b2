package org.homeward.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Files are encrypted by the application before any store sees them (envelope encryption,
 * AES-256-GCM): each file has a data key of its own, and that key is kept beside the file,
 * encrypted with the deployment's key ({@code HOMEWARD_FILES_KEY}, never in the database). A
 * stolen database or bucket holds nothing readable; destroying the deployment's key makes every
 * file unreadable at once.
 *
 * <p>A sealed file is {@code [version][wrapped data key][nonce][ciphertext and tag]}; the file's
 * id is bound into both as associated data, so a sealed file copied onto another document's row
 * does not open.
 */
@ApplicationScoped
class FileSealing {

    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG = TAG_BITS / 8;
    private static final int KEY = 32;
    private static final int WRAPPED = NONCE + KEY + TAG;
    private static final int SHORTEST_SECRET = 32;

    private final SecretKey deploymentKey;
    private final SecureRandom random = new SecureRandom();

    FileSealing(DocumentSettings settings) {
        String secret = settings.key();
        if (secret == null || secret.length() < SHORTEST_SECRET) {
            throw new IllegalStateException("HOMEWARD_FILES_KEY must be at least " + SHORTEST_SECRET + " characters");
        }
        this.deploymentKey = new SecretKeySpec(sha256(secret.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    /** How long a sealed file is, for a file of {@code plain} bytes (stores are told before they read it). */
    static long sealedLength(long plain) {
        return 1 + WRAPPED + NONCE + plain + TAG;
    }

    /**
     * The file encrypted under a new data key of its own, that key encrypted under the
     * deployment's, as a stream: encrypted as the store reads it, so a 20 MB scan is never held
     * in memory to be sealed.
     */
    InputStream sealing(String fileId, InputStream plain) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY * 8, random);
            SecretKey dataKey = generator.generateKey();
            byte[] associated = fileId.getBytes(StandardCharsets.UTF_8);
            byte[] header = new byte[1 + WRAPPED + NONCE];
            header[0] = VERSION;
            encrypt(deploymentKey, dataKey.getEncoded(), associated, header, 1);
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            System.arraycopy(nonce, 0, header, 1 + WRAPPED, NONCE);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            return new SequenceInputStream(new ByteArrayInputStream(header), new CipherInputStream(plain, cipher));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", impossible);
        }
    }

    /** The file as it was sealed; refuses a file altered, sealed for another id, or under another key. */
    byte[] open(String fileId, byte[] sealed) {
        if (sealed.length < 1 + WRAPPED + NONCE + TAG || sealed[0] != VERSION) {
            throw new IllegalStateException("not a sealed file of this version");
        }
        try {
            byte[] associated = fileId.getBytes(StandardCharsets.UTF_8);
            byte[] dataKey = decrypt(deploymentKey, sealed, 1, WRAPPED, associated);
            return decrypt(new SecretKeySpec(dataKey, "AES"), sealed, 1 + WRAPPED, sealed.length - 1 - WRAPPED,
                    associated);
        } catch (GeneralSecurityException altered) {
            throw new IllegalStateException("the file " + fileId + " does not open: altered, or sealed under another key",
                    altered);
        }
    }

    /** Writes nonce, ciphertext and tag into {@code out} from {@code at}. */
    private void encrypt(SecretKey key, byte[] plain, byte[] associated, byte[] out, int at)
            throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associated);
        System.arraycopy(nonce, 0, out, at, NONCE);
        cipher.doFinal(plain, 0, plain.length, out, at + NONCE);
    }

    private static byte[] decrypt(SecretKey key, byte[] sealed, int offset, int length, byte[] associated)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, offset, NONCE));
        cipher.updateAAD(associated);
        return cipher.doFinal(sealed, offset + NONCE, length - NONCE);
    }

    private static byte[] sha256(byte[] secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
