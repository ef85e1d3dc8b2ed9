package dev.cutroom.app.ui.vm;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.render.CancelToken;
import dev.cutroom.engine.render.ExportResult;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.engine.render.Exporter;
import dev.cutroom.plugin.host.project.ExportProvenance;
import dev.cutroom.timeline.model.Project;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Long work (export now, plugin jobs later) as {@link Task}s: the running ones (for a progress view with cancel)
 * and a log of finished ones with their outcome or error, so a failure is never silent.
 */
public final class JobsModel {
    private final Executor executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<String> finished = FXCollections.observableArrayList();

    public JobsModel(Executor executor) {
        this.executor = executor;
    }

    public ObservableList<Task<?>> running() { return running; }

    public ObservableList<String> finished() { return finished; }

    /** Starts a task and tracks it until it ends. Call on the FX thread. */
    public <T> Task<T> submit(Task<T> task) {
        return submit(task, executor);
    }

    /** {@link #submit(Task)} on another executor (a task that only waits for work done elsewhere, e.g. a plugin job). */
    public <T> Task<T> submit(Task<T> task, Executor executor) {
        running.add(task);
        long started = System.nanoTime();
        task.stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
                String took = String.format("%.1f s", (System.nanoTime() - started) / 1e9);
                String outcome = switch (state) {
                    case SUCCEEDED -> "done in " + took + (task.getMessage() == null || task.getMessage().isBlank() ? "" : ": " + task.getMessage());
                    case CANCELLED -> "cancelled after " + took;
                    default -> "FAILED: " + (task.getException() == null ? "unknown error" : task.getException().getMessage());
                };
                finished.addFirst(task.getTitle() + " " + outcome);
            }
        });
        executor.execute(task);
        return task;
    }

    /**
     * An export of {@code project} to {@code target}, with progress, ETA and cancel. When the exported range contains
     * generated takes, the file's tags say so and {@code <target>.provenance.json} lists them ({@link ExportProvenance}).
     */
    public static Task<ExportResult> exportTask(Project project, MediaResolver resolver, Path target, ExportSettings requested) {
        java.util.Map<String, String> provenance = ExportProvenance.metadata(project, requested.range());
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>(requested.metadata());
        tags.putAll(provenance);
        ExportSettings settings = provenance.isEmpty() ? requested : requested.withMetadata(tags);
        return new Task<>() {
            {
                updateTitle("Export " + target.getFileName());
                updateMessage("Waiting");
            }

            @Override
            protected ExportResult call() throws java.io.IOException {
                long t0 = System.nanoTime();
                try {
                    ExportResult r = new Exporter(resolver).export(project, target, settings, (fraction, message) -> {
                        updateProgress(fraction, 1);
                        updateMessage(message + eta(t0, fraction));
                    }, CancelToken.of(this::isCancelled));
                    boolean generated = ExportProvenance.writeManifest(project, resolver, settings.range(), r.file()).isPresent();
                    updateMessage(String.format("%d frames, %.0f fps, %s%s", r.videoFrames(), r.framesPerSecond(), target,
                            generated ? " (contains generated material; provenance manifest beside it)" : ""));
                    return r;
                } catch (CancelToken.CancelledException e) {
                    if (!isCancelled()) cancel();
                    return null;
                }
            }
        };
    }

    static String eta(long t0, double fraction) {
        if (fraction <= 0.02) return "";
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long left = Math.round(elapsed / fraction * (1 - fraction));
        return " (about " + Duration.ofSeconds(left).toString().substring(2).toLowerCase() + " left)";
    }
}
