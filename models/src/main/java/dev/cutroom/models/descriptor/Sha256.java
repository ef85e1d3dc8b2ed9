package dev.cutroom.models.descriptor;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers for checking model files against their descriptors. */
public final class Sha256 {

    private Sha256() {
    }

    /** @return the lower-case hex SHA-256 of {@code bytes} */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** @throws IllegalStateException when the hash differs: a corrupted or substituted file */
    public static void verify(byte[] bytes, String expectedHex, String what) {
        String actual = hex(bytes);
        if (!actual.equalsIgnoreCase(expectedHex)) {
            throw new IllegalStateException(what + ": SHA-256 " + actual + " does not match the descriptor's " + expectedHex);
        }
    }
}
