package dev.cutroom.example.shotcut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.assets.DemoMedia;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.testkit.PluginRun;
import dev.cutroom.plugin.testkit.PluginTestKit;
import dev.cutroom.plugin.testkit.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example plugin, run through the real host with the test kit, on generated media and on the demo media. */
class ShotCutPluginTest {
    @TempDir
    static Path dir;
    static PluginTestKit kit;

    @BeforeAll
    static void kit() {
        kit = PluginTestKit.create(dir);
    }

    @AfterAll
    static void close() {
        kit.close();
    }

    @Test
    void theDescriptorIsFoundAndDeclaresItsParameters() {
        var d = kit.descriptor(ShotCutPlugin.ID);
        assertThat(d.parameter("sensitivity")).hasValueSatisfying(p -> assertThat(p.type()).isEqualTo(ParameterType.NUMBER));
        assertThat(d.parameter("minShot")).hasValueSatisfying(p -> assertThat(p.unit()).isEqualTo("s"));
        assertThat(d.models()).isEmpty();
    }

    @Test
    void findsEveryCutOfGeneratedShotsToTheFrameAndNoneInsideMovingShots() {
        Fps rate = new Fps(25, 1);
        TestMedia.Shot[] shots = {
                TestMedia.moving(30, 0x204080, 0xf0f0f0),
                TestMedia.solid(20, 0xc03020),
                TestMedia.moving(25, 0x30a040, 0x101010)};
        Path video = TestMedia.video(dir.resolve("three-shots.mp4"), 96, 54, rate, shots);
        ClipRef clip = kit.clip("clip-1", video);

        PluginRun run = kit.run(ShotCutPlugin.ID, kit.job(clip));

        List<ExactTime> expected = TestMedia.cutFrames(shots).stream().map(rate::timeOf).toList();
        assertThat(run.splits("clip-1")).containsExactlyElementsOf(expected); // 6/5 s and 2 s
        assertThat(run.result().summary()).isEqualTo("Found 2 cuts");
        assertThat(run.progress()).isNotEmpty().last().isEqualTo(1.0);
        assertThat(run.provenance().notes()).containsEntry("framesAnalysed", "75");
    }

    /**
     * Issue 12's case: 3 s of three obviously different shots, a short one of colour bars, a scrolling rainbow
     * and a colourful zooming fractal (every frame of which changes a lot). The plugin's old detector found one
     * of the two cuts: it dropped any cut closer to the clip's start than the shortest shot (0.5 s), though the
     * start of a clip is not a cut.
     */
    @Test
    void findsBothCutsBetweenColourBarsARainbowAndAZoomingFractal() {
        Fps rate = new Fps(25, 1);
        TestMedia.Shot[] shots = {new TestMedia.Shot(10, ShotCutPluginTest::colourBars),
                new TestMedia.Shot(30, ShotCutPluginTest::scrollingRainbow), new TestMedia.Shot(35, ShotCutPluginTest::zoomingFractal)};
        Path video = TestMedia.video(dir.resolve("bars-rainbow-fractal.mp4"), 160, 90, rate, shots);

        PluginRun run = kit.run(ShotCutPlugin.ID, kit.job(kit.clip("bars", video)));

        assertThat(run.splits("bars")).containsExactly(rate.timeOf(10), rate.timeOf(40));
    }

    static void colourBars(int frame, int w, int h, byte[] rgb) {
        int[] bars = {0xc0c0c0, 0xc0c000, 0x00c0c0, 0x00c000, 0xc000c0, 0xc00000, 0x0000c0};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = bars[x * bars.length / w];
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (c >> 16);
                rgb[i + 1] = (byte) (c >> 8);
                rgb[i + 2] = (byte) c;
            }
        }
    }

    static void scrollingRainbow(int frame, int w, int h, byte[] rgb) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double hue = ((x + 4.0 * frame) / w + y / (3.0 * h)) % 1.0;
                int c = java.awt.Color.HSBtoRGB((float) hue, 0.9f, 0.9f);
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (c >> 16);
                rgb[i + 1] = (byte) (c >> 8);
                rgb[i + 2] = (byte) c;
            }
        }
    }

    /** The Mandelbrot set around a point on its edge, zooming in 12% a frame, coloured by escape time. */
    static void zoomingFractal(int frame, int w, int h, byte[] rgb) {
        double scale = 3.0 / w * Math.pow(0.88, frame);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double cr = -0.743643 + (x - w / 2.0) * scale, ci = 0.131825 + (y - h / 2.0) * scale;
                double zr = 0, zi = 0;
                int n = 0;
                while (n < 200 && zr * zr + zi * zi < 4) {
                    double t = zr * zr - zi * zi + cr;
                    zi = 2 * zr * zi + ci;
                    zr = t;
                    n++;
                }
                int c = n == 200 ? 0 : java.awt.Color.HSBtoRGB((n % 32) / 32f, 1f, 1f);
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (c >> 16);
                rgb[i + 1] = (byte) (c >> 8);
                rgb[i + 2] = (byte) c;
            }
        }
    }

    @Test
    void splitTimesAreMediaSecondsInsideAClipThatStartsLater() {
        Fps rate = new Fps(25, 1);
        Path video = TestMedia.video(dir.resolve("cut-at-40.mp4"), 64, 36, rate,
                TestMedia.moving(40, 0x802020, 0xffffff), TestMedia.moving(40, 0x208020, 0x000000));
        ClipRef clip = kit.clip("clip-2", video, 10, 60); // frames 10..69: the cut at 40 is the 30th frame of the clip

        PluginRun run = kit.run(ShotCutPlugin.ID, kit.job(clip, "minShot", 0.2));

        assertThat(run.splits("clip-2")).containsExactly(rate.timeOf(40));
    }

    @Test
    void theMinimumShotLengthDropsCutsTooCloseTogether() {
        Fps rate = new Fps(25, 1);
        Path video = TestMedia.video(dir.resolve("flash.mp4"), 64, 36, rate,
                TestMedia.moving(30, 0x204080, 0xf0f0f0), TestMedia.solid(5, 0xffffff), TestMedia.moving(30, 0x204080, 0xf0f0f0));

        assertThat(kit.run(ShotCutPlugin.ID, kit.job(kit.clip("c", video), "minShot", 0.1)).splits("c")).hasSize(2);
        assertThat(kit.run(ShotCutPlugin.ID, kit.job(kit.clip("c", video), "minShot", 0.5)).splits("c")).hasSize(1);
    }

    @Test
    void findsTheHardCutsOfTheDemoMediaWithinOneFrame() {
        List<DemoMedia.DemoFile> demo = DemoMedia.generate(dir.resolve("demo"));
        ClipRef city = kit.clip("city", demo.get(0).file());
        ClipRef cards = kit.clip("cards", demo.get(2).file());

        long t0 = System.nanoTime();
        PluginRun run = kit.run(ShotCutPlugin.ID, kit.job(List.of(city, cards)));
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertThat(run.splits("city")).singleElement()
                .satisfies(t -> assertThat(t.toSeconds()).isCloseTo(2.0, within(1 / 25.0 + 1e-9)));
        assertThat(run.splits("cards")).hasSize(2);
        assertThat(run.splits("cards").get(0).toSeconds()).isCloseTo(1.0, within(1 / 24.0 + 1e-9));
        assertThat(run.splits("cards").get(1).toSeconds()).isCloseTo(2.0, within(1 / 24.0 + 1e-9));
        System.out.printf("shot detection: %s frames in %.2f s (%.0f frames/s), cuts %s %s%n", run.provenance().notes().get("framesAnalysed"),
                seconds, Double.parseDouble(run.provenance().notes().get("framesAnalysed")) / seconds, run.splits("city"), run.splits("cards"));
    }

    @Test
    void aValueOutOfRangeIsRefusedBeforeThePluginRuns() {
        Path video = TestMedia.video(dir.resolve("short.mp4"), 64, 36, new Fps(25, 1), TestMedia.solid(10, 0x808080));
        assertThatThrownBy(() -> kit.run(ShotCutPlugin.ID, kit.job(kit.clip("c", video), "sensitivity", 2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sensitivity");
    }
}
