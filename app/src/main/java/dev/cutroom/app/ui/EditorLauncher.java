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

    /** Shows the editor and blocks until it closes. Returns 0. */
    public static int launch(Path projectOrNull) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                EditorWindow window = new EditorWindow(stage, EditorSettings.forUser(), home().resolve("cache"));
                stage.setOnHidden(e -> closed.countDown());
                stage.show();
                start(window, projectOrNull);
            } catch (RuntimeException e) {
                e.printStackTrace();
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

    /** Opens what the editor starts with: the given project, else an untitled autosave to recover, else the demo. */
    static void start(EditorWindow window, Path projectOrNull) {
        if (projectOrNull != null) {
            window.open(projectOrNull.toAbsolutePath());
            return;
        }
        window.checkUntitledRecovery();
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
