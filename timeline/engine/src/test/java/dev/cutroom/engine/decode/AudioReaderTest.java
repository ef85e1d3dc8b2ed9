package dev.cutroom.engine.decode;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.TestMedia;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.TimeRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AudioReaderTest {
    static final double HZ = 441;
    @TempDir static Path dir;
    static Path tone;

    @BeforeAll
    static void makeMedia() {
        tone = TestMedia.tone(dir.resolve("tone.m4a"), 48000, 1, Rational.of(2), HZ, 0.5);
    }

    @Test
    void resamplesAndUpmixesToTheRequestedFormat() {
        try (AudioReader reader = AudioReader.open(tone, 44100, 2)) {
            float[] second = reader.read(TimeRange.of(Rational.of(1, 2), Rational.ONE));
            assertThat(second).hasSize(44100 * 2);
            int crossings = 0;
            for (int i = 2; i < second.length; i += 2) {
                assertThat(second[i]).isEqualTo(second[i + 1]); // mono duplicated into both channels
                if ((second[i - 2] < 0) != (second[i] < 0)) crossings++;
            }
            assertThat(crossings).isBetween((int) (2 * HZ) - 2, (int) (2 * HZ) + 2);
            // swresample spreads mono over two speakers at equal power: -3 dB each
            assertThat((double) peak(second)).isCloseTo(0.5 / Math.sqrt(2), org.assertj.core.data.Offset.offset(0.03));
        }
    }

    @Test
    void seeksAreSampleExact() {
        try (AudioReader reader = AudioReader.open(tone, 48000, 1)) {
            for (Rational start : new Rational[] {Rational.of(13, 10), Rational.of(1001, 30000), Rational.of(7, 48000), Rational.of(1, 3)}) {
                float[] samples = reader.read(TimeRange.of(start, Rational.of(1, 50)));
                long first = start.times(Rational.of(48000)).round();
                assertThat(bestLag(samples, first)).as("lag after seeking to %s s", start).isZero();
                for (int i = 0; i < samples.length; i++) {
                    double expected = 0.5 * Math.sin(2 * Math.PI * HZ * (first + i) / 48000);
                    assertThat((double) samples[i]).as("sample %d after %s s", i, start).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.05));
                }
            }
        }
    }

    @Test
    void beforeTheStartAndAfterTheEndIsSilence() {
        try (AudioReader reader = AudioReader.open(tone, 48000, 1)) {
            float[] around = reader.read(TimeRange.of(Rational.of(-1, 10), Rational.of(2, 10)));
            assertThat(peak(java.util.Arrays.copyOfRange(around, 0, 4800))).isZero();
            assertThat(peak(java.util.Arrays.copyOfRange(around, 4800 + 10, 9600))).isGreaterThan(0.4f);

            float[] after = reader.read(TimeRange.of(Rational.of(19, 10), Rational.of(2, 10)));
            assertThat(peak(java.util.Arrays.copyOfRange(after, 0, 4700))).isGreaterThan(0.4f);
            assertThat(peak(java.util.Arrays.copyOfRange(after, 4800 + 1100, 9600))).isZero();
        }
    }

    @Test
    void sequentialReadsContinueWithoutGaps() {
        try (AudioReader reader = AudioReader.open(tone, 48000, 1)) {
            reader.seek(Rational.ZERO);
            float[] block = new float[1601];
            long start = 0;
            for (int b = 0; b < 20; b++) {
                reader.read(block, 0, block.length);
                for (int i = 0; i < block.length; i += 97) {
                    double expected = 0.5 * Math.sin(2 * Math.PI * HZ * (start + i) / 48000);
                    assertThat((double) block[i]).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.05));
                }
                start += block.length;
                assertThat(reader.position()).isEqualTo(start);
            }
        }
    }

    @Test
    void videoWithoutAudioIsAMediaException() {
        Path silent = TestMedia.indexedVideo(dir.resolve("silent.mp4"), 64, 36, FrameRate.FPS_25, 5, 0);
        assertThatThrownBy(() -> AudioReader.open(silent, 48000, 2)).isInstanceOf(MediaException.class).hasMessageContaining("no audio");
    }

    /** The shift (in samples) that best lines the signal up with the expected sine. */
    static int bestLag(float[] samples, long first) {
        int best = 0;
        double bestError = Double.MAX_VALUE;
        for (int lag = -40; lag <= 40; lag++) {
            double error = 0;
            for (int i = 0; i < samples.length; i++) error += Math.abs(samples[i] - 0.5 * Math.sin(2 * Math.PI * HZ * (first + i + lag) / 48000));
            if (error < bestError) { bestError = error; best = lag; }
        }
        return best;
    }

    static float peak(float[] samples) {
        float max = 0;
        for (float v : samples) max = Math.max(max, Math.abs(v));
        return max;
    }
}
