package dev.cutroom.app.cli;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Project;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Loads and saves project files for the command line, with the media resolver that goes with a file. */
public final class ProjectFiles {
    /** A project read from disk, with what is needed to save it back and to find its media. */
    public record Opened(Path file, Project project, Extras extras, MediaResolver resolver) {
        /** Saves {@code edited} over this file (atomically, keeping the previous save as .bak). */
        public void save(Project edited) {
            try {
                new ProjectStore().save(edited, extras, file);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
            }
        }

        /**
         * Media a project file from elsewhere should not make Cutroom read without the user's say-so, as
         * {@code "id: stored path (resolved file)"}: a relative path that climbs out of the project folder
         * ({@code ../../etc/passwd}; Cutroom itself never writes {@code ../}), or a file in a system folder
         * ({@code /etc/shadow}, {@code /proc/self/environ}). Absolute paths to footage elsewhere (another disk)
         * are what Save As writes and are fine.
         */
        /** Throws a clear error naming the {@link #outsideMedia()} unless the user allowed it ({@code --allow-outside}). */
        public void requireConfirmedMedia(boolean allowOutside, String what) {
            var outside = outsideMedia();
            if (!outside.isEmpty() && !allowOutside) {
                throw new IllegalArgumentException(file + " uses media outside its folder, not read without confirmation: "
                        + String.join("; ", outside) + ". " + what + " with --allow-outside to use it.");
            }
        }

        public java.util.List<String> outsideMedia() {
            Path folder = file.getParent().toAbsolutePath().normalize();
            java.util.List<String> out = new java.util.ArrayList<>();
            for (var item : project.media()) {
                if (item.path() == null) continue;
                try {
                    Path resolved = dev.cutroom.timeline.io.MediaPaths.resolve(folder, item.path()).normalize();
                    boolean climbsOut = !Path.of(item.path().replace('\\', '/')).isAbsolute() && !item.path().startsWith("file:")
                            && !resolved.startsWith(folder);
                    if (climbsOut || SystemFolders.contains(resolved)) out.add(item.id() + ": " + item.path() + " (" + resolved + ")");
                } catch (java.nio.file.InvalidPathException e) {
                    out.add(item.id() + ": " + item.path() + " (not a valid path)");
                }
            }
            return out;
        }
    }

    private ProjectFiles() {}

    public static Opened load(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            LoadedProject loaded = new ProjectStore().load(absolute);
            return new Opened(absolute, loaded.project(), loaded.extras(), new MediaResolver(absolute.getParent()));
        } catch (ProjectFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    public static void save(Project project, Path file) {
        try {
            new ProjectStore().save(project, file.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
        }
    }
}
