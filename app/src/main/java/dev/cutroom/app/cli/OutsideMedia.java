package dev.cutroom.app.cli;

import dev.cutroom.timeline.io.MediaPaths;
import dev.cutroom.timeline.model.Project;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Media a project file from elsewhere should not make Cutroom read without the user's say-so: a relative path
 * that climbs out of the project folder ({@code ../../etc/passwd}; Cutroom itself never writes {@code ../}), or a
 * file in a system folder ({@code /etc/shadow}, {@code /proc/self/environ}). Absolute paths to footage elsewhere
 * (another disk) are what Save As writes and are fine. The command line ({@code --allow-outside}) and the editor
 * (a question before opening) both ask through this one check. Thread-safe (stateless); touches no file.
 */
public final class OutsideMedia {
    private OutsideMedia() {}

    /** Each such media item as {@code "id: stored path (resolved file)"}, in bin order; empty when there is none. */
    public static List<String> of(Path projectFile, Project project) {
        Path folder = projectFile.toAbsolutePath().getParent().normalize();
        List<String> out = new ArrayList<>();
        for (var item : project.media()) {
            if (item.path() == null) continue;
            try {
                Path resolved = MediaPaths.resolve(folder, item.path()).normalize();
                boolean climbsOut = !Path.of(item.path().replace('\\', '/')).isAbsolute() && !item.path().startsWith("file:")
                        && !resolved.startsWith(folder);
                if (climbsOut || SystemFolders.contains(resolved)) out.add(item.id() + ": " + item.path() + " (" + resolved + ")");
            } catch (InvalidPathException e) {
                out.add(item.id() + ": " + item.path() + " (not a valid path)");
            }
        }
        return out;
    }
}
