package dev.cutroom.plugin.host.limits;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into UTF-8 lines, keeping at most {@code maxBytes} of each: a longer line is cut, and
 * the rest of it is read and dropped without being held, so a worker printing a 3 GB line costs the host
 * time but no memory. {@code \n} ends a line; a {@code \r} before it is dropped. Not thread-safe.
 */
public final class BoundedLineReader implements Closeable {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int len;

    /** One line: its kept text and how many bytes it had in all. */
    public record Line(String text, long length, boolean cut) { }

    public BoundedLineReader(InputStream in, int maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream (a last line without {@code \n} is still returned). */
    public Line next() throws IOException {
        return next(maxBytes);
    }

    /** The next line, keeping at most {@code limit} bytes of it (a tighter limit for one line). */
    public Line next(int limit) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(limit, 256));
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buffer);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? line(kept, length, limit) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buffer[pos] != '\n') pos++;
            int n = pos - start;
            int room = (int) Math.max(0, Math.min(n, limit - length));
            kept.write(buffer, start, room);
            length += n;
            if (pos < len) {
                pos++; // the newline
                return line(kept, length, limit);
            }
        }
    }

    private static Line line(ByteArrayOutputStream kept, long length, int limit) {
        byte[] bytes = kept.toByteArray();
        int n = bytes.length;
        if (length <= limit && n > 0 && bytes[n - 1] == '\r') {
            n--;
            length--;
        }
        return new Line(new String(bytes, 0, n, StandardCharsets.UTF_8), length, length > limit);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
