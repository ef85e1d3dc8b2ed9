package dev.cutroom.app.ui;

import dev.cutroom.app.ui.view.TimelineView;
import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.FrameService;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speeds the user feels, printed for the closing note: scrub latency (request to image) on the demo project,
 * and timeline draw time with 2,000 clips. Speed is measured, not asserted (a shared 2-core machine makes any time
 * limit flaky): the tests check that the work was done (every draw, every frame, the edit) and print the figures.
 */
@ExtendWith(ApplicationExtension.class)
class EditorPerformanceTest {
    private EditorModel model;
    private TimelineView timeline;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new EditorModel(Ids.seeded(11), Runnable::run, Platform::runLater);
        timeline = new TimelineView(model);
        stage.setScene(new Scene(timeline, 1400, 300));
        stage.show();
    }

    @Test
    void timelineDrawTimeWith2000Clips() throws Exception {
        Project big = TestProjects.linked(1000, 2); // 1,000 linked pairs: 2,000 clips, 50,000 frames
        UiFixtures.runFx(() -> model.execute(dev.cutroom.timeline.command.Restore.project("load", big)));
        List<Long> visible = new ArrayList<>(), fit = new ArrayList<>();
        UiFixtures.runFx(() -> {
            timeline.viewport().pixelsPerFrameProperty().set(2); // ~14 clips per track on screen
            Random r = new Random(1);
            for (int i = 0; i < 200; i++) {
                timeline.viewport().scrollFramesProperty().set(r.nextInt(49_000));
                timeline.draw();
                visible.add(timeline.lastDrawNanos());
            }
            timeline.zoomToFit(); // every clip on screen at once
            for (int i = 0; i < 50; i++) {
                timeline.draw();
                fit.add(timeline.lastDrawNanos());
            }
        });
        // the same with rasterisation: a snapshot forces the canvas to be rendered (software pipeline here)
        List<Long> raster = new ArrayList<>();
        UiFixtures.runFx(() -> {
            timeline.viewport().pixelsPerFrameProperty().set(2);
            Random r = new Random(2);
            for (int i = 0; i < 30; i++) {
                timeline.viewport().scrollFramesProperty().set(r.nextInt(49_000));
                long s0 = System.nanoTime();
                timeline.draw();
                timeline.canvas().snapshot(null, null);
                raster.add(System.nanoTime() - s0);
            }
        });
        // one move of a clip among 2,000, as an edit (the whole gesture's model work)
        long t0 = System.nanoTime();
        boolean moved = UiFixtures.onFx(() -> model.moveClips(List.of(model.project().timeline().tracks().get(0).clips().getLast().id()), 10, 0,
                dev.cutroom.timeline.model.TrackKind.VIDEO));
        long moveNanos = System.nanoTime() - t0;
        System.out.printf("timeline 2000 clips: draw median %.2f ms, p95 %.2f ms (zoomed in); median %.2f ms, p95 %.2f ms (all on screen); "
                        + "draw + rasterise 1400x300 median %.1f ms; move edit %.1f ms%n",
                median(visible), p95(visible), median(fit), p95(fit), median(raster), moveNanos / 1e6);
        assertThat(moved).as("the move went through the one edit path").isTrue();
        assertThat(visible).hasSize(200).allMatch(n -> n > 0);
        assertThat(fit).hasSize(50).allMatch(n -> n > 0);
    }

    @Test
    void scrubLatencyOnTheDemoProject() throws Exception {
        Path demo = UiFixtures.demoProject();
        Project p = new ProjectStore().load(demo).project();
        MediaResolver resolver = new MediaResolver(demo.getParent());
        long frames = p.timeline().duration();
        try (FrameService service = new FrameService(960, 540, Runnable::run)) {
            // warm up (decoders open, JIT)
            request(service, p, resolver, 0);
            Random r = new Random(3);
            List<Long> cold = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                long frame = r.nextLong(frames);
                FrameService.Result shown = request(service, p, resolver, frame);
                assertThat(shown.image()).as("frame %d: %s", frame, shown.error()).isNotNull();
                cold.add(shown.latencyNanos());
            }
            // a scrub: the playhead dragged across, one request per 16 ms, only the newest waits
            List<Long> scrub = new ArrayList<>();
            List<CompletableFuture<FrameService.Result>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                CompletableFuture<FrameService.Result> f = new CompletableFuture<>();
                results.add(f);
                service.request(p, resolver, (i * 3L) % frames, f::complete);
                Thread.sleep(16);
            }
            results.getLast().get(30, TimeUnit.SECONDS); // the newest request is always rendered; older ones may be dropped
            for (var f : results) if (f.isDone()) scrub.add(f.get().latencyNanos());
            System.out.printf("scrub: random-access frame median %.1f ms, p95 %.1f ms; during a drag %d of 60 requests rendered (%d dropped as stale), median %.1f ms%n",
                    median(cold), p95(cold), scrub.size(), service.droppedRequests(), median(scrub));
            assertThat(results.getLast().get().image()).isNotNull();
        }
    }

    @Test
    void playbackOfTheDemoProject() throws Exception {
        Path demo = UiFixtures.demoProject();
        UiFixtures.runFx(() -> {
            try { model.open(demo); } catch (Exception e) { throw new RuntimeException(e); }
        });
        FrameService service = new FrameService(960, 540, Platform::runLater);
        var viewer = UiFixtures.onFx(() -> new dev.cutroom.app.ui.vm.ViewerModel(model, service));
        var timer = UiFixtures.onFx(() -> new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) { if (!viewer.tick(now)) stop(); }
        });
        // the last 4 seconds (crossing a cut between media of different rates), in real time
        long frames = UiFixtures.onFx(() -> { model.seek(Math.max(0, model.duration() - 100)); return model.duration() - model.playhead(); });
        long t0 = System.nanoTime();
        UiFixtures.runFx(() -> { viewer.play(1); timer.start(); });
        UiFixtures.waitFor("the end of playback", 60_000, () -> !viewer.playingProperty().get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        long shown = UiFixtures.onFx(() -> viewer.shownFramesProperty().get()), dropped = UiFixtures.onFx(() -> viewer.droppedFramesProperty().get());
        double fps = UiFixtures.onFx(() -> model.project().timeline().rate().toDouble());
        System.out.printf("playback: %d frames at %.3f fps in %.2f s: %d shown (%.1f fps), %d dropped%n", frames, fps, seconds, shown, shown / seconds, dropped);
        service.close();
        assertThat(shown).isGreaterThan(frames / 4);
    }

    /**
     * The whole demo project at 25 fps with its sound: the mix is rendered ahead into a simulated sound card that
     * plays in real time (no device on this machine), whose position is the master clock. Prints frames shown and
     * dropped, how far the picture on screen trails the sound, and audio underruns.
     */
    @Test
    void playbackOfTheDemoProjectWithSound() throws Exception {
        Path demo = UiFixtures.demoProject();
        UiFixtures.runFx(() -> {
            try { model.open(demo); } catch (Exception e) { throw new RuntimeException(e); }
        });
        RealTimeAudioLine line = new RealTimeAudioLine(48_000, 2, 0.25);
        FrameService service = new FrameService(960, 540, Platform::runLater);
        var engine = new dev.cutroom.app.ui.vm.PlaybackEngine((rate, ch) -> line, dev.cutroom.app.ui.vm.PlaybackEngine::timelineAudio);
        var viewer = UiFixtures.onFx(() -> new dev.cutroom.app.ui.vm.ViewerModel(model, service, engine));
        List<Long> lag = Collections.synchronizedList(new ArrayList<>());
        var timer = UiFixtures.onFx(() -> new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!viewer.tick(now)) { stop(); return; }
                if (viewer.shownFrame() >= 0) lag.add(model.playhead() - viewer.shownFrame());
            }
        });
        long frames = UiFixtures.onFx(() -> { model.seek(0); return model.duration(); });
        long t0 = System.nanoTime();
        UiFixtures.runFx(() -> { viewer.play(1); timer.start(); });
        assertThat(UiFixtures.onFx(() -> engine.clock())).isEqualTo(dev.cutroom.app.ui.vm.PlaybackEngine.Clock.AUDIO);
        UiFixtures.waitFor("the end of playback", 60_000, () -> !viewer.playingProperty().get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        long shown = UiFixtures.onFx(() -> viewer.shownFramesProperty().get()), dropped = UiFixtures.onFx(() -> viewer.droppedFramesProperty().get());
        List<Long> sorted = new ArrayList<>(lag);
        Collections.sort(sorted);
        System.out.printf("playback with sound (audio clock): %d frames at 25 fps in %.2f s (%.2f s of timeline): %d shown (%.1f fps), %d dropped; "
                        + "picture behind sound: median %d, max %d frames; audio underruns %.0f ms; overlay \"%s\"%n",
                frames, seconds, frames / 25.0, shown, shown / seconds, dropped,
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2), sorted.isEmpty() ? -1 : sorted.getLast(), line.underrunNanos / 1e6,
                UiFixtures.onFx(() -> viewer.statsProperty().get()));
        UiFixtures.runFx(engine::close);
        service.close();
        assertThat(shown).isGreaterThan(frames / 4);
        assertThat(seconds).as("the sound clock runs at the real rate").isBetween(frames / 25.0 * 0.9, frames / 25.0 * 2);
    }

    private static FrameService.Result request(FrameService s, Project p, MediaResolver r, long frame) throws Exception {
        CompletableFuture<FrameService.Result> f = new CompletableFuture<>();
        s.request(p, r, frame, f::complete);
        FrameService.Result result = f.get(30, TimeUnit.SECONDS);
        assertThat(result.error()).isNull();
        return result;
    }

    static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(s.size() / 2) / 1e6;
    }

    static double p95(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get((int) Math.min(s.size() - 1, Math.round(s.size() * 0.95))) / 1e6;
    }
}
