package dev.cutroom.app.ui.vm;

import dev.cutroom.app.cli.ImportedMediaProbe;
import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * File → Import/Export OTIO…, EDL… and FCPXML… (the format by the file's extension, {@link TimelineFormat}): reading, probing and writing run on the model's background executor; the
 * model changes on the UI thread, and only when the work succeeded. An import is saved to the project file the user
 * chose (like Save As) and then opened, so relative media paths have a folder to be relative to.
 */
public final class OtioTransfer {
    /**
     * What an import made.
     *
     * @param probeNotes media that could not be found or probed
     */
    public record Imported(Path otioFile, Path projectFile, Project project, ImportReport report, List<String> probeNotes) {
        public Imported {
            probeNotes = List.copyOf(probeNotes);
        }

        /** Media left offline because it lies outside the project folder: the user is asked before it is linked. */
        public boolean needsConfirmation() { return !report.of(ImportReport.Kind.NEEDS_CONFIRMATION).isEmpty(); }

        public long offlineMedia() { return project.media().stream().filter(m -> !m.isUsable()).count(); }

        /** One line: what the project holds now. */
        public String summary() {
            var t = project.timeline();
            int clips = t.tracks().stream().mapToInt(k -> k.clips().size()).sum();
            return otioFile.getFileName() + " → " + projectFile.getFileName() + ": " + t.tracks().size() + " track(s), " + clips + " clip(s), "
                    + t.markers().size() + " marker(s), " + t.duration() + " frames at " + t.rate() + " fps";
        }

        /** The report, the probe notes and the offline count, for the report dialog. */
        public String details() {
            StringBuilder b = new StringBuilder(report.text());
            if (!b.toString().endsWith("\n")) b.append('\n');
            for (String n : probeNotes) b.append(n).append('\n');
            long offline = offlineMedia();
            if (offline > 0) b.append(offline).append(" media item(s) offline: relink them in the media bin.\n");
            return b.toString();
        }
    }

    private final EditorModel model;

    public OtioTransfer(EditorModel model) { this.model = model; }

    /**
     * Imports {@code otioFile} into a new project saved as {@code projectFile}, then opens it (unchanged since the
     * save). Media outside the project folder is linked only when {@code allowOutside}.
     */
    public CompletableFuture<Imported> importAsync(Path otioFile, Path projectFile, boolean allowOutside) {
        Path target = projectFile.toAbsolutePath();
        model.statusProperty().set("Importing " + otioFile.getFileName() + "…");
        return offUiThread("Import failed: ", () -> {
            OtioImporter.Result r = TimelineFormat.of(otioFile).read(new OtioImporter.Options(target.getParent(), allowOutside, Ids.random()), otioFile);
            List<String> notes = new ArrayList<>();
            Project checked = allowOutside ? r.project() : ImportedMediaProbe.withOutsideMediaOffline(r.project(), target);
            Project probed = ImportedMediaProbe.probe(checked, target.getParent(), notes);
            LoadedProject written = model.store().saveAs(probed, r.extras(), target);
            return new Saved(new Imported(otioFile, target, written.project(), r.report(), notes), written);
        }, saved -> {
            model.show(new EditorModel.Opened(target, saved.written(), Optional.empty()));
            model.statusProperty().set("Imported " + saved.imported().summary());
            return saved.imported();
        });
    }

    private record Saved(Imported imported, LoadedProject written) {}

    /** Writes the project as it is now to {@code otioFile} (atomically: the file is whole or as it was). */
    public CompletableFuture<Path> exportAsync(Path otioFile) {
        Project p = model.project();
        Extras x = model.extras();
        Path target = otioFile.toAbsolutePath();
        model.statusProperty().set("Exporting " + target.getFileName() + "…");
        return offUiThread(TimelineFormat.of(target).title + " export failed: ", () -> {
            TimelineFormat.of(target).write(p, x, target);
            return target;
        }, written -> {
            model.statusProperty().set("Exported the timeline to " + written.getFileName());
            return written;
        });
    }

    /** Runs {@code work} on the background executor, then {@code done} on the UI thread; a failure sets the status. */
    private <T, R> CompletableFuture<R> offUiThread(String failedStatus, Callable<T> work, Function<T, R> done) {
        var result = new CompletableFuture<R>();
        model.background().execute(() -> {
            try {
                T value = work.call();
                model.uiThread().execute(() -> {
                    try {
                        result.complete(done.apply(value));
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                });
            } catch (Exception | LinkageError e) {
                model.uiThread().execute(() -> {
                    model.statusProperty().set(failedStatus + e.getMessage());
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }
}
