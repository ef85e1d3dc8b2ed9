package dev.cutroom.app.cli;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.FileStamp;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectLock;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads and saves project files for the command line, with the media resolver that goes with a file.
 *
 * <p>Writers take the project's {@link ProjectLock} ({@link #lock}): they wait up to {@link #lockWait()} for
 * another writer (a second {@code edit}, a plugin run applying its result) and refuse, naming the holder, when
 * it does not let go (the editor holds it while the project is open). Saves check that the file is still the one
 * that was loaded, and keep a newer autosave (another session's unsaved edits) as a recovery copy, saying where.
 */
public final class ProjectFiles {
    /** How long a command waits for the project's lock; {@code -Dcutroom.lockWaitMillis} changes it. */
    static Duration lockWait() { return Duration.ofMillis(Long.getLong("cutroom.lockWaitMillis", 5_000)); }

    /** A project read from disk, with what is needed to save it back and to find its media. */
    public record Opened(Path file, Project project, Extras extras, MediaResolver resolver, FileStamp stamp) {
        /**
         * Saves {@code edited} over this file (atomically, keeping the previous save as .bak), refusing when the file
         * changed on disk since it was loaded. Call it holding the project's {@link #lock}.
         */
        public void save(Project edited) {
            try {
                ProjectStore.Saved saved = new ProjectStore().saveOver(edited, extras, file, stamp, ProjectStore.AutosaveRule.KEEP_NEWER);
                reportKeptAutosave(saved);
            } catch (ProjectFileException e) {
                throw new UncheckedIOException("could not save " + e.getMessage(), e);
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

        /**
         * Refuses an output file that this project uses: its media, the project file, its .bak, autosave or lock file
         * (compared after symbolic links). {@code --force} never overrides this: writing there destroys the project's work.
         */
        public void requireNotUsedBy(Path output, String what) {
            Path out = real(output);
            Map<Path, String> used = new LinkedHashMap<>();
            used.put(real(file), "the project file itself");
            used.put(real(ProjectStore.backupFile(file)), "the project's previous save (.bak)");
            used.put(real(ProjectStore.autosaveFile(file)), "the project's autosave");
            try {
                used.put(ProjectLock.lockFileOf(file), "the project's lock file");
            } catch (IOException ignored) {
                // no folder, no lock file
            }
            for (MediaItem m : project.media()) used.putIfAbsent(real(resolver.resolve(m)), "media " + m.id() + " of the project");
            String role = used.get(out);
            if (role != null) {
                throw new IllegalArgumentException(what + " would write onto " + output + ", which is " + role + "; choose another output file"
                        + " (--force does not allow this)");
            }
        }
    }

    private ProjectFiles() {}

    public static Opened load(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            LoadedProject loaded = new ProjectStore().load(absolute);
            return new Opened(absolute, loaded.project(), loaded.extras(), new MediaResolver(loaded.extras().baseFolder()), loaded.stamp());
        } catch (ProjectFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Takes the project's lock for a command-line writer ({@code command} is shown to anyone who waits). */
    public static ProjectLock lock(Path file, String command) {
        try {
            return ProjectLock.acquire(file.toAbsolutePath(), command, lockWait());
        } catch (ProjectFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Creates or replaces (the caller checked --force) a project file, under its lock. */
    public static void save(Project project, Path file, String command) { saveNew(project, Extras.NONE, file, command); }

    /** Creates or replaces a project file with {@code extras} (an import), under its lock. */
    public static void saveNew(Project project, Extras extras, Path file, String command) {
        try (ProjectLock ignored = lock(file, command)) {
            reportKeptAutosave(new ProjectStore().saveOver(project, extras, file.toAbsolutePath(), null, ProjectStore.AutosaveRule.KEEP_NEWER));
        } catch (ProjectFileException e) {
            throw new UncheckedIOException("could not save " + e.getMessage(), e);
        }
    }

    /** Says where a newer autosave went, so that unsaved work of an editor session is never dropped silently. */
    static void reportKeptAutosave(ProjectStore.Saved saved) {
        if (saved.keptAutosave() != null) {
            System.err.println("cutroom: note: an autosave newer than the project file held unsaved edits of an editor session; kept as "
                    + saved.keptAutosave() + " (open it to recover them)");
        }
    }

    static Path real(Path p) {
        try {
            return ProjectStore.realTarget(p);
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
