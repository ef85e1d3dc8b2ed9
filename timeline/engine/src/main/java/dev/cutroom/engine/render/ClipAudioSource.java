package dev.cutroom.engine.render;

import dev.cutroom.engine.decode.AudioReader;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;

import java.nio.file.Path;

/**
 * The sound of one clip's active take at the timeline's sample rate, read sequentially while the
 * timeline plays through it.
 *
 * <p>Speed is applied by resampling: the decoder delivers {@code sampleRate / speed} samples per source
 * second, which are then played at {@code sampleRate}. Like tape, this changes pitch with speed (an octave
 * up at 2x); a rate that is not a whole number is rounded to the nearest Hz.
 */
final class ClipAudioSource implements AutoCloseable {
    private final Clip clip;
    private final Take take;
    private final Path file;
    private final FrameRate timelineRate;
    private final int sampleRate;
    private final int channels;
    private final int decodeRate;
    private AudioReader reader;
    /** Timeline sample the reader will deliver next, or -1 when it must seek first. */
    private long nextSample = -1;

    ClipAudioSource(Clip clip, Path file, FrameRate timelineRate, int sampleRate, int channels) {
        this.clip = clip;
        this.take = clip.activeTake();
        this.file = file;
        this.timelineRate = timelineRate;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.decodeRate = (int) Math.max(1, Rational.of(sampleRate).dividedBy(clip.speed()).round());
    }

    Clip clip() { return clip; }

    /**
     * Adds this clip's samples for timeline samples {@code [firstSample, firstSample + frames)}, times the
     * clip volume, into {@code mix}. {@code scratch} must hold {@code frames * channels} floats.
     */
    void mixInto(float[] mix, long firstSample, int frames, float[] scratch) {
        read(firstSample, frames, scratch);
        float gain = (float) clip.volume();
        int count = frames * channels;
        for (int i = 0; i < count; i++) mix[i] += scratch[i] * gain;
    }

    /**
     * As {@link #mixInto(float[], long, int, float[])} with a fade: sample frame {@code i} is also multiplied
     * by {@code fade[i]}. Samples before the clip's in point or after its out point come from the media's
     * handles; where the media has none they are silence.
     */
    void mixInto(float[] mix, long firstSample, int frames, float[] scratch, float[] fade) {
        read(firstSample, frames, scratch);
        float gain = (float) clip.volume();
        for (int f = 0, i = 0; f < frames; f++) {
            float g = gain * fade[f];
            for (int c = 0; c < channels; c++, i++) mix[i] += scratch[i] * g;
        }
    }

    private void read(long firstSample, int frames, float[] scratch) {
        if (reader == null) reader = AudioReader.open(file, decodeRate, channels);
        if (firstSample != nextSample) reader.seek(mediaTimeAt(firstSample));
        reader.read(scratch, 0, frames);
        nextSample = firstSample + frames;
    }

    /** Media time heard at a timeline sample: offset into the clip, times speed, from the in point, minus the take offset. */
    private Rational mediaTimeAt(long timelineSample) {
        Rational intoClip = Rational.of(timelineSample, sampleRate).minus(timelineRate.toSeconds(clip.start()));
        return take.toMediaTime(clip.sourceIn().plus(intoClip.times(clip.speed())));
    }

    @Override
    public void close() {
        if (reader != null) reader.close();
        reader = null;
        nextSample = -1;
    }
}
