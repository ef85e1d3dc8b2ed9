package dev.cutroom.plugin.host.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of media files for provenance, cached by path, size and modification time so that a file is read
 * once however many jobs use it (a changed file is hashed again). Thread-safe.
 */
public final class MediaHashes {
    private record Key(Path path, long size, long modifiedMillis) {}

    private static final MediaHashes SHARED = new MediaHashes();
    private final Map<Key, String> cache = new ConcurrentHashMap<>();

    /** One cache for the whole process. */
    public static MediaHashes shared() {
        return SHARED;
    }

    /** Lower-case hex SHA-256 of the file's bytes. @throws UncheckedIOException when it cannot be read */
    public String sha256(Path file) {
        Path p = file.toAbsolutePath().normalize();
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            Key key = new Key(p, a.size(), a.lastModifiedTime().toMillis());
            String cached = cache.get(key);
            if (cached != null) return cached;
            String hash = hash(p);
            cache.put(key, hash);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + p + ": " + e.getMessage(), e);
        }
    }

    /** How many files are cached (for tests). */
    int size() {
        return cache.size();
    }

    static String hash(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
