package com.example.orders.core.adapter.dynamodb;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a listing's position into an opaque {@code nextToken} and opens it again.
 *
 * <p>AES-256-GCM: the token is encrypted, so clients cannot read table keys out of it, and
 * authenticated, so a forged or altered token fails to open. The listing it belongs to (the
 * status) is bound as associated data, so a PENDING cursor cannot page through COMPLETED.
 */
public final class PageCursor {

    private static final byte FORMAT_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    public static final int MIN_SECRET_LENGTH = 32;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public PageCursor(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The cursor key must be 32 bytes (AES-256), got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * A cursor keyed by a secret string, as deployments configure it: the AES key is the secret's
     * SHA-256. A string rather than raw key bytes because that is what a generated secret is
     * (Secrets Manager in the functions stack); at least 32 characters, so the secret carries
     * enough entropy for the 256-bit key it becomes.
     */
    public static PageCursor fromSecret(String secret) {
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "The cursor secret must be at least " + MIN_SECRET_LENGTH + " characters, got " + secret.length());
        }
        try {
            return new PageCursor(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** A cursor with a fresh random key: tokens stay valid for this process only. */
    public static PageCursor withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new PageCursor(key);
    }

    public String seal(Position position, String listing) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] plain = (position.orderId() + "\n" + position.createdAt()).getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, listing);
            byte[] sealed = cipher.doFinal(plain);
            byte[] token = new byte[1 + IV_BYTES + sealed.length];
            token[0] = FORMAT_VERSION;
            System.arraycopy(iv, 0, token, 1, IV_BYTES);
            System.arraycopy(sealed, 0, token, 1 + IV_BYTES, sealed.length);
            return ENCODER.encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public Position open(String token, String listing) {
        byte[] raw;
        try {
            raw = DECODER.decode(token);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidCursorException("nextToken is not a token this API issued");
        }
        if (raw.length < 1 + IV_BYTES + TAG_BITS / 8 || raw[0] != FORMAT_VERSION) {
            throw new InvalidCursorException("nextToken is not a token this API issued");
        }
        byte[] iv = Arrays.copyOfRange(raw, 1, 1 + IV_BYTES);
        try {
            byte[] plain = cipher(Cipher.DECRYPT_MODE, iv, listing).doFinal(raw, 1 + IV_BYTES, raw.length - 1 - IV_BYTES);
            String[] parts = new String(plain, StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length != 2) {
                throw new InvalidCursorException("nextToken is not a token this API issued");
            }
            return new Position(parts[0], parts[1]);
        } catch (AEADBadTagException tampered) {
            throw new InvalidCursorException("nextToken was altered or belongs to another listing");
        } catch (GeneralSecurityException e) {
            throw new InvalidCursorException("nextToken is not a token this API issued");
        }
    }

    private Cipher cipher(int mode, byte[] iv, String listing) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(listing.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** Where a listing stopped: the last order of the page, by its table key. */
    public record Position(String orderId, String createdAt) {
    }
}
