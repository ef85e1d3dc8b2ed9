package dev.cutroom.app.ui;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.FrameService;
import dev.cutroom.app.ui.vm.PlaybackEngine;
import dev.cutroom.app.ui.vm.ViewerModel;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.command.SetTrackFlags;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sound and picture: the picture follows the sound line's play position (a fake line drained by the test, so the
 * position is exact), pausing stops the line, seeking flushes it, no device falls back to the wall clock. No
 * window; frames are not decoded (the test projects have no media files).
 */
class PlaybackEngineTest {
    private static final int SPF = 48_000 / 25; // sample frames per video frame at 25 fps

    private EditorModel model;
    private FakeAudioLine line;
    private FrameService frames;
    private ViewerModel viewer;
    private int opened;

    /** Frame f sounds as a constant level that encodes f % 100, so the test can tell which frame is queued. */
    static PlaybackEngine.AudioSource levels(Project p) {
        return new PlaybackEngine.AudioSource() {
            private float[] buf = new float[0];
            @Override public float[] render(long frame) {
                int n = samplesIn(frame) * 2;
                if (buf.length < n) buf = new float[n];
                java.util.Arrays.fill(buf, 0, n, (frame % 100) / 100f);
                return buf;
            }
            @Override public int samplesIn(long frame) { return (int) (PlaybackEngine.firstSampleOf(p, frame + 1) - PlaybackEngine.firstSampleOf(p, frame)); }
            @Override public int channels() { return 2; }
            @Override public void close() { }
        };
    }

    static long levelFrame(short s) { return Math.round(s / 327.67); }

    @BeforeEach
    void setUp() {
        model = new EditorModel(Ids.seeded(5), Runnable::run, Runnable::run);
        model.execute(dev.cutroom.timeline.command.Restore.project("load", TestProjects.linked(3, 4))); // 300 frames
        line = new FakeAudioLine(SPF * 6, 2);
        frames = new FrameService(64, 36, r -> { });
        viewer = new ViewerModel(model, frames, new PlaybackEngine((rate, ch) -> { opened++; return line; }, (p, r, from) -> levels(p)));
    }

    @AfterEach
    void tearDown() {
        viewer.pause();
        viewer.engine().close();
        frames.close();
    }

    /** Drains {@code sampleFrames} from the line as the sound card would, waiting for the audio thread to keep up. */
    private void playSound(long sampleFrames) throws Exception {
        while (sampleFrames > 0) {
            line.awaitQueued(Math.min(sampleFrames, SPF), 5000);
            long n = line.play(sampleFrames);
            if (n == 0) Thread.sleep(1); // the line starts once the audio thread has queued its prefill
            sampleFrames -= n;
        }
    }

    private void awaitRunning() throws InterruptedException {
        for (int i = 0; i < 500 && !line.running(); i++) Thread.sleep(10);
        assertThat(line.running()).isTrue();
    }

    @Test
    void thePictureFollowsTheSoundLine() throws Exception {
        model.seek(40);
        viewer.play(1);
        assertThat(viewer.engine().clock()).isEqualTo(PlaybackEngine.Clock.AUDIO);
        line.awaitQueued(2 * SPF, 5000);
        awaitRunning();
        assertThat(line.framePosition()).as("nothing played before the prefill").isZero();
        assertThat(opened).isEqualTo(1);
        long wall = 0;
        long played = 0;
        for (long step : new long[] {0, 700, SPF, 3 * SPF + 17, 5, SPF - 5, 2 * SPF, 4000, 9 * SPF}) {
            playSound(step);
            played += step;
            wall += 1_000_000_000L; // the wall clock runs much faster than the sound: it must not matter
            viewer.tick(wall);
            long expected = 40 + played / SPF;
            assertThat(model.playhead()).as("after %d sample frames", played).isEqualTo(expected);
            line.awaitQueued(1, 5000);
            assertThat(levelFrame(line.next())).as("the sound about to play is the frame shown").isEqualTo(expected % 100);
        }
        assertThat(viewer.statsProperty().get()).contains("fake audio");
    }

    @Test
    void pausingStopsAndFlushesTheLine() throws Exception {
        viewer.play(1);
        playSound(3 * SPF);
        viewer.tick(1);
        assertThat(model.playhead()).isEqualTo(3);
        viewer.pause();
        assertThat(line.running()).isFalse();
        assertThat(line.stops).isGreaterThanOrEqualTo(1);
        long position = line.framePosition();
        Thread.sleep(50);
        assertThat(line.queued()).as("nothing rendered after the pause").isZero();
        assertThat(line.play(SPF)).isZero();
        assertThat(line.framePosition()).isEqualTo(position);
        assertThat(viewer.tick(2)).isFalse();
        assertThat(model.playhead()).isEqualTo(3);
        // play again: the same line, restarted from the playhead
        viewer.play(1);
        playSound(2 * SPF);
        viewer.tick(3);
        assertThat(model.playhead()).isEqualTo(5);
        assertThat(opened).isEqualTo(1);
    }

    @Test
    void seekingDuringPlaybackFlushesAndPlaysFromThere() throws Exception {
        viewer.play(1);
        playSound(2 * SPF);
        viewer.tick(1);
        int flushes = line.flushes;
        model.seek(150); // a click on the ruler
        viewer.tick(2);
        assertThat(line.flushes).isGreaterThan(flushes);
        assertThat(model.playhead()).isEqualTo(150);
        line.awaitQueued(SPF, 5000);
        assertThat(levelFrame(line.next())).isEqualTo(50);
        playSound(3 * SPF + 100);
        viewer.tick(3);
        assertThat(model.playhead()).isEqualTo(153);
    }

    @Test
    void playbackStopsAtTheEndOfTheSound() throws Exception {
        model.seek(295);
        viewer.play(1);
        playSound(3 * SPF);
        assertThat(viewer.tick(1)).isTrue();
        playSound(SPF);
        assertThat(viewer.tick(2)).isFalse();
        assertThat(viewer.playingProperty().get()).isFalse();
        assertThat(model.playhead()).isEqualTo(299);
    }

    @Test
    void shuttleSpeedsPlaySilentlyOnTheWallClock() {
        viewer.play(2);
        assertThat(viewer.engine().clock()).isEqualTo(PlaybackEngine.Clock.WALL);
        assertThat(line.running()).isFalse();
        assertThat(viewer.statsProperty().get()).contains("muted at 2x");
        viewer.tick(1_000_000_000L);
        viewer.tick(2_000_000_000L); // one second at 2x, 25 fps
        assertThat(model.playhead()).isEqualTo(50);
        viewer.shuttleBackward();
        assertThat(viewer.statsProperty().get()).contains("muted at -1x");
    }

    @Test
    void withoutASoundDeviceTheWallClockDrivesThePicture() {
        ViewerModel silent = new ViewerModel(model, frames, new PlaybackEngine((rate, ch) -> {
            throw new javax.sound.sampled.LineUnavailableException("no mixer");
        }, (p, r, from) -> levels(p)));
        silent.play(1);
        assertThat(silent.engine().clock()).isEqualTo(PlaybackEngine.Clock.WALL);
        assertThat(silent.statsProperty().get()).contains("no audio device");
        silent.tick(5_000_000_000L);
        silent.tick(5_400_000_000L);
        assertThat(model.playhead()).isEqualTo(10);
        silent.pause();
        // the default engine opens the real sound system: on a machine without one it must not throw either
        try (PlaybackEngine real = PlaybackEngine.forApp()) {
            real.start(model.project(), model.resolver(), 0, 1);
            assertThat(real.status()).isNotEmpty();
            real.stop();
        }
    }

    @Test
    void theTimelineMixRespectsMute() throws Exception {
        Path demo = UiFixtures.demoProject();
        Project p = new ProjectStore().load(demo).project();
        MediaResolver resolver = new MediaResolver(demo.getParent());
        assertThat(peak(p, resolver)).isGreaterThan(0.01f);
        Project muted = p;
        for (Track t : p.timeline().tracks()) {
            if (t.kind() == TrackKind.AUDIO) muted = new SetTrackFlags(t.id(), true, false, t.locked(), t.hidden()).apply(muted).after();
        }
        assertThat(peak(muted, resolver)).isZero();
    }

    private static float peak(Project p, MediaResolver resolver) {
        float peak = 0;
        try (PlaybackEngine.AudioSource s = PlaybackEngine.timelineAudio(p, resolver, 0)) {
            for (long f = 0; f < Math.min(75, p.timeline().duration()); f++) {
                float[] mix = s.render(f);
                for (int i = 0; i < s.samplesIn(f) * s.channels(); i++) peak = Math.max(peak, Math.abs(mix[i]));
            }
        }
        return peak;
    }
}
