package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;

/**
 * The sound operations of plan contract v2 through the chain {@link AudioFilters} builds, on generated sound (the
 * point is the measured effect, which a generated signal makes exact): loudness normalised to the target, noise
 * reduced with the tone kept, pitch kept for a speed change, and a mute on part of the clip only.
 */
class NewAudioOperationsTest {
    static final int RATE = 48_000;
    static final ClipRef CLIP = new ClipRef("c", "t", Path.of("/x.wav"), new TimeSpan(ExactTime.ZERO, ExactTime.seconds(6)),
            ExactTime.ZERO, new Fps(25, 1), 320, 180, RATE, 1);

    @Test
    void normaliseBringsAQuietToneToTheLoudnessTarget() throws Exception {
        float[] tone = tone(1000, 0.02, 6); // about -37 dBFS
        float[] out = run(chain(Step.of(OpKind.NORMALISE, "loudness", -16.0), 1), tone);
        double level = rmsDb(out, 3 * RATE, out.length); // once loudnorm has settled
        // a 1 kHz tone's loudness is its level within a fraction of a dB (K-weighting is about +0.7 dB there)
        assertThat(level).isBetween(-18.5, -14.0);
    }

    @Test
    void audioDenoiseRemovesHissAndKeepsTheTone() throws Exception {
        float[] clean = tone(220, 0.3, 4);
        float[] noisy = clean.clone();
        Random r = new Random(3);
        for (int i = 0; i < noisy.length; i++) noisy[i] += (float) (r.nextGaussian() * 0.03);
        float[] out = run(chain(Step.of(OpKind.AUDIO_DENOISE, "strength", 1.0), 1), noisy);
        int from = RATE, to = Math.min(out.length, 3 * RATE);
        assertThat(hiss(out, from, to)).as("high-frequency energy after vs before").isLessThan(0.5 * hiss(noisy, from, to));
        assertThat(rmsDb(out, from, to)).as("the tone stays").isGreaterThan(rmsDb(clean, from, to) - 2);
    }

    @Test
    void keepPitchShiftsByTheInverseSpeedWithoutChangingTheLength() throws Exception {
        float[] a = tone(440, 0.3, 4);
        double speed = 2;
        float[] out = run(AudioFilters.keepPitch(speed, RATE), a);
        assertThat((double) out.length).isCloseTo(a.length, org.assertj.core.data.Percentage.withPercentage(3));
        // played back at 2x by the engine (resampled), 220 Hz becomes 440 Hz again
        assertThat(frequency(out, RATE, 3 * RATE)).isCloseTo(440 / speed, org.assertj.core.data.Offset.offset(5.0));
        assertThat(AudioFilters.keepPitch(0.2, RATE)).contains("atempo=0.5,atempo=0.5,atempo=0.8");
    }

    @Test
    void aMuteOnPartOfTheClipSilencesOnlyThatPart() throws Exception {
        float[] a = tone(440, 0.3, 4);
        String graph = chain(Step.of(OpKind.MUTE).during(1, 2), 1);
        float[] out = run(graph, a);
        assertThat(rmsDb(out, (int) (1.1 * RATE), (int) (1.9 * RATE))).isLessThan(-80);
        assertThat(rmsDb(out, (int) (0.2 * RATE), (int) (0.9 * RATE))).isGreaterThan(-20);
        assertThat(rmsDb(out, (int) (2.1 * RATE), (int) (2.9 * RATE))).isGreaterThan(-20);
    }

    private static String chain(Step step, double speed) {
        return AudioFilters.of(new Plan("", List.of(step)), new ClipTiming(CLIP, speed), RATE, 0, 6L * RATE);
    }

    static float[] tone(double hz, double amplitude, double seconds) {
        float[] s = new float[(int) (seconds * RATE)];
        for (int i = 0; i < s.length; i++) s[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        return s;
    }

    static float[] run(String graph, float[] mono) throws Exception {
        FloatBuffer all = FloatBuffer.allocate(mono.length * 2 + RATE);
        try (FFmpegFrameFilter f = new FFmpegFrameFilter(graph, 1)) {
            f.setSampleRate(RATE);
            f.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            f.start();
            int chunk = 4800;
            FloatBuffer staging = ByteBuffer.allocateDirect(chunk * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
            for (int at = 0; at < mono.length; at += chunk) {
                int n = Math.min(chunk, mono.length - at);
                staging.clear();
                staging.put(mono, at, n).flip();
                Frame fr = new Frame();
                fr.sampleRate = RATE;
                fr.audioChannels = 1;
                fr.samples = new Buffer[] {staging};
                fr.timestamp = at * 1_000_000L / RATE;
                f.push(fr);
                pull(f, all);
            }
            f.push(null);
            pull(f, all);
        }
        all.flip();
        float[] out = new float[all.remaining()];
        all.get(out);
        return out;
    }

    private static void pull(FFmpegFrameFilter f, FloatBuffer into) throws Exception {
        for (Frame out = f.pullSamples(); out != null; out = f.pullSamples()) {
            FloatBuffer s = (FloatBuffer) out.samples[0];
            float[] copy = new float[s.remaining()];
            s.get(s.position(), copy, 0, copy.length);
            into.put(copy);
        }
    }

    static double rmsDb(float[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) e += s[i] * s[i];
        return 10 * Math.log10(e / (to - from) + 1e-20);
    }

    /** Energy of the first difference: tiny for a low tone, twice the variance for white noise. */
    private static double hiss(float[] s, int from, int to) {
        double e = 0;
        for (int i = from + 1; i < to; i++) e += (s[i] - s[i - 1]) * (s[i] - s[i - 1]);
        return e / (to - from);
    }

    private static double frequency(float[] s, int from, int to) {
        int crossings = 0;
        for (int i = from + 1; i < to; i++) if (s[i - 1] < 0 && s[i] >= 0) crossings++;
        return crossings * (double) RATE / (to - from);
    }
}
