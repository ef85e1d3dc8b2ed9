package dev.cutroom.plugin.host.media;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.plugin.api.MediaFileWriter;
import dev.cutroom.plugin.api.OutputFormat;
import dev.cutroom.timeline.model.Rational;
import java.io.IOException;
import java.nio.ByteBuffer;

/** Writes plugin output through the engine's {@link MediaWriter}; RGB is staged in one direct buffer. */
final class EngineMediaFileWriter implements MediaFileWriter {
    private final MediaWriter writer;
    private final OutputFormat format;
    private final ByteBuffer staging;

    EngineMediaFileWriter(MediaWriter writer, OutputFormat format) {
        this.writer = writer;
        this.format = format;
        this.staging = format.hasVideo() ? ByteBuffer.allocateDirect(format.width() * format.height() * 3) : null;
    }

    @Override
    public void writeFrame(byte[] rgb) throws IOException {
        if (staging == null) throw new IllegalStateException("this output has no video");
        if (rgb.length < staging.capacity()) throw new IllegalArgumentException("frame has " + rgb.length + " bytes, expected " + staging.capacity());
        staging.put(0, rgb, 0, staging.capacity());
        try {
            writer.writeVideo(new VideoFrame(format.width(), format.height(), PixelFormat.RGB24, staging, Rational.ZERO));
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void writeAudio(float[] interleaved, int frames) throws IOException {
        try {
            writer.writeAudio(interleaved, 0, frames);
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            writer.finish();
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
