package dev.cutroom.app.ui;

import dev.cutroom.app.DemoProject;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts JavaFX from the class path (the launcher's main class is not an {@code Application}) and shows the
 * editor; returns when the window is closed. With no project it opens the demo project from
 * {@code ~/.cutroom/demo}, generating it on first start in the background.
 */
public final class EditorLauncher {
    private EditorLauncher() {}

    /** The per-user folder for the demo project, caches and the untitled autosave. */
    public static Path home() {
        return Path.of(System.getProperty("user.home"), ".cutroom");
    }

    public static Path demoProjectFile() {
        return home().resolve("demo").resolve(DemoProject.FILE_NAME);
    }

    /** Held so the level set below is not lost when the logger is collected. */
    private static final java.util.logging.Logger PLATFORM_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Shows the editor and blocks until it closes. Returns 0. */
    public static int launch(Path projectOrNull) {
        // Cutroom runs JavaFX from the class path on purpose (one launcher, one class path); JavaFX warns about that
        // at every start. The warning is about this known configuration, not a fault, so it is kept out of the log.
        PLATFORM_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                EditorWindow window = new EditorWindow(stage, EditorSettings.forUser(), home().resolve("cache"));
                stage.setOnHidden(e -> closed.countDown());
                stage.show();
                start(window, projectOrNull);
                String shot = System.getProperty("cutroom.screenshot");
                if (shot != null) screenshotLater(stage, Path.of(shot));
            } catch (RuntimeException e) {
                System.err.println("cutroom: " + dev.cutroom.app.ErrorReport.report("Cannot open the editor", e));
                closed.countDown();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    /** Writes a PNG of the window from the screen after a few seconds (for docs and display checks). */
    private static void screenshotLater(Stage stage, Path file) {
        var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(Double.parseDouble(System.getProperty("cutroom.screenshotDelay", "8"))));
        pause.setOnFinished(e -> {
            var image = new javafx.scene.robot.Robot().getScreenCapture(null, stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                System.out.println("screenshot written to " + file);
            } catch (java.io.IOException ex) {
                System.err.println("cannot write " + file + ": " + ex.getMessage());
            }
        });
        pause.play();
    }

    /** Opens what the editor starts with: the given project, else an untitled autosave to recover, else the demo. */
    static void start(EditorWindow window, Path projectOrNull) {
        if (projectOrNull != null) {
            window.open(projectOrNull.toAbsolutePath());
            return;
        }
        window.checkUntitledRecovery().thenAccept(restored -> { if (!restored) startWithDemo(window); });
    }

    private static void startWithDemo(EditorWindow window) {
        if (window.model().projectFile() != null || !window.model().project().media().isEmpty()) return;
        Path demo = demoProjectFile();
        if (Files.isRegularFile(demo)) {
            window.open(demo);
            return;
        }
        window.model().statusProperty().set("Generating the demo project in " + demo.getParent() + "…");
        Task<Path> make = new Task<>() {
            @Override
            protected Path call() {
                return DemoProject.create(demo.getParent());
            }
        };
        make.setOnSucceeded(e -> window.open(make.getValue()));
        make.setOnFailed(e -> window.model().statusProperty().set("Could not generate the demo project: " + make.getException().getMessage()));
        Thread.ofPlatform().daemon().name("cutroom-demo").start(make);
    }
}
