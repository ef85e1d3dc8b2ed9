package dev.cutroom.plugin.instruct.execute;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real photographs for tests of picture operations (scikit-image's sample data, e.g. {@code astronaut.png},
 * {@code chelsea.png}, {@code coffee.png}): from the folder in {@code -Dcutroom.photos}, else where Debian's
 * python3-skimage installs them (or where its package was unpacked). Never committed: a test that needs one is
 * skipped, saying so, when none is found.
 */
final class Photos {
    private static final List<String> PLACES = List.of(
            System.getProperty("cutroom.photos", ""),
            "/usr/lib/python3/dist-packages/skimage/data",
            "/tmp/skim/x/usr/lib/python3/dist-packages/skimage/data");

    private Photos() {}

    /** The photograph {@code name}, scaled to cover {@code size}. */
    static RgbImage load(String name, FrameSize size) throws Exception {
        for (String place : PLACES) {
            if (place.isEmpty()) continue;
            Path p = Path.of(place, name);
            if (Files.isRegularFile(p)) return BackgroundImages.cover(p, size);
        }
        assumeTrue(false, "no photograph " + name + " (set -Dcutroom.photos or install python3-skimage)");
        throw new AssertionError();
    }
}
