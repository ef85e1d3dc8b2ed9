package dev.cutroom.engine.render;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.TestMedia;
import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

import static dev.cutroom.engine.Projects.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * Transitions, frame by frame. Each blended frame is checked byte for byte against the same frames of each
 * clip rendered alone (the outgoing clip run on past its end, the incoming one started early), mixed with
 * the weight the transition should have at that frame.
 */
class TransitionRenderTest {
    static final FrameRate RATE = FrameRate.FPS_25;
    static final int W = 160, H = 90;
    static final Rational FRAME = RATE.toSeconds(1);
    @TempDir static Path dir;
    static MediaResolver resolver;

    @BeforeAll
    static void media() {
        TestMedia.solidVideo(dir.resolve("red.mp4"), W, H, RATE, 50, new int[] {220, 30, 30}, 0);
        TestMedia.solidVideo(dir.resolve("blue.mp4"), W, H, RATE, 50, new int[] {30, 40, 220}, 0);
        TestMedia.solidVideo(dir.resolve("black.mp4"), W, H, RATE, 50, new int[] {0, 0, 0}, 0);
        TestMedia.indexedVideo(dir.resolve("counter.mp4"), W, H, RATE, 43, 0);
        TestMedia.tone(dir.resolve("low.m4a"), 48000, 2, Rational.of(2), 300, 0.5);
        TestMedia.tone(dir.resolve("high.m4a"), 48000, 2, Rational.of(2), 500, 0.5);
        resolver = new MediaResolver(dir);
    }

    static Clip clipAt(String id, String media, long start, long duration, long sourceInFrames) {
        return clip(id, media, start, duration, FRAME.times(sourceInFrames));
    }

    static Project videoProject(Track track) {
        return project(timeline(RATE, W, H, track), "red", "red.mp4", "blue", "blue.mp4", "black", "black.mp4", "counter", "counter.mp4");
    }

    static Track withTransition(Track track, String kind, long cut, long in, long out) {
        return track.withTransitions(List.of(new Transition("x", kind, cut, in, out)));
    }

    /** Copies of frames {@code [from, to)} of a project rendered forward. */
    static List<VideoFrame> frames(Project p, long from, long to) {
        List<VideoFrame> out = new ArrayList<>();
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver)) {
            for (long f = 0; f < to; f++) {
                VideoFrame frame = renderer.renderVideo(f);
                if (f >= from) out.add(frame.copy());
            }
        }
        return out;
    }

    /** What the blender must produce: {@code a * (256 - w) + b * w}, rounded, per byte; null is black. */
    static byte[] mixed(VideoFrame a, VideoFrame b, int weight) {
        int size = PixelFormat.YUV420P.bufferSize(W, H);
        VideoFrame black = VideoFrame.black(W, H, PixelFormat.YUV420P);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            int x = (a == null ? black : a).data().get(i) & 0xff, y = (b == null ? black : b).data().get(i) & 0xff;
            out[i] = (byte) ((x * (256 - weight) + y * weight + 128) >> 8);
        }
        return out;
    }

    static byte[] bytes(VideoFrame frame) {
        byte[] out = new byte[PixelFormat.YUV420P.bufferSize(W, H)];
        frame.data().get(0, out);
        return out;
    }

    @Test
    void aCrossDissolveMixesTheHandlesOfBothClipsFrameByFrame() {
        // counter frames 10..29 then red from 0.4 s; a 5+5 dissolve on the cut at 20 plays [15, 25)
        Track cut = video("V1", clipAt("A", "counter", 0, 20, 10), clipAt("B", "red", 20, 20, 10));
        List<VideoFrame> rendered = frames(videoProject(withTransition(cut, Transition.CROSS_DISSOLVE, 20, 5, 5)), 14, 26);
        List<VideoFrame> outgoing = frames(videoProject(video("V1", clipAt("A", "counter", 0, 26, 10))), 14, 26);
        List<VideoFrame> incoming = frames(videoProject(video("V1", clipAt("B", "red", 14, 26, 4))), 14, 26);

        assertThat(bytes(rendered.getFirst())).as("frame 14: before the transition").isEqualTo(bytes(outgoing.getFirst()));
        assertThat(bytes(rendered.getLast())).as("frame 25: after it").isEqualTo(bytes(incoming.getLast()));
        int[] expectedWeights = {13, 38, 64, 90, 115, 141, 166, 192, 218, 243}; // (i + 0.5) / 10 of 256
        for (int i = 0; i < 10; i++) {
            assertThat(bytes(rendered.get(i + 1))).as("frame %d", 15 + i)
                    .isEqualTo(mixed(outgoing.get(i + 1), incoming.get(i + 1), expectedWeights[i]));
        }
        // and in plain numbers: the middle frames are half counter-grey, half red
        int[] middle = rendered.get(6).rgbAt(W - 4, H / 2); // frame 20, a dark band of the counter
        assertThat(middle[0]).isBetween(110, 140);
        assertThat(middle[2]).isBetween(15, 40);
    }

    @Test
    void aClipWithoutHandlesHoldsItsEdgeFrameThroughTheTransition() {
        // incoming counter starts at its frame 3: three frames of handle, then frame 0 is held
        Track in = video("V1", clipAt("K", "black", 0, 20, 0), clipAt("C", "counter", 20, 20, 3));
        List<VideoFrame> a = frames(videoProject(withTransition(in, Transition.CROSS_DISSOLVE, 20, 6, 0)), 14, 20);
        int[] shown = new int[6];
        for (int i = 0; i < 6; i++) shown[i] = readIndex(a.get(i), (i + 0.5) / 6);
        assertThat(shown).containsExactly(0, 0, 0, 0, 1, 2);

        // outgoing counter plays media frames 20..39, runs on through 40..42 and then holds its last frame
        Track out = video("V1", clipAt("C", "counter", 0, 20, 20), clipAt("K", "black", 20, 20, 0));
        List<VideoFrame> b = frames(videoProject(withTransition(out, Transition.CROSS_DISSOLVE, 20, 0, 6)), 20, 26);
        for (int i = 0; i < 6; i++) shown[i] = readIndex(b.get(i), 1 - (i + 0.5) / 6);
        assertThat(shown).containsExactly(40, 41, 42, 42, 42, 42);
    }

    @Test
    void aDipToBlackFadesOutThenIn() {
        Track cut = video("V1", clipAt("A", "red", 0, 10, 0), clipAt("B", "blue", 10, 10, 0));
        List<VideoFrame> rendered = frames(videoProject(withTransition(cut, Transition.DIP_TO_BLACK, 10, 5, 5)), 5, 15);
        List<VideoFrame> red = frames(videoProject(video("V1", clipAt("A", "red", 0, 15, 0))), 5, 15);
        List<VideoFrame> blue = frames(videoProject(video("V1", clipAt("B", "blue", 10, 10, 0))), 5, 15);
        // progress (i + 0.5) / 10: red weight 1 - 2p over the first half, blue 2p - 1 over the second
        int[] blackWeight = {26, 77, 128, 179, 230};
        for (int i = 0; i < 5; i++) {
            assertThat(bytes(rendered.get(i))).as("frame %d", 5 + i).isEqualTo(mixed(red.get(i), null, blackWeight[i]));
            assertThat(bytes(rendered.get(i + 5))).as("frame %d", 10 + i).isEqualTo(mixed(null, blue.get(i + 5), blackWeight[i]));
        }
        assertThat(rendered.get(4).rgbAt(W / 2, H / 2)[0]).isLessThan(40); // nearly black at the cut
    }

    @Test
    void anUnknownKindPlaysAsACutAndIsReported() {
        Track cut = video("V1", clipAt("A", "red", 0, 10, 0), clipAt("B", "blue", 10, 10, 0));
        List<VideoFrame> rendered = frames(videoProject(withTransition(cut, "?Custom_Transition", 10, 5, 5)), 9, 11);
        assertThat(rendered.get(0).rgbAt(W / 2, H / 2)[0]).isGreaterThan(180);
        assertThat(rendered.get(1).rgbAt(W / 2, H / 2)[2]).isGreaterThan(180);
        assertThat(UnsupportedTransitions.wasReported("?Custom_Transition")).isTrue();
    }

    @Test
    void aRenderOfPartOfTheTransitionChecksAndOpensTheOtherClipToo() {
        Track cut = video("V1", clipAt("A", "red", 0, 10, 0), clipAt("B", "blue", 10, 10, 0));
        try (TimelineRenderer renderer = new TimelineRenderer(videoProject(withTransition(cut, Transition.CROSS_DISSOLVE, 10, 4, 4)),
                resolver, W, H, new FrameRange(6, 4))) {
            assertThat(renderer.renderVideo(9).rgbAt(W / 2, H / 2)[2]).isGreaterThan(90); // blue already mixed in
        }
    }

    @Test
    void crossfadeGainsAreEqualPowerFromStartToEnd() {
        float[] out = new float[1000], in = new float[1000];
        TransitionStyle.CROSS_DISSOLVE.fillGains(0, 1000, 1000, out, in);
        assertThat(out[0]).isCloseTo((float) Math.cos(Math.PI / 2 * 0.0005), offset(1e-6f));
        assertThat(in[0]).isCloseTo((float) Math.sin(Math.PI / 2 * 0.0005), offset(1e-6f));
        assertThat(out[499] * out[499] + in[499] * in[499]).isCloseTo(1f, offset(1e-5f));
        assertThat(out[499]).isCloseTo((float) Math.cos(Math.PI / 2 * 0.4995), offset(1e-6f));
        assertThat(in[999]).isCloseTo((float) Math.sin(Math.PI / 2 * 0.9995), offset(1e-6f));
        for (int i = 0; i < 1000; i++) assertThat(out[i] * out[i] + in[i] * in[i]).isCloseTo(1f, offset(1e-5f));

        TransitionStyle.DIP_TO_BLACK.fillGains(0, 1000, 1000, out, in);
        assertThat(in[499]).isZero();
        assertThat(out[500]).isZero();
        assertThat(out[250]).isCloseTo((float) Math.sin(Math.PI / 2 * (1 - 2 * 0.2505)), offset(1e-6f));
    }

    @Test
    void theSoundCrossfadesWithThoseGainsSampleBySample() {
        // 300 Hz then 500 Hz with a 5+5 frame crossfade on the cut at frame 20: samples [28800, 48000)
        Track cut = audio("A1", clipAt("L", "low", 0, 20, 0), clipAt("H", "high", 20, 20, 10));
        float[] mixed = sound(withTransition(cut, Transition.CROSS_DISSOLVE, 20, 5, 5), 26);
        float[] low = sound(audio("A1", clipAt("L", "low", 0, 25, 0)), 26);
        float[] high = sound(audio("A1", clipAt("H", "high", 15, 25, 5)), 26);

        int first = 28800 * 2, end = 48000 * 2, length = 19200;
        float[] out = new float[length], in = new float[length];
        TransitionStyle.CROSS_DISSOLVE.fillGains(0, length, length, out, in);
        for (int i = 0; i < first; i++) assertThat(mixed[i]).isEqualTo(low[i]);
        for (int i = first; i < end; i++) {
            int s = (i - first) / 2;
            assertThat(mixed[i]).as("sample %d", i / 2).isCloseTo(low[i] * out[s] + high[i] * in[s], offset(1e-6f));
        }
        for (int i = end; i < mixed.length; i++) assertThat(mixed[i]).isEqualTo(high[i]);
        // the middle sample: both at -3 dB
        assertThat(out[length / 2]).isCloseTo((float) Math.sqrt(0.5), offset(1e-4f));
    }

    /** Interleaved stereo of frames [0, frames) of one audio track, rendered forward. */
    static float[] sound(Track track, int frames) {
        Project p = project(timeline(RATE, W, H, track), "low", "low.m4a", "high", "high.m4a");
        try (TimelineRenderer renderer = new TimelineRenderer(p, resolver)) {
            float[] all = new float[(int) renderer.firstSampleOf(frames) * 2];
            for (int f = 0; f < frames; f++) {
                float[] block = renderer.renderAudio(f);
                System.arraycopy(block, 0, all, (int) renderer.firstSampleOf(f) * 2, renderer.samplesIn(f) * 2);
            }
            return all;
        }
    }

    /**
     * The counter number of a frame where the counter is mixed with black at {@code weight}: a band is a one
     * when its luma is above half way between black and a white band at that weight.
     */
    static int readIndex(VideoFrame frame, double weight) {
        int band = frame.width() / TestMedia.BITS;
        double threshold = 16 + weight * (218 - 16) / 2;
        int value = 0;
        for (int bit = 0; bit < TestMedia.BITS; bit++) {
            int luma = frame.data().get((frame.height() / 2) * frame.width() + bit * band + band / 2) & 0xff;
            if (luma > threshold) value |= 1 << bit;
        }
        return value;
    }
}
