package dev.cutroom.plugin.host.media;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.decode.VideoReader;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.VideoFrameReader;
import java.io.IOException;

/**
 * Frames of a clip's source range through the engine's frame-accurate {@link VideoReader}: frame k is
 * the picture covering {@code sourceStart + k / fps}. Copies each picture into one reused byte array.
 */
final class EngineVideoFrameReader implements VideoFrameReader {
    private final VideoReader reader;
    private final ExactTime start;
    private final Fps rate;
    private final long count;
    private final byte[] rgb;
    private long next;

    EngineVideoFrameReader(VideoReader reader, ClipRef clip) {
        this.reader = reader;
        this.start = clip.sourceRange().start();
        this.rate = clip.frameRate() != null ? clip.frameRate() : Times.fps(reader.frameRate());
        this.count = Times.framesIn(clip.sourceRange().duration(), rate);
        this.rgb = new byte[reader.width() * reader.height() * 3];
    }

    @Override public int width() { return reader.width(); }

    @Override public int height() { return reader.height(); }

    @Override public Fps frameRate() { return rate; }

    @Override public long frameCount() { return count; }

    @Override
    public RgbFrame next() throws IOException {
        if (next >= count) return null;
        ExactTime time = start.plus(rate.timeOf(next));
        VideoFrame frame;
        try {
            frame = reader.frameAt(Times.rational(time));
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
        frame.data().get(0, rgb, 0, rgb.length);
        return new RgbFrame(next++, time, reader.width(), reader.height(), rgb);
    }

    @Override
    public void close() {
        reader.close();
    }
}
