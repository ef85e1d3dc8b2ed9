package dev.cutroom.plugin.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.soundtrack.analysis.EnergyCurve;
import dev.cutroom.plugin.soundtrack.analysis.PictureAnalysis;
import dev.cutroom.plugin.soundtrack.compose.Composer;
import dev.cutroom.plugin.soundtrack.compose.Composition;
import dev.cutroom.plugin.soundtrack.loudness.LoudnessMeter;
import dev.cutroom.plugin.soundtrack.prompt.PromptParser;
import dev.cutroom.plugin.soundtrack.render.GervillRenderer;
import dev.cutroom.plugin.soundtrack.render.SoundFontChoice;
import dev.cutroom.plugin.soundtrack.render.WavFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline Gervill rendering: exact length, 48 kHz stereo, not silent; with the built-in bank and an installed SF2. */
class GervillRendererTest {
    @TempDir
    Path dir;

    static Composition score(double seconds) {
        PictureAnalysis pic = new PictureAnalysis(seconds, List.of(1.5, 3.0), List.of(), EnergyCurve.constant(0.6), 0.6, 0.4, 0.1, 5);
        return Composer.compose(new Composer.Request(pic, PromptParser.parse("upbeat piano and drums, 120 bpm"), 7, 0));
    }

    @Test
    void theBuiltInBankRendersExactlyTheRequestedLengthAndIsNotSilent() throws Exception {
        Composition c = score(4.3);
        long frames = Math.round(4.3 * 48000);
        long t0 = System.nanoTime();
        float[][] audio = new GervillRenderer(SoundFontChoice.builtin()).render(c.sequence(), c.timeMap(), null, frames, null);
        System.out.printf("builtin: 4.3 s rendered in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        assertThat(audio).hasDimensions(2, (int) frames);
        assertThat(rms(audio[0])).isGreaterThan(0.005);
        assertThat(rms(audio[1])).isGreaterThan(0.005);
        assertThat(LoudnessMeter.integrated(audio, 48000)).isGreaterThan(-40);

        Path wav = dir.resolve("mix.wav");
        WavFile.write(wav, audio, 48000);
        int[] rate = new int[1];
        float[][] back = WavFile.read(wav, rate);
        assertThat(rate[0]).isEqualTo(48000);
        assertThat(back).hasDimensions(2, (int) frames);
    }

    @Test
    void anInstalledSoundFontRendersToo() throws Exception {
        var fonts = SoundFontChoice.installed();
        org.junit.jupiter.api.Assumptions.assumeFalse(fonts.isEmpty(), "no SF2 installed");
        SoundFontChoice font = SoundFontChoice.resolve("auto", w -> {});
        Composition c = score(3.0);
        long t0 = System.nanoTime();
        float[][] audio = new GervillRenderer(font).render(c.sequence(), c.timeMap(), new int[] {1}, 3 * 48000, null);
        System.out.printf("%s: 3 s of piano rendered in %.2f s%n", font.name(), (System.nanoTime() - t0) / 1e9);
        assertThat(audio[0]).hasSize(3 * 48000);
        assertThat(rms(audio[0])).isGreaterThan(0.002);
        assertThat(font.sha256()).hasSize(64);
    }

    static double rms(float[] x) {
        double s = 0;
        for (float v : x) s += v * v;
        return Math.sqrt(s / x.length);
    }
}
