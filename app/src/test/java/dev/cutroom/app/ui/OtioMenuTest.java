package dev.cutroom.app.ui;

import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window, headless: File holds Import OTIO… and Export OTIO…; exporting the demo and importing it back
 * opens the import and shows its report, with the offer to link the media outside the new project's folder.
 */
@ExtendWith(ApplicationExtension.class)
class OtioMenuTest {
    private EditorWindow window;

    @Start
    void start(Stage stage) {
        window = new EditorWindow(stage, UiFixtures.settings(), UiFixtures.TARGET.resolve("ui-cache"));
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void exportThenImportShowsTheReport(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().getFirst().getItems()).extracting(MenuItem::getText).contains("Import OTIO…", "Export OTIO…");

        UiFixtures.runFx(() -> window.open(UiFixtures.demoProject()));
        UiFixtures.waitFor("the demo project", 10_000, () -> window.model().duration() > 0);
        Path folder = Files.createDirectories(UiFixtures.TARGET.resolve("otio-menu-" + System.nanoTime()));
        Path otio = folder.resolve("demo.otio");
        UiFixtures.onFx(() -> window.exportOtio(otio)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(otio).isRegularFile();

        Path target = folder.resolve("sub").resolve("imported.cutroom");
        Files.createDirectories(target.getParent());
        UiFixtures.onFx(() -> window.importOtio(otio, target, false)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        UiFixtures.waitFor("the import report", 10_000, () -> robot.lookup("#otio-import-report").tryQuery().isPresent());
        TextArea report = robot.lookup("#otio-import-report").queryAs(TextArea.class);
        assertThat(report.getText()).contains("outside the project folder");
        assertThat(robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class)).extracting(javafx.scene.control.Button::getText)
                .contains(ImportReportDialog.LINK_OUTSIDE.getText());
        assertThat(UiFixtures.onFx(() -> window.model().projectFile())).isEqualTo(target.toAbsolutePath());
        UiFixtures.runFx(() -> ((Stage) report.getScene().getWindow()).close());
    }
}
