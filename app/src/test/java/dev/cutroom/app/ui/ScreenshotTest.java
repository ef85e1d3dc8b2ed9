package dev.cutroom.app.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Writes PNGs of the main window with the demo project to target/screenshots and checks they are not blank. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
    }

    @Test
    void mainWindowWithDemoProject() throws Exception {
        Path demo = UiFixtures.demoProject();
        UiFixtures.runFx(() -> window.open(demo));
        UiFixtures.waitFor("the demo project", 10_000, () -> window.model().duration() > 0);
        UiFixtures.runFx(() -> {
            var m = window.model();
            window.timeline().zoomToFit();
            // a marker, in/out marks and a selected clip: the demo project as an editor leaves it mid-cut
            var v1 = m.project().timeline().tracks().get(0);
            var clip = v1.clips().get(1);
            m.seek(v1.clips().get(2).start() + 20);
            m.addMarker();
            m.seek(clip.start() + 30);
            m.markIn();
            m.seek(clip.start() + 60);
            m.select(clip.id(), false);
        });
        UiFixtures.waitFor("a viewer frame", 20_000, () -> window.viewer().imageProperty().get() != null
                && window.viewer().shownFrame() == window.model().playhead());
        Thread.sleep(2500); // thumbnails and waveforms load in the background
        UiFixtures.runFx(() -> window.timeline().draw());
        BufferedImage shot = UiFixtures.snapshot(window.scene());
        Path file = UiFixtures.writePng(shot, "main-window.png");
        double variance = UiFixtures.lumaVariance(shot);
        System.out.printf("screenshot %s %dx%d luma variance %.1f%n", file, shot.getWidth(), shot.getHeight(), variance);
        assertThat(shot.getWidth()).isGreaterThan(800);
        assertThat(variance).as("pixel variance of the window").isGreaterThan(100);
    }
}
