package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.PlanJson;
import dev.cutroom.plugin.instruct.plan.Step;
import dev.cutroom.plugin.testkit.PluginTestKit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans on clips that already play at another speed: plan times are seconds of the clip as it plays on the
 * timeline, so at double speed one plan second is two source seconds, and a SPEED step multiplies the clip's speed.
 * 160x96, 30 frames (1.2 s of source).
 */
class ClipSpeedTest {
    static final int W = 160, H = 96, N = 30;
    @TempDir
    static Path dir;
    static Path square;

    @BeforeAll
    static void media() throws Exception {
        square = Scenes.movingSquare(dir.resolve("square.mp4"), W, H, N);
    }

    static ClipRef atSpeed(ClipRef c, double speed) {
        return new ClipRef(c.clipId(), c.trackId(), c.mediaFile(), c.sourceRange(), c.timelineStart(), c.frameRate(),
                c.width(), c.height(), c.sampleRate(), c.channels(), speed);
    }

    private static JobResult runDirect(Plan plan, ClipRef clip) throws Exception {
        return new PlanRunner().run(plan, Job.onClips(ParameterValues.EMPTY, clip), new DirectContext(dir));
    }

    private static List<RgbImage> takeFrames(Plan plan, double speed) throws Exception {
        try (PluginTestKit kit = PluginTestKit.create(dir)) {
            ClipRef clip = atSpeed(kit.clip("clip-1", square), speed);
            var run = kit.run(PlanRunnerTestPlugin.ID, kit.job(clip, "plan", PlanJson.write(plan)));
            return Decoded.frames(run.outputs(Output.NewTake.class).getFirst().file());
        }
    }

    @Test
    void keptRangesAreTimelineSecondsAtTheClipsSpeed() throws Exception {
        ClipRef whole = Decoded.whole(square);
        Plan keep = new Plan("", List.of(Step.of(OpKind.KEEP_RANGE, "from", 0.2, "to", 0.4)));
        // at double speed, 0.2..0.4 s on the timeline is 0.4..0.8 s of source
        JobResult fast = runDirect(keep, atSpeed(whole, 2));
        assertThat(fast.outputs(Output.Retime.class)).as("the plan changes no speed").isEmpty();
        var trim = fast.outputs(Output.Trim.class).getFirst().sourceRange();
        assertThat(trim.start()).isEqualTo(ExactTime.of(2, 5));
        assertThat(trim.end()).isEqualTo(ExactTime.of(4, 5));
        // at half speed, 0.4..0.8 s on the timeline is 0.2..0.4 s of source
        Plan keepLater = new Plan("", List.of(Step.of(OpKind.KEEP_RANGE, "from", 0.4, "to", 0.8)));
        var slow = runDirect(keepLater, atSpeed(whole, 0.5)).outputs(Output.Trim.class).getFirst().sourceRange();
        assertThat(slow.start()).isEqualTo(ExactTime.of(1, 5));
        assertThat(slow.end()).isEqualTo(ExactTime.of(2, 5));
    }

    @Test
    void aSpeedStepMultipliesTheClipsSpeed() throws Exception {
        ClipRef whole = Decoded.whole(square);
        Plan twice = new Plan("", List.of(Step.of(OpKind.SPEED, "factor", 2.0)));
        assertThat(runDirect(twice, atSpeed(whole, 2)).outputs(Output.Retime.class)).containsExactly(new Output.Retime(whole.clipId(), 4.0));
        assertThat(runDirect(twice, atSpeed(whole, 0.5)).outputs(Output.Retime.class)).containsExactly(new Output.Retime(whole.clipId(), 1.0));
        // smooth half speed of a double-speed clip plays its own frames at their rate: no interpolated take
        JobResult normal = runDirect(new Plan("", List.of(Step.of(OpKind.SPEED, "factor", 0.5, "smooth", true))), atSpeed(whole, 2));
        assertThat(normal.outputs(Output.Retime.class)).containsExactly(new Output.Retime(whole.clipId(), 1.0));
        assertThat(normal.outputs(Output.NewTake.class)).isEmpty();
    }

    @Test
    void aFreezeOnAHalfSpeedClipHoldsHalfAsManySourceFrames() throws Exception {
        // at 0.5x, "freeze at 0.4 s for 0.4 s" is source 0.2 s for 0.2 s: frames 5..9 hold frame 5 (at 1x: 10..19 hold 10)
        List<RgbImage> frames = takeFrames(new Plan("", List.of(Step.of(OpKind.FREEZE_FRAME, "at", 0.4, "duration", 0.4))), 0.5);
        assertThat(frames).hasSize(N);
        for (int k : new int[] {5, 9}) assertThat(squareAt(frames.get(k), 5)).as("frame " + k + " holds source frame 5").isTrue();
        assertThat(squareAt(frames.get(12), 12)).as("frame 12 plays on").isTrue();
    }

    @Test
    void fadesAndTitlesOnADoubleSpeedClipLastTimelineSeconds() throws Exception {
        // at 2x, a 0.4 s fade is 20 source frames and a 0.2 s title 10 frames (at 1x: 10 and 5)
        Plan plan = new Plan("", List.of(Step.of(OpKind.FADE_OUT, "duration", 0.4),
                Step.of(OpKind.TITLE, "text", "Go", "position", "bottom", "size", 0.25, "duration", 0.2)));
        List<RgbImage> frames = takeFrames(plan, 2);
        double before = Decoded.mean(frames.get(5), 2, 0, 0, W, H / 4);
        double during = Decoded.mean(frames.get(15), 2, 0, 0, W, H / 4);
        System.out.printf("fade at 2x: top band blue %.0f at frame 5, %.0f at frame 15%n", before, during);
        assertThat(during).as("frame 15 is already fading").isLessThan(before * 0.85);
        assertThat(whitePixels(frames.get(8))).as("title still shown at frame 8").isGreaterThan(20);
        assertThat(whitePixels(frames.get(11))).as("title gone at frame 11").isZero();
    }

    private static boolean squareAt(RgbImage f, int sourceFrame) {
        int x = Scenes.squareX(sourceFrame, N, W, H) + H / 6;
        return Decoded.mean(f, 0, x - 2, H / 2 - 2, x + 2, H / 2 + 2) > 200;
    }

    /** White pixels in the bottom band where a bottom title sits. */
    static int whitePixels(RgbImage f) {
        int n = 0;
        for (int y = f.height() / 2; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) if (f.at(x, y, 0) > 200 && f.at(x, y, 1) > 200 && f.at(x, y, 2) > 200) n++;
        }
        return n;
    }
}
