package fr.conventio.application.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a member of staff's calendar feed (issue 11): 32 random bytes from {@link SecureRandom}, written in
 * base64url without padding (43 characters), shown once; only its SHA-256 digest is stored. A plain digest is enough
 * for a secret of 256 random bits (nothing to guess, no dictionary to try): the stored digest cannot give the token back.
 */
public final class CalendarTokens {

    /** Random bytes of a token. */
    public static final int BYTES = 32;
    /** Characters of a token (base64url of {@link #BYTES} bytes, no padding). */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CalendarTokens() {
    }

    /** A new secret token. */
    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code candidate} has the shape of a token (length and alphabet), before anything is looked up. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() == LENGTH && candidate.chars().allMatch(CalendarTokens::isBase64Url);
    }

    /** The digest stored for {@code token}: SHA-256 of its characters, in lower-case hexadecimal (64 characters). */
    public static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 absent de la plateforme Java", impossible);
        }
    }

    private static boolean isBase64Url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
