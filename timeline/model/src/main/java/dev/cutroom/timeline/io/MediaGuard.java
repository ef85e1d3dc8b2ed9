package dev.cutroom.timeline.io;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one check on media a project (or an OpenTimelineIO file) points at, used by every reader: render, plugin
 * runs, the editor's open and OTIO import. It judges the <em>real</em> file, after symbolic links: a stored path
 * that is relative (including {@code file:...} text, which is no exemption) must lead, links followed, to a file
 * inside the project folder; and no path may lead to a system folder ({@code /etc}, {@code /proc}, ...) or a
 * home folder's secrets ({@code .ssh}, {@code .gnupg}, {@code .aws}). Absolute paths to footage elsewhere are
 * what Save As writes and are fine. Thread-safe; reads only file metadata (to follow links).
 */
public final class MediaGuard {
    private static final List<Path> SYSTEM_ROOTS = List.of("/etc", "/proc", "/sys", "/dev", "/boot", "/bin", "/sbin", "/lib",
            "/lib32", "/lib64", "/usr", "/var", "/run").stream().map(Path::of).toList();
    private static final List<String> SECRET_FOLDERS = List.of(".ssh", ".gnupg", ".aws");

    private MediaGuard() {}

    /**
     * Why the media at {@code storedPath} must not be read without the user's say-so, or empty.
     *
     * @param projectFolder the folder of the project file the path was read from
     */
    public static Optional<String> concern(Path projectFolder, String storedPath) {
        Path resolved;
        try {
            resolved = MediaPaths.resolve(projectFolder, storedPath);
        } catch (InvalidPathException e) {
            return Optional.of("not a valid path");
        }
        Path real = realPath(resolved);
        boolean relative = !Path.of(storedPath.replace('\\', '/')).isAbsolute();
        if (relative && !real.startsWith(realPath(projectFolder.toAbsolutePath().normalize()))) {
            return Optional.of(real.equals(resolved) ? "climbs out of the project folder" : "a link that leads out of the project folder to " + real);
        }
        if (isSystemFile(resolved) || isSystemFile(real)) return Optional.of("a system file" + (real.equals(resolved) ? "" : " (through a link, " + real + ")"));
        return Optional.empty();
    }

    /** Whether {@code file}, links followed, lies inside one of {@code folders} (links followed too) and is no system file. */
    public static boolean isInside(Path file, List<Path> folders) {
        Path real = realPath(file.toAbsolutePath().normalize());
        if (isSystemFile(real)) return false;
        return folders.stream().anyMatch(f -> real.startsWith(realPath(f.toAbsolutePath().normalize())));
    }

    /** The file {@code path} leads to with every symbolic link followed, as far as the path exists; the rest is kept as written. */
    public static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                return existing.equals(absolute) ? real : real.resolve(existing.relativize(absolute)).normalize();
            } catch (IOException | SecurityException e) {
                existing = existing.getParent();
            }
        }
        return absolute;
    }

    /** Whether {@code file} lies in a folder of the system's own files or of a user's secrets. */
    public static boolean isSystemFile(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        if (SYSTEM_ROOTS.stream().anyMatch(normal::startsWith)) return true;
        for (Path part : normal) {
            if (SECRET_FOLDERS.contains(part.toString())) return true;
        }
        return false;
    }
}
