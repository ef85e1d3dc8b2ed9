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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reframing to 9:16 that follows the person, through the host with the real selfie model: a drawn figure walks
 * from 30% to 70% of a 320x180 frame in 2 s; the 100x180 window must keep its face near the middle and move by a
 * bounded step per frame. Without a person, the window stays centred and the result says so.
 */
class FollowSubjectHostTest {
    static final int W = 320, H = 180, N = 50, WINDOW = 100;
    static final Plan VERTICAL = new Plan("", List.of(Step.of(OpKind.REFRAME, "aspect", "9:16", "followSubject", true)));
    @TempDir
    Path dir;

    private PluginRun reframe(Path media) {
        try (PluginTestKit kit = PluginTestKit.create(dir)) {
            ClipRef clip = kit.clip("clip-1", media);
            return kit.run(PlanRunnerTestPlugin.ID, kit.job(clip, "plan", PlanJson.write(VERTICAL)));
        }
    }

    @Test
    void theWindowFollowsAWalkingPersonSmoothly() throws Exception {
        Path media = Scenes.personClip(dir.resolve("walk.mp4"), W, H, N, 0.3, 0.7);
        PluginRun run = reframe(media);
        List<RgbImage> frames = Decoded.frames(run.outputs(Output.NewTake.class).getFirst().file());
        assertThat(frames).hasSize(N);
        assertThat(frames.getFirst().width()).isEqualTo(WINDOW);
        double worstOffset = 0, worstStep = 0;
        double previousLeft = Double.NaN;
        for (int k = 0; k < N; k++) {
            double face = faceCentre(frames.get(k));
            double figure = (0.3 + 0.4 * k / (N - 1)) * W;
            double left = figure - face; // where the window's left edge lay in the source
            worstOffset = Math.max(worstOffset, Math.abs(face - WINDOW / 2.0));
            if (!Double.isNaN(previousLeft)) worstStep = Math.max(worstStep, Math.abs(left - previousLeft));
            previousLeft = left;
        }
        System.out.printf("follow: face at most %.1f px from the window's centre, window step at most %.1f px/frame (figure %.1f px/frame)%n",
                worstOffset, worstStep, 0.4 * W / (N - 1));
        assertThat(worstOffset).as("face near the middle of the 100 px window").isLessThan(16);
        // the tracker's speed limit, 0.8 frame widths a second, is 10.2 px a frame here; 2 px for measuring the face
        assertThat(worstStep).as("window moves smoothly").isLessThan(12.5);
        assertThat(run.logged("reframe followed the person")).isTrue();
    }

    @Test
    void withNoPersonTheWindowIsCentredAndTheResultSaysSo() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("square.mp4"), W, H, 10);
        PluginRun run = reframe(media);
        List<RgbImage> out = Decoded.frames(run.outputs(Output.NewTake.class).getFirst().file());
        List<RgbImage> in = Decoded.frames(media);
        int left = (W - WINDOW) / 2;
        for (int k : new int[] {0, 9}) {
            double diff = 0;
            for (int y = 0; y < H; y++) for (int x = 0; x < WINDOW; x++) diff += Math.abs(out.get(k).at(x, y, 1) - in.get(k).at(left + x, y, 1));
            assertThat(diff / (H * WINDOW)).as("frame " + k + " is the centre crop").isLessThan(4);
        }
        assertThat(run.result().summary()).contains("reframe centred: no person found");
    }

    /** Mean x of the face's skin-coloured pixels (the drawn face is 214,160,130). */
    private static double faceCentre(RgbImage f) {
        double sx = 0;
        int n = 0;
        for (int y = 0; y < f.height() / 2; y++) {
            for (int x = 0; x < f.width(); x++) {
                if (Math.abs(f.at(x, y, 0) - 214) < 25 && Math.abs(f.at(x, y, 1) - 160) < 25 && Math.abs(f.at(x, y, 2) - 130) < 25) {
                    sx += x;
                    n++;
                }
            }
        }
        assertThat(n).as("face visible").isGreaterThan(50);
        return sx / n;
    }
}
