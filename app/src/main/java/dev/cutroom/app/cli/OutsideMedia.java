package dev.cutroom.app.cli;

import dev.cutroom.timeline.io.MediaGuard;
import dev.cutroom.timeline.io.MediaPaths;
import dev.cutroom.timeline.model.Project;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Media a project file from elsewhere should not make Cutroom read without the user's say-so, as judged by
 * {@link MediaGuard} on real paths (links followed): a relative path that leads out of the project folder
 * ({@code ../../etc/passwd}, a link inside the folder to footage elsewhere; Cutroom itself never writes
 * {@code ../}), or a file in a system folder ({@code /etc/shadow}, {@code /proc/self/environ}). Absolute paths to
 * footage elsewhere (another disk) are what Save As writes and are fine. The command line ({@code --allow-outside})
 * and the editor (a question before opening) both ask through this one check. Thread-safe (stateless).
 */
public final class OutsideMedia {
    private OutsideMedia() {}

    /** Each such media item as {@code "id: stored path (real file: why)"}, in bin order; empty when there is none. */
    public static List<String> of(Path projectFile, Project project) {
        // the real project's folder: a project opened through a link keeps its media beside the real file
        Path folder = ProjectFiles.real(projectFile).getParent().normalize();
        List<String> out = new ArrayList<>();
        for (var item : project.media()) {
            if (item.path() == null) continue;
            MediaGuard.concern(folder, item.path()).ifPresent(why -> out.add(item.id() + ": " + item.path() + " (" + real(folder, item.path()) + ": " + why + ")"));
        }
        return out;
    }

    private static String real(Path folder, String stored) {
        try {
            return MediaGuard.realPath(MediaPaths.resolve(folder, stored)).toString();
        } catch (InvalidPathException e) {
            return "?";
        }
    }
}
