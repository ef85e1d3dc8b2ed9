package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Plan;
import dev.cutroom.plugin.instruct.plan.Step;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles painted with Java2D, the fallback when no font file is found, chosen through PlanRunner's font seam: the
 * text shows white at the asked place for the asked time, in about the same box as FFmpeg's drawtext puts it.
 */
class TitleFallbackTest {
    static final int W = 320, H = 180, N = 20;
    static final Plan TITLE = new Plan("", List.of(Step.of(OpKind.TITLE, "text", "Day one", "position", "top", "size", 0.1, "duration", 0.4)));
    @TempDir
    Path dir;

    private List<RgbImage> titled(PlanRunner runner, DirectContext ctx) throws Exception {
        Path media = Scenes.movingSquare(dir.resolve("square.mp4"), W, H, N);
        JobResult r = runner.run(TITLE, Job.onClips(ParameterValues.EMPTY, Decoded.whole(media)), ctx);
        return Decoded.frames(r.outputs(Output.NewTake.class).getFirst().file());
    }

    @Test
    void withoutAFontTheTitleIsPaintedWhereAndWhenAsked() throws Exception {
        DirectContext ctx = new DirectContext(dir);
        List<RgbImage> frames = titled(new PlanRunner(Optional::empty), ctx);
        assertThat(frames).hasSize(N);
        assertThat(ctx.log).anyMatch(l -> l.contains("titles drawn with Java2D"));
        int[] box = whiteBox(frames.getFirst());
        System.out.printf("Java2D title: %d white pixels in x %d..%d, y %d..%d%n", box[4], box[0], box[1], box[2], box[3]);
        assertThat(box[4]).as("white text pixels").isGreaterThan(80);
        assertThat(box[2]).as("top margin h/20").isBetween(H / 20 - 2, H / 20 + 8);
        assertThat((box[0] + box[1]) / 2.0).as("centred").isCloseTo(W / 2.0, org.assertj.core.data.Offset.offset(8.0));
        assertThat(whiteBox(frames.get(9))[4]).as("still shown at 0.36 s").isGreaterThan(80);
        assertThat(whiteBox(frames.get(10))[4]).as("gone after 0.4 s").isZero();
    }

    @Test
    void thePaintedTitleLandsWhereDrawtextPutsIt() throws Exception {
        Optional<Path> font = FontFiles.find();
        assumeTrue(font.isPresent(), "no font file on this machine for drawtext");
        int[] painted = whiteBox(titled(new PlanRunner(Optional::empty), new DirectContext(dir)).getFirst());
        int[] drawn = whiteBox(titled(new PlanRunner(() -> font), new DirectContext(dir.resolve("drawtext"))).getFirst());
        System.out.printf("title box: Java2D x %d..%d y %d..%d, drawtext x %d..%d y %d..%d%n",
                painted[0], painted[1], painted[2], painted[3], drawn[0], drawn[1], drawn[2], drawn[3]);
        assertThat(Math.abs((painted[0] + painted[1]) - (drawn[0] + drawn[1])) / 2.0).as("same centre").isLessThan(8);
        assertThat(Math.abs(painted[2] - drawn[2])).as("same top").isLessThanOrEqualTo(6);
        assertThat(Math.abs((painted[3] - painted[2]) - (drawn[3] - drawn[2]))).as("same text height").isLessThanOrEqualTo(6);
    }

    /** {minX, maxX, minY, maxY, count} of near-white pixels in the top third. */
    private static int[] whiteBox(RgbImage f) {
        int[] b = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1, 0};
        for (int y = 0; y < f.height() / 3; y++) {
            for (int x = 0; x < f.width(); x++) {
                if (f.at(x, y, 0) < 200 || f.at(x, y, 1) < 200 || f.at(x, y, 2) < 200) continue;
                b[0] = Math.min(b[0], x);
                b[1] = Math.max(b[1], x);
                b[2] = Math.min(b[2], y);
                b[3] = Math.max(b[3], y);
                b[4]++;
            }
        }
        return b;
    }
}
