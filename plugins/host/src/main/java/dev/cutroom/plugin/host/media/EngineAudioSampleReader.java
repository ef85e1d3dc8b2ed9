package dev.cutroom.plugin.host.media;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.decode.AudioReader;
import dev.cutroom.plugin.api.AudioSampleReader;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.timeline.model.Rational;
import java.io.IOException;

/** Samples of a clip's source range through the engine's sample-exact {@link AudioReader}. */
final class EngineAudioSampleReader implements AudioSampleReader {
    private final AudioReader reader;
    private final long total;
    private long done;

    EngineAudioSampleReader(AudioReader reader, ClipRef clip) throws IOException {
        this.reader = reader;
        this.total = Times.rational(clip.sourceRange().duration()).times(Rational.of(reader.sampleRate())).round();
        try {
            reader.seek(Times.rational(clip.sourceRange().start()));
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override public int sampleRate() { return reader.sampleRate(); }

    @Override public int channels() { return reader.channels(); }

    @Override public long totalFrames() { return total; }

    @Override
    public int read(float[] target, int frames) throws IOException {
        int n = (int) Math.min(frames, total - done);
        if (n <= 0) return 0;
        try {
            reader.read(target, 0, n);
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
        done += n;
        return n;
    }

    @Override
    public void close() {
        reader.close();
    }
}
