package dev.cutroom.app.cli;

import java.nio.file.Path;
import java.util.List;

/** Folders that hold the system's own files, never an editor's footage: media there is refused unless confirmed. */
final class SystemFolders {
    private static final List<Path> ROOTS = List.of("/etc", "/proc", "/sys", "/dev", "/boot", "/bin", "/sbin", "/lib",
            "/lib32", "/lib64", "/usr", "/var", "/run").stream().map(Path::of).toList();

    private SystemFolders() {}

    static boolean contains(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        if (ROOTS.stream().anyMatch(normal::startsWith)) return true;
        // Secrets in a home folder: ~/.ssh, ~/.gnupg and the like.
        for (Path part : normal) {
            String name = part.toString();
            if (name.equals(".ssh") || name.equals(".gnupg") || name.equals(".aws")) return true;
        }
        return false;
    }
}
