package dev.cutroom.engine.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Cache keys that change when the file changes: absolute path, size and modification time, plus what
 * was asked of it. A replaced or re-rendered file therefore never serves a stale picture.
 */
final class CacheKeys {
    private CacheKeys() {}

    static String of(Path media, String request) {
        try {
            Path absolute = media.toAbsolutePath().normalize();
            String identity = absolute + "|" + Files.size(absolute) + "|" + Files.getLastModifiedTime(absolute).toMillis() + "|" + request;
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + media, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Writes through a temporary file and a rename, so readers never see half a cache entry. */
    static void writeAtomically(Path file, IoWriter writer) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            writer.write(temp);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    interface IoWriter { void write(Path file) throws IOException; }
}
