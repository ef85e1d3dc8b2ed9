package dev.cutroom.plugin.host.project;

import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectLock;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Project;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A slot over a project <em>file</em>, for headless runs: each {@link #edit} takes the project's
 * {@link ProjectLock}, loads the file as it is now, builds and applies the command to that, and saves (refusing
 * when the file changed between that load and the save). A job that ran for minutes thus adds its result to the
 * project as it is when it finishes, keeping every edit saved in the meantime, instead of writing back the copy it
 * started from. When the lock is not free within {@code lockWait}, or anything is refused, the file is unchanged
 * and the exception says why.
 */
public final class ProjectFileSlot implements ProjectSlot {
    private final Path file;
    private final String holder;
    private final Duration lockWait;
    private final Consumer<ProjectStore.Saved> onSaved;
    private final ProjectStore store = new ProjectStore();

    /**
     * @param holder  what this process is, shown to another writer that waits ("cutroom plugin run")
     * @param onSaved told about each save (e.g. to say where a newer autosave was kept)
     */
    public ProjectFileSlot(Path file, String holder, Duration lockWait, Consumer<ProjectStore.Saved> onSaved) {
        this.file = file.toAbsolutePath();
        this.holder = Objects.requireNonNull(holder, "holder");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
    }

    @Override
    public synchronized Project edit(Function<Project, Command> build) {
        try (ProjectLock ignored = ProjectLock.acquire(file, holder, lockWait)) {
            LoadedProject now = store.load(file);
            Command command = build.apply(now.project());
            if (command == null) return now.project();
            Project after = command.apply(now.project()).after();
            onSaved.accept(store.saveOver(after, now.extras(), file, now.stamp(), ProjectStore.AutosaveRule.KEEP_NEWER));
            return after;
        } catch (ProjectFileException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
