package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avfilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pure parts: filter graph text, sizes, and plan-time to source-time mapping. */
class GraphAndTimingTest {
    @TempDir
    Path dir;
    // source 10 s .. 14 s of a 25 fps file
    final ClipRef clip = new ClipRef("c", "t", Path.of("/x.mp4"), new TimeSpan(ExactTime.seconds(10), ExactTime.seconds(4)),
            ExactTime.ZERO, new Fps(25, 1), 1920, 1080, 48_000, 2);

    @Test
    void everyFilterTheRunnerEmitsExistsInJavaCvsFfmpeg() {
        List<String> used = new ArrayList<>(LookFilters.USED);
        used.addAll(GeometryFilters.USED);
        used.addAll(AudioFilters.USED);
        used.addAll(List.of("drawtext", "format", "null"));
        for (String f : used) assertThat(avfilter.avfilter_get_by_name(f)).as(f).isNotNull();
        // and the GPL ones we avoid really are missing, so the substitutes are needed
        assertThat(avfilter.avfilter_get_by_name("eq")).isNull();
        assertThat(avfilter.avfilter_get_by_name("hqdn3d")).isNull();
    }

    @Test
    void aLookPlanIsOneChainInPlanOrderWithFadesAfterTheLook() throws Exception {
        Plan plan = new Plan("", List.of(Step.of(OpKind.FADE_OUT, "duration", 1.0), Step.of(OpKind.BLACK_AND_WHITE),
                Step.of(OpKind.CONTRAST, "factor", 1.5), Step.of(OpKind.BLUR, "strength", 0.5)));
        VideoRecipe r = GraphBuilder.build(plan, new FrameSize(1920, 1080), new ClipTiming(clip, 1), Optional.empty(), dir, 0, 100);
        assertThat(r.graph("format=yuv420p")).isEqualTo(
                "hue=s=0,lutyuv=y='clip((val-128)*1.5+128,0,255)',gblur=sigma=10.8,fade=t=out:s=74:n=25:c=0x000000,format=yuv420p");
        assertThat(r.output()).isEqualTo(new FrameSize(1920, 1080));
    }

    @Test
    void geometryTracksTheSize() throws Exception {
        Plan plan = new Plan("", List.of(Step.of(OpKind.REFRAME, "aspect", "9:16", "followSubject", false),
                Step.of(OpKind.ROTATE, "degrees", 90.0), Step.of(OpKind.FLIP), Step.of(OpKind.PUNCH_IN, "zoom", 2.0)));
        VideoRecipe r = GraphBuilder.build(plan, new FrameSize(1920, 1080), new ClipTiming(clip, 1), Optional.empty(), dir, 0, 100);
        assertThat(r.filters()).containsExactly("crop=606:1080:657:0", "transpose=clock", "hflip",
                "crop=540:302:270:152,scale=1080:606:flags=bicubic");
        assertThat(r.output()).isEqualTo(new FrameSize(1080, 606));
        assertThat(new FrameSize(1920, 1080).cropTo("1:1")).isEqualTo(new FrameSize(1080, 1080));
        assertThat(new FrameSize(1080, 1920).cropTo("16:9")).isEqualTo(new FrameSize(1080, 606));
        assertThat(GeometryFilters.of(Step.of(OpKind.ROTATE, "degrees", 30.0), new FrameSize(640, 360)).filter()).startsWith("rotate=a=0.5236");
    }

    @Test
    void aFollowingReframeIsCutInJavaBeforeTheGraph() throws Exception {
        Plan plan = new Plan("", List.of(Step.of(OpKind.REFRAME, "aspect", "9:16"), Step.of(OpKind.SEPIA)));
        VideoRecipe r = GraphBuilder.build(plan, new FrameSize(1920, 1080), new ClipTiming(clip, 1), Optional.empty(), dir, 0, 100);
        assertThat(r.followCrop()).isEqualTo(new FrameSize(606, 1080));
        assertThat(r.graphInput()).isEqualTo(new FrameSize(606, 1080));
        assertThat(r.filters()).hasSize(1).first().asString().startsWith("colorchannelmixer=rr=0.393");
    }

    @Test
    void planTimesMapToSourceTimeThroughSpeedAndTrimsCompose() {
        ClipTiming slow = new ClipTiming(clip, 0.5);
        assertThat(slow.timelineSeconds()).isEqualTo(8.0);
        assertThat(slow.sourceFrame(2.0)).isEqualTo(25); // 2 s at half speed is 1 s of source
        TimeSpan keep = slow.sourceSpan(2.0, 6.0);
        assertThat(keep.start()).isEqualTo(ExactTime.seconds(11));
        assertThat(keep.end()).isEqualTo(ExactTime.seconds(13));

        Plan trims = new Plan("", List.of(Step.of(OpKind.TRIM_START, "duration", 1.0), Step.of(OpKind.KEEP_RANGE, "from", 0.5, "to", 2.0)));
        KeptRange kept = KeptRange.of(trims, 4.0);
        assertThat(kept.from()).isEqualTo(1.5);
        assertThat(kept.to()).isEqualTo(3.0);
        assertThat(KeptRange.of(new Plan("", List.of(Step.of(OpKind.TRIM_END, "duration", 9.0))), 4.0).length()).isZero();
    }

    @Test
    void timeMapsForSlowMotionReverseAndFreeze() {
        TimeMap slow = TimeMap.identity(10).withSlowMotion(0.25);
        assertThat(slow.takeFrames()).isEqualTo(40);
        assertThat(slow.position(5)).isEqualTo(1.25);
        TimeMap back = TimeMap.identity(10).reversed();
        assertThat(back.position(0)).isEqualTo(9);
        assertThat(back.position(9)).isEqualTo(0);
        TimeMap freeze = TimeMap.identity(10).withFreeze(3, 6, 3);
        assertThat(List.of(freeze.position(2), freeze.position(4), freeze.position(6))).containsExactly(2.0, 3.0, 6.0);
    }

    @Test
    void theTrackerFollowsWithoutJumpingAndReturnsToTheCentreWithoutAPerson() {
        SubjectTracker t = new SubjectTracker(25, 0.6, 0.8);
        t.update(new double[] {0.3, 0.5, 0.1});
        double last = 0.3;
        double biggestStep = 0;
        for (int k = 0; k < 50; k++) {
            double x = t.update(new double[] {0.8, 0.5, 0.1})[0];
            biggestStep = Math.max(biggestStep, Math.abs(x - last));
            assertThat(x).isLessThanOrEqualTo(0.8 + 1e-9); // critically damped: no overshoot
            last = x;
        }
        assertThat(last).isGreaterThan(0.75);
        assertThat(biggestStep).as("speed limit per frame").isLessThan(0.8 / 25 + 1e-3);
        for (int k = 0; k < 100; k++) last = t.update(null)[0];
        assertThat(last).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void rifeRunsAtMost720pAndResizingKeepsFlatColours() {
        assertThat(RifeInterpolator.onGpu("OnnxRuntime on gpu(0)")).isTrue();
        assertThat(RifeInterpolator.onGpu("OnnxRuntime on cpu()")).isFalse();
        assertThat(RifeInterpolator.workingSize(new FrameSize(640, 360))).isEqualTo(new FrameSize(640, 360));
        assertThat(RifeInterpolator.workingSize(new FrameSize(1280, 720))).isEqualTo(new FrameSize(1280, 720));
        assertThat(RifeInterpolator.workingSize(new FrameSize(1920, 1080))).isEqualTo(new FrameSize(1280, 720));
        FrameSize tall = RifeInterpolator.workingSize(new FrameSize(1080, 1920));
        assertThat((long) tall.width() * tall.height()).isLessThanOrEqualTo(RifeInterpolator.MAX_PIXELS);
        RgbImage grey = new RgbImage(6, 4, 3, new byte[6 * 4 * 3]);
        java.util.Arrays.fill(grey.pixels(), (byte) 77);
        RgbImage up = Resize.bilinear(grey, 9, 6);
        assertThat(up.size()).isEqualTo(new FrameSize(9, 6));
        assertThat(up.at(8, 5, 2)).isEqualTo(77);
    }
}
