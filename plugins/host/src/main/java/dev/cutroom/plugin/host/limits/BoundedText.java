package dev.cutroom.plugin.host.limits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads plugin-provided text (a descriptor, a services file) with a size limit, so a hostile or broken jar
 * (a 2 GB line in its services file) fails with a message instead of running the host out of memory.
 */
public final class BoundedText {
    private BoundedText() {}

    /** Thrown when a text is longer than its limit; the message names the text and the limit. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * All of {@code in} as UTF-8.
     *
     * @param what names the text in the error ("META-INF/cutroom/plugin.json")
     * @throws TooLargeException when it holds more than {@code maxBytes}
     */
    public static String read(InputStream in, int maxBytes, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 8192));
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            if (out.size() + n > maxBytes) throw new TooLargeException(what + " is larger than " + describe(maxBytes) + "; not read");
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code 65536} as "64 KiB", for messages. */
    public static String describe(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) return (bytes >> 10) + " KiB";
        return bytes + " bytes";
    }
}
