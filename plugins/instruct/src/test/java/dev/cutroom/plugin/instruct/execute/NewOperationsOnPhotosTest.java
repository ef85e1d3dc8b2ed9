package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.instruct.plan.NamedLook;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Step;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;

/**
 * The picture operations of plan contract v2 run through JavaCV's FFmpeg on real photographs ({@link Photos}),
 * each checked by what it must do to the pixels: inverted values, black bars of the right height, the picture
 * moved, shrunk or cropped where the geometry says, a zoom that ends where a punch-in of the same zoom is, named
 * looks that leave the picture alone at amount 0 and change it at 1, a look enabled on part of the clip only, and
 * shaken frames steadied by deshake.
 */
class NewOperationsOnPhotosTest {
    static final FrameSize SIZE = new FrameSize(320, 180);
    static final ClipRef CLIP = new ClipRef("c", "t", Path.of("/x.mp4"), new TimeSpan(ExactTime.ZERO, ExactTime.seconds(2)),
            ExactTime.ZERO, new Fps(25, 1), 320, 180, 48_000, 1);
    static final ClipTiming TIMING = new ClipTiming(CLIP, 1);

    @Test
    void invertGivesTheNegative() throws Exception {
        RgbImage src = Photos.load("astronaut.png", SIZE);
        RgbImage out = once(LookFilters.of(Step.of(OpKind.INVERT), SIZE.height(), TIMING, 0, 50), src);
        double err = 0;
        for (int i = 0; i < src.pixels().length; i++) err += Math.abs((255 - (src.pixels()[i] & 0xff)) - (out.pixels()[i] & 0xff));
        assertThat(err / src.pixels().length).isLessThan(3);
    }

    @Test
    void everyNamedLookIsNeutralAtZeroAndVisibleAtOne() throws Exception {
        RgbImage src = Photos.load("chelsea.png", SIZE);
        for (NamedLook look : NamedLook.values()) {
            RgbImage none = once(LookFilters.look(look, 0, SIZE.height(), TIMING, 0, 50), src);
            RgbImage full = once(LookFilters.look(look, 1, SIZE.height(), TIMING, 0, 50), src);
            assertThat(meanDiff(src, none)).as(look + " at amount 0").isLessThan(look == NamedLook.VHS ? 3 : 1.5);
            assertThat(meanDiff(src, full)).as(look + " at amount 1").isGreaterThan(4);
        }
        RgbImage noir = once(LookFilters.look(NamedLook.FILM_NOIR, 1, SIZE.height(), TIMING, 0, 50), src);
        assertThat(chroma(noir)).as("film noir has no colour").isLessThan(2);
        RgbImage night = once(LookFilters.look(NamedLook.DAY_FOR_NIGHT, 1, SIZE.height(), TIMING, 0, 50), src);
        assertThat(mean(night, -1)).as("day for night is darker").isLessThan(mean(src, -1) - 20);
        assertThat(mean(night, 2) - mean(night, 0)).as("and bluer").isGreaterThan(mean(src, 2) - mean(src, 0));
    }

    @Test
    void letterboxAddsBarsOfTheRatiosHeightAndKeepsTheFrameSize() throws Exception {
        RgbImage src = Photos.load("astronaut.png", SIZE);
        GeometryFilters.Stage s = GeometryFilters.of(Step.of(OpKind.LETTERBOX), SIZE);
        assertThat(s.output()).isEqualTo(SIZE);
        RgbImage out = once(s.filter(), src);
        int bar = (180 - 134) / 2; // 320 / 2.39 = 134 rows of picture
        assertThat(rowMean(out, 2)).isLessThan(2);
        assertThat(rowMean(out, bar - 2)).isLessThan(2);
        assertThat(rowMean(out, 180 - bar + 2)).isLessThan(2);
        assertThat(rowDiff(out, src, 90)).as("the middle row is the picture, not scaled").isLessThan(2);
        RgbImage pillar = once(GeometryFilters.of(Step.of(OpKind.LETTERBOX, "aspect", "4:3"), SIZE).filter(), src);
        assertThat(columnMean(pillar, 5)).isLessThan(2);
        assertThat(columnMean(pillar, 160)).isGreaterThan(10);
    }

    @Test
    void cropScaleShiftAndPipPutThePictureWhereTheySay() throws Exception {
        RgbImage src = Photos.load("coffee.png", SIZE);
        RgbImage shifted = once(GeometryFilters.of(Step.of(OpKind.SHIFT, "x", -0.25), SIZE).filter(), src);
        assertThat(columnMean(shifted, 300)).as("the right quarter is uncovered").isLessThan(2);
        assertThat(columnDiff(shifted, 10, src, 90)).as("column 90 moved to 10").isLessThan(2);

        RgbImage small = once(GeometryFilters.of(Step.of(OpKind.SCALE, "factor", 0.5), SIZE).filter(), src);
        assertThat(columnMean(small, 20)).isLessThan(2);
        assertThat(rowMean(small, 10)).isLessThan(2);
        assertThat(pixelDiff(small, 160, 90, src, 160, 90)).as("the centre stays in the centre").isLessThan(40);

        RgbImage pip = once(GeometryFilters.of(Step.of(OpKind.PIP, "position", "top-left", "size", 0.33), SIZE).filter(), src);
        assertThat(pixelMean(pip, 40, 30)).as("picture in the top-left corner").isGreaterThan(5);
        assertThat(pixelMean(pip, 250, 140)).as("black elsewhere").isLessThan(2);

        RgbImage cropped = once(GeometryFilters.of(Step.of(OpKind.CROP, "left", 0.25, "right", 0.25), SIZE).filter(), src);
        // the middle half scaled back to the width: output column 160 is source column 160, output 0 is source 80
        assertThat(columnDiff(cropped, 160, src, 160)).isLessThan(columnDiff(cropped, 160, src, 40));
        assertThat(columnDiff(cropped, 2, src, 81)).isLessThan(columnDiff(cropped, 2, src, 2));
    }

    @Test
    void kenBurnsStartsOnTheWholeFrameAndEndsOnThePunchIn() throws Exception {
        RgbImage src = Photos.load("astronaut.png", SIZE);
        int n = 25;
        List<RgbImage> out = run(GeometryFilters.of(Step.of(OpKind.KEN_BURNS, "zoom", 1.5), SIZE, n, 25).filter(), repeat(src, n));
        assertThat(out).hasSize(n);
        RgbImage zoomed = once(GeometryFilters.of(Step.of(OpKind.PUNCH_IN, "zoom", 1.5), SIZE).filter(), src);
        assertThat(meanDiff(out.getFirst(), src)).isLessThan(6);
        assertThat(meanDiff(out.getLast(), zoomed)).isLessThan(meanDiff(out.getLast(), src) / 2);
    }

    @Test
    void aLookOnPartOfTheClipChangesOnlyThoseFrames() throws Exception {
        RgbImage src = Photos.load("chelsea.png", SIZE);
        String graph = LookFilters.of(Step.of(OpKind.BLACK_AND_WHITE).during(0.4, 0.8), SIZE.height(), TIMING, 0, 50);
        List<RgbImage> out = run(graph, repeat(src, 25));
        assertThat(chroma(out.get(5))).as("frame 5 (0.2 s) keeps its colour").isGreaterThan(10);
        assertThat(chroma(out.get(12))).as("frame 12 (0.48 s) is grey").isLessThan(2);
        assertThat(chroma(out.get(22))).as("frame 22 (0.88 s) keeps its colour").isGreaterThan(10);
    }

    @Test
    void stabiliseSteadiesAShakenPhotograph() throws Exception {
        RgbImage big = Photos.load("astronaut.png", new FrameSize(352, 212));
        java.util.Random r = new java.util.Random(7);
        List<RgbImage> shaken = new ArrayList<>();
        for (int i = 0; i < 30; i++) shaken.add(window(big, 16 + r.nextInt(17) - 8, 16 + r.nextInt(17) - 8, SIZE));
        List<RgbImage> steady = run(GeometryFilters.of(Step.of(OpKind.STABILISE), SIZE).filter(), shaken);
        double before = 0, after = 0;
        for (int i = 10; i < 29; i++) { // after deshake has settled; the middle of the frame, away from filled edges
            before += centreDiff(shaken.get(i), shaken.get(i + 1));
            after += centreDiff(steady.get(i), steady.get(i + 1));
        }
        assertThat(after).as("frame-to-frame change after deshake vs before").isLessThan(before * 0.6);
    }

    // ---- helpers

    private static List<RgbImage> repeat(RgbImage img, int n) {
        List<RgbImage> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(img);
        return l;
    }

    private static RgbImage window(RgbImage big, int x0, int y0, FrameSize size) {
        byte[] out = new byte[size.width() * size.height() * 3];
        for (int y = 0; y < size.height(); y++) System.arraycopy(big.pixels(), ((y + y0) * big.width() + x0) * 3, out, y * size.width() * 3, size.width() * 3);
        return new RgbImage(size.width(), size.height(), 3, out);
    }

    static RgbImage once(String filter, RgbImage src) throws Exception {
        List<RgbImage> out = run(filter, List.of(src));
        assertThat(out).isNotEmpty();
        return out.getFirst();
    }

    static List<RgbImage> run(String filter, List<RgbImage> frames) throws Exception {
        List<RgbImage> out = new ArrayList<>();
        try (FilterGraph g = new FilterGraph(filter + ",format=rgb24", frames.getFirst().size(), avutil.AV_PIX_FMT_RGB24, 25, f -> out.add(rgb(f)))) {
            for (RgbImage f : frames) g.push(f);
            g.finish();
        }
        return out;
    }

    private static RgbImage rgb(Frame f) {
        int w = f.imageWidth, h = f.imageHeight, stride = Math.abs(f.imageStride);
        ByteBuffer b = (ByteBuffer) f.image[0];
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) b.get(y * stride, out, y * w * 3, w * 3);
        return new RgbImage(w, h, 3, out);
    }

    static double meanDiff(RgbImage a, RgbImage b) {
        double s = 0;
        for (int i = 0; i < a.pixels().length; i++) s += Math.abs((a.pixels()[i] & 0xff) - (b.pixels()[i] & 0xff));
        return s / a.pixels().length;
    }

    /** Mean of channel c (-1: all channels). */
    static double mean(RgbImage a, int c) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < a.pixels().length; i++) if (c < 0 || i % 3 == c) { s += a.pixels()[i] & 0xff; n++; }
        return s / n;
    }

    /** Mean spread between a pixel's channels: 0 for grey. */
    static double chroma(RgbImage a) {
        double s = 0;
        byte[] p = a.pixels();
        for (int i = 0; i < p.length; i += 3) {
            int r = p[i] & 0xff, g = p[i + 1] & 0xff, b = p[i + 2] & 0xff;
            s += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
        }
        return s / (p.length / 3.0);
    }

    private static double rowMean(RgbImage a, int y) {
        double s = 0;
        for (int x = 0; x < a.width(); x++) for (int c = 0; c < 3; c++) s += a.at(x, y, c);
        return s / (a.width() * 3);
    }

    private static double columnMean(RgbImage a, int x) {
        double s = 0;
        for (int y = 0; y < a.height(); y++) for (int c = 0; c < 3; c++) s += a.at(x, y, c);
        return s / (a.height() * 3);
    }

    private static double rowDiff(RgbImage a, RgbImage b, int y) {
        double s = 0;
        for (int x = 0; x < a.width(); x++) for (int c = 0; c < 3; c++) s += Math.abs(a.at(x, y, c) - b.at(x, y, c));
        return s / (a.width() * 3);
    }

    private static double columnDiff(RgbImage a, int xa, RgbImage b, int xb) {
        double s = 0;
        for (int y = 0; y < a.height(); y++) for (int c = 0; c < 3; c++) s += Math.abs(a.at(xa, y, c) - b.at(xb, y, c));
        return s / (a.height() * 3);
    }

    private static double pixelMean(RgbImage a, int x, int y) {
        return (a.at(x, y, 0) + a.at(x, y, 1) + a.at(x, y, 2)) / 3.0;
    }

    private static double pixelDiff(RgbImage a, int xa, int ya, RgbImage b, int xb, int yb) {
        double s = 0;
        for (int c = 0; c < 3; c++) s += Math.abs(a.at(xa, ya, c) - b.at(xb, yb, c));
        return s / 3;
    }

    private static double centreDiff(RgbImage a, RgbImage b) {
        double s = 0;
        for (int y = 40; y < 140; y++) for (int x = 60; x < 260; x++) for (int c = 0; c < 3; c++) s += Math.abs(a.at(x, y, c) - b.at(x, y, c));
        return s;
    }
}
