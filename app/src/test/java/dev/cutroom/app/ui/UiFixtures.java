package dev.cutroom.app.ui;

import dev.cutroom.app.DemoProject;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

/** Shared test helpers: the demo project (generated once per build folder), waiting, screenshots. */
final class UiFixtures {
    private UiFixtures() {}

    static final Path TARGET = Path.of("target").toAbsolutePath();

    /** The demo project, generated once into target/ui-demo; tests copy nothing and never save over it. */
    static synchronized Path demoProject() {
        Path file = TARGET.resolve("ui-demo").resolve(DemoProject.FILE_NAME);
        if (!Files.isRegularFile(file)) DemoProject.create(file.getParent());
        return file;
    }

    static EditorSettings settings() {
        return new EditorSettings(Preferences.userRoot().node("dev/cutroom/test/" + ProcessHandle.current().pid() + "/" + System.nanoTime()));
    }

    static void waitFor(String what, long timeoutMs, BooleanSupplier condition) throws Exception {
        FxThread.waitFor(what, timeoutMs, condition);
    }

    static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return FxThread.onFx(action);
    }

    static void runFx(Runnable action) throws Exception {
        FxThread.runFx(action);
    }

    static BufferedImage snapshot(Scene scene) throws Exception {
        return onFx(() -> {
            WritableImage img = scene.snapshot(null);
            return SwingFXUtils.fromFXImage(img, null);
        });
    }

    static Path writePng(BufferedImage image, String name) throws IOException {
        Path dir = TARGET.resolve("screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Variance of the luma over all pixels: near zero for a blank image. */
    static double lumaVariance(BufferedImage img) {
        double sum = 0, sq = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sq += l * l;
                n++;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    /** A double-click delivered to {@code node} itself (robot clicks land on whatever window is on top at that point). */
    static void doubleClick(javafx.scene.Node node) throws Exception {
        runFx(() -> {
            javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
            double x = b.getCenterX(), y = b.getCenterY();
            for (int count = 1; count <= 2; count++) {
                javafx.event.Event.fireEvent(node, new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, x, y, x, y,
                        javafx.scene.input.MouseButton.PRIMARY, count, false, false, false, false, true, false, false, true, false, true, null));
            }
        });
    }
}
