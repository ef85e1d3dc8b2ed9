package dev.cutroom.app.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Folder listings for the checks. */
final class Files2 {
    private Files2() {}

    /** Names in {@code folder} (not recursive), sorted. */
    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Hidden names in {@code folder} that start with {@code "." + name}: temp files of {@code name}. */
    static List<String> hiddenTemps(Path folder, String name) throws IOException {
        return names(folder).stream().filter(n -> n.startsWith("." + name)).toList();
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
