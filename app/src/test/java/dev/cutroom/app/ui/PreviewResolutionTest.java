package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.FrameService;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The viewer's frames at half and quarter size, and the frames after the playhead made ahead during playback. */
class PreviewResolutionTest {
    private static FrameService.Result request(FrameService s, Project p, MediaResolver r, long frame) throws Exception {
        CompletableFuture<FrameService.Result> f = new CompletableFuture<>();
        s.request(p, r, frame, f::complete);
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void halfAndQuarterPreviewAndReadAhead() throws Exception {
        Path demo = UiFixtures.demoProject();
        Project p = new ProjectStore().load(demo).project();
        MediaResolver resolver = new MediaResolver(demo.getParent());
        try (FrameService service = new FrameService(960, 540, Runnable::run)) {
            double full = request(service, p, resolver, 10).image().getWidth();
            service.setPreviewScale(0.5);
            assertThat(request(service, p, resolver, 10).image().getWidth()).isEqualTo(Math.round(full / 2), org.assertj.core.api.Assertions.within(1.0));
            service.setPreviewScale(0.25);
            assertThat(request(service, p, resolver, 10).image().getWidth()).isEqualTo(Math.round(full / 4), org.assertj.core.api.Assertions.within(1.0));

            // playing: the next frames are made before they are asked for
            service.setReadAhead(true);
            assertThat(request(service, p, resolver, 20).cached()).isFalse();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (service.madeAhead() < 8 && System.nanoTime() < deadline) Thread.onSpinWait();
            assertThat(service.madeAhead()).isGreaterThanOrEqualTo(8);
            for (long f = 21; f <= 28; f++) assertThat(request(service, p, resolver, f).cached()).as("frame %d made ahead", f).isTrue();

            // paused: nothing more is made
            service.setReadAhead(false);
            // one worker: once this request is answered, a frame that was being made ahead when it stopped is done
            assertThat(request(service, p, resolver, 100).cached()).isFalse();
            long made = service.madeAhead();
            assertThat(request(service, p, resolver, 130).cached()).isFalse();
            assertThat(service.madeAhead()).isEqualTo(made);
            assertThatThrownByScale(service);
        }
    }

    private static void assertThatThrownByScale(FrameService s) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.setPreviewScale(0)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.setPreviewScale(2)).isInstanceOf(IllegalArgumentException.class);
    }
}
