package dev.cutroom.app.ui;

import dev.cutroom.app.ui.view.AudioMeterView;
import dev.cutroom.app.ui.vm.AudioLevels;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static dev.cutroom.app.ui.UiFixtures.onFx;
import static dev.cutroom.app.ui.UiFixtures.runFx;
import static dev.cutroom.app.ui.UiFixtures.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Peak and RMS per channel with a clip indicator, measured exactly, and moving beside the viewer during playback. */
@ExtendWith(ApplicationExtension.class)
class AudioMetersTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1400);
        stage.setHeight(880);
        stage.show();
    }

    @Test
    void levelsOfASineArePeakAndRmsPerChannel() {
        int n = 4800;
        float[] mix = new float[n * 2];
        for (int i = 0; i < n; i++) {
            mix[2 * i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / 48_000.0));
            mix[2 * i + 1] = (float) (0.1 * Math.sin(2 * Math.PI * 440 * i / 48_000.0));
        }
        AudioLevels l = AudioLevels.measure(mix, n, 2);
        assertThat(AudioLevels.dbfs(l.peak()[0])).isCloseTo(-6.02, within(0.05));
        assertThat(AudioLevels.dbfs(l.rms()[0])).isCloseTo(-9.03, within(0.05));
        assertThat(AudioLevels.dbfs(l.peak()[1])).isCloseTo(-20.0, within(0.05));
        assertThat(l.clipped()).isFalse();
        mix[77] = 1f;
        assertThat(AudioLevels.measure(mix, n, 2).clipped()).isTrue();
        assertThat(AudioLevels.dbfs(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void theMetersMoveDuringPlaybackAndFallSilentOnPause(FxRobot robot) throws Exception {
        runFx(() -> window.open(UiFixtures.demoProject()));
        waitFor("the demo project", 20_000, () -> window.model().duration() > 0);
        AudioMeterView meter = robot.lookup("#audio-meter").queryAs(AudioMeterView.class);
        assertThat(onFx(() -> meter.shownRmsDb(0))).isEqualTo(-60.0);

        runFx(() -> { window.model().seek(10); window.viewer().togglePlay(); });
        waitFor("sound on the meters", 20_000, () -> meter.shownRmsDb(0) > -50 || meter.shownRmsDb(1) > -50);
        assertThat(onFx(() -> Math.max(meter.shownPeakDb(0), meter.shownPeakDb(1)))).isGreaterThan(-50).isLessThanOrEqualTo(0);

        runFx(() -> window.viewer().pause());
        assertThat(onFx(() -> meter.shownRmsDb(0))).isEqualTo(-60.0);
        assertThat(onFx(() -> window.viewer().meterProperty().get())).isSameAs(AudioLevels.SILENCE);
    }
}
