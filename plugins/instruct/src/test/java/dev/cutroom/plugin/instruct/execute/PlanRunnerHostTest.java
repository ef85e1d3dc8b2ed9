package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.plan.Step;
import dev.cutroom.plugin.testkit.PluginRun;
import dev.cutroom.plugin.testkit.PluginTestKit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans that produce new takes, run through the real host (which checks and probes the takes). 320x180, 30 frames. */
class PlanRunnerHostTest {
    static final int W = 320, H = 180, N = 30;
    @TempDir
    static Path dir;
    static Path square;

    @BeforeAll
    static void media() throws Exception {
        square = Scenes.movingSquare(dir.resolve("square.mp4"), W, H, N);
    }

    private static PluginRun run(Plan plan, Path media) {
        try (PluginTestKit kit = PluginTestKit.create(dir)) {
            ClipRef clip = kit.clip("clip-1", media);
            return kit.run(PlanRunnerTestPlugin.ID, kit.job(clip, "plan", PlanJson.write(plan)));
        }
    }

    private static Path take(PluginRun run) {
        List<Output.NewTake> takes = run.outputs(Output.NewTake.class);
        assertThat(takes).hasSize(1);
        return takes.getFirst().file();
    }

    @Test
    void blackAndWhiteWithAFadeOutAndQuieterSoundIsOneTakeOfTheSameLength() throws Exception {
        Plan plan = new Plan("", List.of(Step.of(OpKind.BLACK_AND_WHITE), Step.of(OpKind.FADE_OUT, "duration", 0.4),
                Step.of(OpKind.VOLUME, "gainDb", -12.0), Step.of(OpKind.AUDIO_FADE_IN, "duration", 0.4)));
        Path take = take(run(plan, square));
        List<RgbImage> frames = Decoded.frames(take);
        assertThat(frames).hasSize(N);
        assertThat(Decoded.maxChroma(frames.get(5))).as("grey").isLessThan(12);
        assertThat(Decoded.mean(frames.get(N - 1), 0, 0, 0, W, H)).as("faded to black").isLessThan(8);
        assertThat(Decoded.mean(frames.get(N - 12), 0, 0, 0, W, H)).isGreaterThan(60);

        float[] in = Decoded.samples(square);
        float[] out = Decoded.samples(take);
        double gain = Decoded.rms(out, 30_000, 45_000) / Decoded.rms(in, 30_000, 45_000);
        System.out.printf("volume -12 dB: measured %.2f dB; fade-in start rms %.4f%n", 20 * Math.log10(gain), Decoded.rms(out, 0, 2_000));
        assertThat(20 * Math.log10(gain)).isBetween(-13.0, -11.0);
        assertThat(Decoded.rms(out, 0, 2_000)).as("fading in from silence").isLessThan(0.03);
    }

    @Test
    void muteKeepsTheLengthWithSilence() throws Exception {
        Path take = take(run(new Plan("", List.of(Step.of(OpKind.MUTE))), square));
        float[] out = Decoded.samples(take);
        assertThat(out.length).isGreaterThan(48_000 * N / 25 - 2_000);
        assertThat(Decoded.rms(out, 0, out.length)).isLessThan(1e-4);
    }

    @Test
    void reframeToVerticalWithATitleAtTheTop() throws Exception {
        Plan plan = new Plan("", List.of(Step.of(OpKind.REFRAME, "aspect", "9:16", "followSubject", false),
                Step.of(OpKind.TITLE, "text", "Day one", "position", "top", "size", 0.1, "duration", 0.4)));
        List<RgbImage> frames = Decoded.frames(take(run(plan, square)));
        RgbImage first = frames.getFirst();
        assertThat(first.width()).isEqualTo(100);
        assertThat(first.height()).isEqualTo(180);
        // white text over the blue-ish top of the picture while shown (0.4 s = 10 frames), gone after
        double titled = Decoded.mean(first, 2, 0, 5, 100, 30);
        double later = Decoded.mean(frames.get(20), 2, 0, 5, 100, 30);
        int whitePixels = 0;
        for (int y = 5; y < 30; y++) for (int x = 0; x < 100; x++) if (first.at(x, y, 0) > 200 && first.at(x, y, 1) > 200) whitePixels++;
        System.out.printf("title: %d white pixels; top band blue %.1f with title, %.1f without%n", whitePixels, titled, later);
        assertThat(whitePixels).isGreaterThan(40);
        int laterWhite = 0;
        for (int y = 5; y < 30; y++) for (int x = 0; x < 100; x++) if (frames.get(20).at(x, y, 0) > 200 && frames.get(20).at(x, y, 1) > 200) laterWhite++;
        assertThat(laterWhite).isZero();
    }

    @Test
    void reversePlaysTheFramesBackwards() throws Exception {
        List<RgbImage> frames = Decoded.frames(take(run(new Plan("", List.of(Step.of(OpKind.REVERSE))), square)));
        assertThat(frames).hasSize(N);
        for (int k : new int[] {0, 7, 29}) {
            int src = N - 1 - k;
            int expectedX = Scenes.squareX(src, N, W, H) + H / 6;
            assertThat(Decoded.mean(frames.get(k), 0, expectedX - 3, H / 2 - 3, expectedX + 3, H / 2 + 3)).as("square of source frame " + src).isGreaterThan(200);
        }
    }

    @Test
    void freezeHoldsOneFrame() throws Exception {
        List<RgbImage> frames = Decoded.frames(take(run(new Plan("", List.of(Step.of(OpKind.FREEZE_FRAME, "at", 0.2, "duration", 0.4))), square)));
        assertThat(frames).hasSize(N);
        int x = Scenes.squareX(5, N, W, H) + H / 6;
        for (int k = 5; k < 15; k++) assertThat(Decoded.mean(frames.get(k), 0, x - 3, H / 2 - 3, x + 3, H / 2 + 3)).as("frame " + k).isGreaterThan(200);
        int after = Scenes.squareX(20, N, W, H) + H / 6;
        assertThat(Decoded.mean(frames.get(20), 0, after - 3, H / 2 - 3, after + 3, H / 2 + 3)).isGreaterThan(200);
    }
}
