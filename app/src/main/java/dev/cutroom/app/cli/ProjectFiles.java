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

        /** Throws a clear error naming the {@link #outsideMedia()} unless the user allowed it ({@code --allow-outside}). */
        public void requireConfirmedMedia(boolean allowOutside, String what) {
            var outside = outsideMedia();
            if (!outside.isEmpty() && !allowOutside) {
                throw new IllegalArgumentException(file + " uses media outside its folder, not read without confirmation: "
                        + String.join("; ", outside) + ". " + what + " with --allow-outside to use it.");
            }
        }

        /** Media not read without confirmation ({@link OutsideMedia}). */
        public java.util.List<String> outsideMedia() {
            return OutsideMedia.of(file, project);
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
