package dev.cutroom.app.ui.plugins;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.plugin.host.project.ProjectSlot;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The editor's project as a {@link ProjectSlot}: a job's result becomes one entry of the editor's undo history
 * ({@link EditorModel#execute}). The committer calls {@link #edit} on a job thread; the slot hands over to the UI
 * thread, builds and applies the command there against the project as it is at that moment, and waits. A refused
 * command throws (the project is unchanged, the committer removes the files). When the project was replaced
 * (another project opened, or saved to another folder) since the job was submitted, the result is refused too:
 * its files were placed beside the old project.
 */
final class EditorSlot implements ProjectSlot {
    private final EditorModel model;
    private final Executor uiThread;
    private final Path projectFolder;
    private final Project submittedOn;

    EditorSlot(EditorModel model, Executor uiThread, Path projectFolder) {
        this.model = Objects.requireNonNull(model, "model");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.projectFolder = projectFolder;
        this.submittedOn = model.project();
    }

    @Override
    public Project edit(Function<Project, Command> build) {
        CompletableFuture<Project> done = new CompletableFuture<>();
        uiThread.execute(() -> {
            try {
                done.complete(apply(build));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the editor", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** On the UI thread. */
    private Project apply(Function<Project, Command> build) {
        Project before = model.project();
        if (!before.id().equals(submittedOn.id())) throw new IllegalStateException("another project was opened while the job ran");
        if (projectFolder != null && !projectFolder.equals(model.resolver().projectFolder())) {
            throw new IllegalStateException("the project was saved to another folder while the job ran");
        }
        Command command = build.apply(before);
        if (command == null) return before;
        return model.performOrThrow(command.label(), command); // throws when refused: nothing changed
    }
}
