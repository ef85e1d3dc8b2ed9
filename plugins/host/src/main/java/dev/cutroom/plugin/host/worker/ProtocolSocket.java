package dev.cutroom.plugin.host.worker;

import dev.cutroom.plugin.host.limits.BoundedLineReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One end of the worker protocol's connection: whole lines out (from any thread), bounded lines in (from one
 * reader thread). Reads and writes go straight to the channel, which allows one reader and one writer at once.
 */
final class ProtocolSocket implements AutoCloseable {
    /** The longest protocol line either side accepts; a result or a start message is far smaller. */
    static final int MAX_LINE_BYTES = 16 << 20;

    private final SocketChannel channel;
    private final BoundedLineReader lines;

    ProtocolSocket(SocketChannel channel) {
        this.channel = channel;
        this.lines = new BoundedLineReader(new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        }, MAX_LINE_BYTES);
    }

    /** Sends {@code line} and a newline, whole, even when several threads send at once. */
    synchronized void send(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) channel.write(bytes);
    }

    /** The next line, or null when the other side closed the connection. */
    BoundedLineReader.Line next() throws IOException {
        return lines.next();
    }

    /** The next line with a tighter limit (a hello). */
    BoundedLineReader.Line next(int limit) throws IOException {
        return lines.next(limit);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
