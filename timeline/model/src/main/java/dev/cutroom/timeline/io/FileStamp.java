package dev.cutroom.timeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a project file held when it was loaded: size, modification time and a SHA-256 of its bytes. Before a save
 * over the file, {@link ProjectStore} compares it with the file as it is now, so that a file another program
 * changed in between is never silently overwritten. The content hash decides (a {@code touch} is not a change);
 * size and time are for the message.
 */
public record FileStamp(long size, FileTime modified, String sha256) {

    /** The stamp of bytes just read from a file whose modification time was {@code modified}. */
    public static FileStamp of(byte[] bytes, FileTime modified) {
        return new FileStamp(bytes.length, modified, hex(digest().digest(bytes)));
    }

    /** True when {@code now} holds the same bytes as this stamp. */
    public boolean sameContent(FileStamp now) { return now != null && size == now.size && sha256.equals(now.sha256); }

    /** The stamp of a project file as it is now (reading it), or null when it does not exist. */
    public static FileStamp ofFile(Path file) throws IOException { return read(ProjectStore.realTarget(file), ProjectStore.MAX_FILE_BYTES); }

    /**
     * The stamp of {@code file} as it is now (reading it), or null when it does not exist. A file over
     * {@code limit} bytes gets a stamp with only its size (it cannot be the file that was loaded).
     */
    static FileStamp read(Path file, long limit) throws IOException {
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (size > limit || !Files.isRegularFile(file)) return new FileStamp(size, modified, "");
        MessageDigest md = digest();
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0 && total <= limit; total += n) md.update(buffer, 0, n);
        }
        return new FileStamp(total, modified, hex(md.digest()));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String hex(byte[] b) { return HexFormat.of().formatHex(b); }
}
