package dev.cutroom.plugin.instruct.execute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a TrueType font file for FFmpeg's drawtext (which needs a file; JavaCV's build has no fontconfig lookup
 * we can rely on). {@code -Dcutroom.font=FILE} wins; then a bold sans in the usual Linux, macOS and JDK places.
 */
public final class FontFiles {
    private static final List<String> PREFERRED = List.of("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf",
            "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf");
    private static final List<String> FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts",
            "/System/Library/Fonts", System.getProperty("java.home") + "/lib/fonts");

    private FontFiles() {}

    /** A font file for titles, if this machine has one. */
    public static Optional<Path> find() {
        String configured = System.getProperty("cutroom.font");
        if (configured != null && Files.isRegularFile(Path.of(configured))) return Optional.of(Path.of(configured));
        List<Path> fonts = FOLDERS.stream().map(Path::of).filter(Files::isDirectory).flatMap(FontFiles::ttfUnder).toList();
        for (String name : PREFERRED) {
            Optional<Path> hit = fonts.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst();
            if (hit.isPresent()) return hit;
        }
        return fonts.stream().findFirst();
    }

    private static Stream<Path> ttfUnder(Path dir) {
        try (Stream<Path> all = Files.walk(dir, 4)) {
            return all.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")).sorted().toList().stream();
        } catch (IOException | RuntimeException e) {
            return Stream.empty();
        }
    }
}
