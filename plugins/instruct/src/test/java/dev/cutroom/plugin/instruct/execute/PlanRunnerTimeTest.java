package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.host.media.Times;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans with speed changes and trims, run with the host's media and models but outside its result check. */
class PlanRunnerTimeTest {
    static final int W = 160, H = 96, N = 20;
    @TempDir
    Path dir;

    @Test
    void blackAndWhiteAndHalfSpeedMakesAnInterpolatedTakeAtTwiceTheRatePlusARetime() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("sq.mp4"), W, H, N);
        var clip = Decoded.whole(media);
        DirectContext ctx = new DirectContext(dir);
        Plan plan = new Plan("", List.of(Step.of(OpKind.BLACK_AND_WHITE), Step.of(OpKind.SPEED, "factor", 0.5)));
        JobResult r = new PlanRunner().run(plan, Job.onClips(ParameterValues.EMPTY, clip), ctx);

        assertThat(r.outputs(Output.Retime.class)).containsExactly(new Output.Retime(clip.clipId(), 0.5));
        Path take = r.outputs(Output.NewTake.class).getFirst().file();
        var info = MediaProbe.probe(take);
        assertThat(info.video().frameRate().toDouble()).isEqualTo(50.0);
        assertThat(Math.abs(Times.exact(info.duration()).toSeconds() - clip.sourceRange().duration().toSeconds())).isLessThan(0.1);
        List<RgbImage> frames = Decoded.frames(take);
        assertThat(frames).hasSize(2 * N);
        // an in-between frame: the square half way between its positions in source frames 6 and 7
        double mid = (Scenes.squareX(6, N, W, H) + Scenes.squareX(7, N, W, H)) / 2.0 + H / 6.0;
        int x = (int) Math.round(mid);
        double centre = Decoded.mean(frames.get(13), 0, x - 2, H / 2 - 2, x + 2, H / 2 + 2);
        System.out.printf("interpolated frame 13: square centre brightness %.0f (background ~%d)%n", centre, 100);
        assertThat(centre).isGreaterThan(150);
        assertThat(Decoded.maxChroma(frames.get(13))).isLessThan(12);
        assertThat(ctx.log).anyMatch(l -> l.contains("RIFE"));
    }

    @Test
    void fitToADurationIsTheRetimeThatMakesTheClipLastThatLongAndAPartLookChangesOnlyItsFrames() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("sq.mp4"), W, H, 50); // 2 s
        var clip = Decoded.whole(media);
        Plan plan = new Plan("", List.of(Step.of(OpKind.FIT_DURATION, "duration", 1.0),
                Step.of(OpKind.INVERT).during(0.2, 0.4)));
        JobResult r = new PlanRunner().run(plan, Job.onClips(ParameterValues.EMPTY, clip), new DirectContext(dir));
        assertThat(r.outputs(Output.Retime.class)).containsExactly(new Output.Retime(clip.clipId(), 2.0));
        List<RgbImage> frames = Decoded.frames(r.outputs(Output.NewTake.class).getFirst().file());
        assertThat(frames).hasSize(50);
        // plan time 0.2..0.4 s at double speed is source 0.4..0.8 s: take frames 10..19 are inverted, the rest not
        double plain = Decoded.mean(frames.get(5), 0, 0, 0, 8, 8);
        double inverted = Decoded.mean(frames.get(15), 0, 0, 0, 8, 8);
        double after = Decoded.mean(frames.get(30), 0, 0, 0, 8, 8);
        assertThat(Math.abs(inverted - (255 - plain))).isLessThan(12);
        assertThat(Math.abs(after - plain)).isLessThan(12);
    }

    @Test
    void speedOnPartOfAClipIsRefusedAndChangesNothing() {
        Plan plan = new Plan("", List.of(Step.of(OpKind.SPEED, "factor", 0.5).during(1, 2)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlanRunner().run(plan,
                        Job.onClips(ParameterValues.EMPTY, Decoded.whole(Scenes.movingSquare(dir.resolve("p.mp4"), W, H, 10))), new DirectContext(dir)))
                .hasMessageContaining("part of a clip").hasMessageContaining("nothing was changed");
    }

    @Test
    void speedUpIsARetimeOnlyAndTrimsKeepTheRightSourceRange() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("sq.mp4"), W, H, 50);
        var whole = Decoded.whole(media);
        // the clip uses source 0.4 s .. 2.0 s
        var clip = SubClips.part(whole, ExactTime.of(2, 5), ExactTime.of(8, 5));
        Plan plan = new Plan("", List.of(Step.of(OpKind.SPEED, "factor", 2.0), Step.of(OpKind.TRIM_START, "duration", 0.2),
                Step.of(OpKind.TRIM_END, "duration", 0.2)));
        JobResult r = new PlanRunner().run(plan, Job.onClips(ParameterValues.EMPTY, clip), new DirectContext(dir));
        assertThat(r.outputs(Output.NewTake.class)).isEmpty();
        assertThat(r.outputs(Output.Retime.class)).containsExactly(new Output.Retime(clip.clipId(), 2.0));
        var trim = r.outputs(Output.Trim.class).getFirst().sourceRange();
        // 0.2 s on the timeline at double speed is 0.4 s of source at each end
        assertThat(trim.start()).isEqualTo(ExactTime.of(4, 5));
        assertThat(trim.end()).isEqualTo(ExactTime.of(8, 5));
    }

    @Test
    void smoothSlowMotionWithoutTheModelFallsBackToARetimeAndSaysSo() throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("sq.mp4"), W, H, N);
        var clip = Decoded.whole(media);
        DirectContext ctx = new DirectContext(dir) {
            @Override public dev.cutroom.plugin.api.ModelAccess models() {
                return new dev.cutroom.plugin.api.ModelAccess() {
                    public dev.cutroom.plugin.api.ModelInfo describe(String id) { throw new IllegalArgumentException(id); }
                    public dev.cutroom.plugin.api.InferenceSession open(String id) throws java.io.IOException { throw new java.io.IOException("not installed"); }
                };
            }
        };
        JobResult r = new PlanRunner().run(new Plan("", List.of(Step.of(OpKind.SPEED, "factor", 0.5))), Job.onClips(ParameterValues.EMPTY, clip), ctx);
        assertThat(r.outputs(Output.NewTake.class)).isEmpty();
        assertThat(r.outputs(Output.Retime.class)).hasSize(1);
        assertThat(r.summary()).contains("repeats frames");
        assertThat(dir.resolve("out")).as("no take written").doesNotExist();
    }
}
