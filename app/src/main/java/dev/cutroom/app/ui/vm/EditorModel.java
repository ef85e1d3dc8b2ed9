package dev.cutroom.app.ui.vm;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.command.AddMedia;
import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.CompoundCommand;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.History;
import dev.cutroom.timeline.command.Labelled;
import dev.cutroom.timeline.command.LinkedEdits;
import dev.cutroom.timeline.command.ReplaceMedia;
import dev.cutroom.timeline.command.RippleTrim;
import dev.cutroom.timeline.command.SetActiveTake;
import dev.cutroom.timeline.command.SetEnabled;
import dev.cutroom.timeline.command.SetTrackFlags;
import dev.cutroom.timeline.command.SetVolume;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.io.LoadedProject;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.io.FileStamp;
import dev.cutroom.timeline.io.ProjectLock;
import dev.cutroom.timeline.io.Recovery;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The editor's state without any window: the project, its file, undo history, selection, playhead and marks,
 * and every edit the window offers. JavaFX properties so views can bind, but no {@code Node}s, so tests drive it
 * directly. Call it on one thread (the FX thread in the app); slow work (probing, saving in the background) goes
 * to the {@code background} executor and comes back through {@code uiThread}.
 */
public final class EditorModel {
    private final ProjectStore store = new ProjectStore();
    private final Ids ids;
    private final Executor background;
    private final Executor uiThread;
    /** The one undo history: every edit, from a gesture, a menu or a plugin's result, is a timeline command. */
    private final History history;

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>(this, "projectFile");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final LongProperty playhead = new SimpleLongProperty(this, "playhead");
    private final LongProperty markIn = new SimpleLongProperty(this, "markIn", -1);
    private final LongProperty markOut = new SimpleLongProperty(this, "markOut", -1);
    private final ObservableSet<String> selection = FXCollections.observableSet();
    private final ObjectProperty<String> focusedClip = new SimpleObjectProperty<>(this, "focusedClip");
    private final BooleanProperty snapping = new SimpleBooleanProperty(this, "snapping", true);
    private Extras extras = Extras.NONE;
    /** What the project file held when it was opened or last saved: a save refuses when the file differs now. */
    private FileStamp stamp;
    /** The project's lock, held while it is open ({@link ProjectLock}); null for an untitled project. */
    private ProjectLock lock;
    /** A lock taken by {@link #loadAsync} for a project not shown yet. */
    private ProjectLock pendingLock;
    private Project autosaved;
    private Path untitledHome;

    /** How long opening or saving waits for a command-line writer to finish with the project. */
    private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(3);

    public EditorModel(Ids ids, Executor background, Executor uiThread) {
        this.ids = ids;
        this.background = background;
        this.uiThread = uiThread;
        this.history = new History(new ProjectFactory(ids).empty("Untitled", ProjectFormat.HD_25), 500);
        setProject(new ProjectFactory(ids).empty("Untitled", ProjectFormat.HD_25), null, Extras.NONE);
    }

    /** The app's model: random ids, a daemon background thread, results on the FX thread. */
    public static EditorModel forApp(Executor background) {
        return new EditorModel(Ids.random(), background, Platform::runLater);
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<Project> projectProperty() { return project.getReadOnlyProperty(); }
    public Project project() { return project.get(); }
    public ReadOnlyObjectProperty<Path> projectFileProperty() { return projectFile.getReadOnlyProperty(); }
    public Path projectFile() { return projectFile.get(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoLabelProperty() { return undoLabel.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoLabelProperty() { return redoLabel.getReadOnlyProperty(); }
    public StringProperty statusProperty() { return status; }
    public LongProperty playheadProperty() { return playhead; }
    public long playhead() { return playhead.get(); }
    public LongProperty markInProperty() { return markIn; }
    public LongProperty markOutProperty() { return markOut; }
    public ObservableSet<String> selection() { return selection; }
    public ObjectProperty<String> focusedClipProperty() { return focusedClip; }
    public BooleanProperty snappingProperty() { return snapping; }
    public Ids ids() { return ids; }
    public Executor background() { return background; }
    public Executor uiThread() { return uiThread; }
    public ProjectStore store() { return store; }
    /** Content of the project file that Cutroom keeps without a field for it (e.g. an OTIO import's metadata). */
    public Extras extras() { return extras; }

    /** Resolves stored media paths: against the project file's folder, or the untitled folder. */
    public MediaResolver resolver() {
        Path file = projectFile.get();
        return new MediaResolver(file != null ? realFolder(file) : untitledFolder());
    }

    /** The folder of the project's real file (after symbolic links), where its relative media paths start. */
    private static Path realFolder(Path file) {
        try {
            return ProjectStore.realTarget(file).getParent();
        } catch (java.io.IOException e) {
            return file.toAbsolutePath().getParent();
        }
    }

    /** Where an untitled project keeps its autosave. */
    public Path untitledFolder() {
        if (untitledHome == null) untitledHome = Path.of(System.getProperty("user.home"), ".cutroom");
        return untitledHome;
    }

    public void setUntitledFolder(Path folder) { untitledHome = folder; }

    /** The clip the inspector shows, or null. */
    public Clip focused() {
        String id = focusedClip.get();
        if (id == null) return null;
        var place = project().timeline().find(id);
        return place == null ? null : place.clip();
    }

    public long duration() { return project().timeline().duration(); }

    // ------------------------------------------------------------------ edits

    /**
     * Applies a timeline command as one undoable edit named {@code label}. On refusal the project stays as it was,
     * the reason goes to {@link #statusProperty()} and false is returned.
     */
    public boolean perform(String label, Command command) {
        try {
            performOrThrow(label, command);
            return true;
        } catch (EditException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** {@link #perform}, but a refusal throws (after going to the status line); returns the new project. */
    public Project performOrThrow(String label, Command command) {
        try {
            history.perform(command.label().equals(label) ? command : new Labelled(label, command));
        } catch (EditException | IllegalArgumentException | IllegalStateException e) {
            status.set(label + ": " + e.getMessage());
            throw e;
        }
        replace(history.current());
        status.set(label);
        return history.current();
    }

    /** Applies a timeline command as one undoable edit under its own label (refusals go to the status line). */
    public boolean execute(Command command) {
        return perform(command.label(), command);
    }

    public void undo() {
        if (!history.canUndo()) { status.set("Nothing to undo"); return; }
        String label = history.undoLabel();
        history.undo();
        replace(history.current());
        status.set("Undo " + label);
    }

    public void redo() {
        if (!history.canRedo()) { status.set("Nothing to redo"); return; }
        String label = history.redoLabel();
        history.redo();
        replace(history.current());
        status.set("Redo " + label);
    }

    private void replace(Project p) {
        project.set(p);
        dirty.set(true);
        Set<String> present = p.timeline().clipIds();
        selection.retainAll(present);
        if (focusedClip.get() != null && !present.contains(focusedClip.get())) focusedClip.set(null);
        updateHistoryState();
    }

    private void updateHistoryState() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel() == null ? "" : history.undoLabel());
        redoLabel.set(history.redoLabel() == null ? "" : history.redoLabel());
    }

    /**
     * Applies one command per link group of {@code clipIds} (a clip and its linked partners count once), built
     * against the project as it is before the edit, as one undo entry.
     */
    private boolean perGroup(String label, Collection<String> clipIds, java.util.function.BiFunction<Project, String, Command> make) {
        Project p = project();
        List<Command> commands = new ArrayList<>();
        Set<String> covered = new java.util.HashSet<>();
        try {
            for (String id : clipIds) {
                if (covered.contains(id) || p.timeline().find(id) == null) continue;
                LinkedEdits.group(p, id).forEach(c -> covered.add(c.id()));
                commands.add(make.apply(p, id));
            }
        } catch (EditException e) {
            status.set(label + ": " + e.getMessage());
            return false;
        }
        if (commands.isEmpty()) {
            status.set(label + ": " + (clipIds.isEmpty() ? "Nothing selected" : "Nothing to do"));
            return false;
        }
        return perform(label, commands.size() == 1 ? commands.getFirst() : new CompoundCommand(label, commands));
    }

    /** Splits the selected clips under the playhead, or every clip under it on unlocked tracks when none is selected. */
    public boolean splitAtPlayhead() {
        long frame = playhead();
        List<String> targets = new ArrayList<>();
        for (Track t : project().timeline().tracks()) {
            int i = t.clipIndexAt(frame);
            if (i < 0) continue;
            Clip c = t.clips().get(i);
            if (c.start() == frame || (selection.isEmpty() ? t.locked() : !selection.contains(c.id()))) continue;
            targets.add(c.id());
        }
        if (targets.isEmpty()) {
            status.set("Split: no " + (selection.isEmpty() ? "" : "selected ") + "clip under the playhead");
            return false;
        }
        return perGroup("Split", targets, (p, id) -> LinkedEdits.split(p, id, frame, ids));
    }

    public boolean deleteSelection() {
        return perGroup("Delete", List.copyOf(selection), (p, id) -> LinkedEdits.lift(p, id));
    }

    public boolean rippleDeleteSelection() {
        return perGroup("Ripple delete", List.copyOf(selection), (p, id) -> LinkedEdits.rippleDelete(p, id));
    }

    /** Moves the clips and their linked partners; see {@link LinkedEdits#moveClips}. */
    public boolean moveClips(Collection<String> clipIds, long deltaFrames, int trackDelta, TrackKind kind) {
        if (clipIds.isEmpty()) { status.set("Move: Nothing selected"); return false; }
        return perform("Move", LinkedEdits.moveClips(project(), clipIds, deltaFrames, trackDelta, kind));
    }

    /** Moves one edge of the clip (and of its partners cut with it) to {@code frame}; see {@link LinkedEdits#trimTo}. */
    public boolean trim(String clipId, RippleTrim.Edge edge, long frame) {
        try {
            return perform("Trim", LinkedEdits.trimTo(project(), clipId, edge, frame));
        } catch (EditException e) {
            status.set("Trim: " + e.getMessage());
            return false;
        }
    }

    /** New speed keeping the source span (the clip gets shorter when faster); later clips ripple. */
    public boolean setSpeed(String clipId, Rational speed) {
        return perGroup("Change speed", List.of(clipId), (p, id) -> LinkedEdits.setSpeed(p, id, speed, true));
    }

    public boolean setVolume(String clipId, double volume) {
        return execute(new SetVolume(clipId, volume));
    }

    public boolean setEnabled(String clipId, boolean enabled) {
        return execute(new SetEnabled(clipId, enabled));
    }

    public boolean switchTake(String clipId, String takeId) {
        return execute(new SetActiveTake(clipId, takeId));
    }

    /** Track header toggles (mute, solo, lock, hide) are undoable too. */
    public boolean setTrackFlags(String trackId, boolean muted, boolean solo, boolean locked, boolean hidden) {
        return execute(new SetTrackFlags(trackId, muted, solo, locked, hidden));
    }

    public boolean appendToTimeline(MediaItem item) {
        try {
            return perform("Add to timeline", LinkedEdits.appendMedia(project(), item, ids));
        } catch (EditException e) {
            status.set("Add to timeline: " + e.getMessage());
            return false;
        }
    }

    // ------------------------------------------------------------------ selection, playhead, marks

    public void select(String clipId, boolean extend) {
        if (!extend) selection.clear();
        if (clipId != null) {
            if (extend && selection.contains(clipId)) selection.remove(clipId); else selection.add(clipId);
        }
        focusedClip.set(clipId != null && selection.contains(clipId) ? clipId : selection.stream().findFirst().orElse(null));
    }

    public void selectAll(Collection<String> clipIds, boolean extend) {
        if (!extend) selection.clear();
        selection.addAll(clipIds);
        focusedClip.set(selection.stream().findFirst().orElse(null));
    }

    public void seek(long frame) {
        playhead.set(Math.max(0, Math.min(frame, Math.max(0, duration()))));
    }

    public void step(long frames) { seek(playhead() + frames); }

    public void markIn() {
        markIn.set(playhead());
        if (markOut.get() >= 0 && markOut.get() <= markIn.get()) markOut.set(-1);
    }

    public void markOut() {
        markOut.set(playhead());
        if (markIn.get() >= 0 && markIn.get() >= markOut.get()) markIn.set(-1);
    }

    /** Adds a marker at the playhead (snaps like clip edges; undoable). */
    public boolean addMarker() {
        int n = project().timeline().markers().size() + 1;
        return execute(new dev.cutroom.timeline.command.AddMarker(
                new dev.cutroom.timeline.model.Marker(ids.next("marker"), "Marker " + n, playhead(), 0, "#f0a030", null)));
    }

    public void clearMarks() { markIn.set(-1); markOut.set(-1); }

    // ------------------------------------------------------------------ media

    /** Probes files off the UI thread and adds them to the bin (failures too, with their error) as one edit. */
    public Task<List<MediaItem>> importMedia(List<Path> files) {
        MediaResolver resolver = resolver();
        Set<Path> inBin = new HashSet<>();
        for (MediaItem m : project().media()) inBin.add(sameFile(resolver.resolve(m)));
        List<Path> fresh = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (Path f : files) {
            // a file already in the bin (or twice in one drop) is not listed again: one media item per file
            if (inBin.add(sameFile(f))) fresh.add(f); else already.add(String.valueOf(f.getFileName()));
        }
        if (!already.isEmpty()) {
            status.set((already.size() == 1 ? already.getFirst() + " is" : already.size() + " files are") + " already in the media bin");
        }
        Task<List<MediaItem>> task = new Task<>() {
            @Override
            protected List<MediaItem> call() {
                List<MediaItem> items = new ArrayList<>();
                int i = 0;
                for (Path f : fresh) {
                    updateMessage("Probing " + f.getFileName());
                    updateProgress(i++, fresh.size());
                    items.add(probe(f, resolver));
                }
                return items;
            }
        };
        task.setOnSucceeded(e -> {
            List<MediaItem> items = task.getValue();
            if (items.isEmpty()) return;
            String label = items.size() == 1 ? "Import " + ProjectFactory.displayName(items.getFirst().path()) : "Import " + items.size() + " files";
            execute(new CompoundCommand(label, items.stream().map(m -> (Command) new AddMedia(m)).toList()));
            long failed = items.stream().filter(m -> !m.isUsable()).count();
            if (failed > 0) status.set(failed + " of " + items.size() + " files could not be read; see the media bin");
        });
        task.setOnFailed(e -> status.set("Import failed: " + task.getException().getMessage()));
        background.execute(task);
        return task;
    }

    /**
     * Points a media item at another file (a moved or renamed original): probed off the UI thread, then one
     * undoable edit that keeps the item's id, so every clip and take using it follows.
     */
    public Task<MediaItem> relink(String mediaId, Path file) {
        MediaResolver resolver = resolver();
        Task<MediaItem> task = new Task<>() {
            @Override
            protected MediaItem call() {
                MediaItem probed = probe(file, resolver);
                return new MediaItem(mediaId, probed.path(), probed.info(), probed.error());
            }
        };
        task.setOnSucceeded(e -> {
            MediaItem item = task.getValue();
            if (!item.isUsable()) {
                status.set("Relink: " + file.getFileName() + " cannot be used: " + item.error());
                return;
            }
            String label = "Relink " + ProjectFactory.displayName(item.path());
            if (!perform(label, new ReplaceMedia(item))) {
                status.set(label + ": the new file does not fit the clips that use it: " + status.get().substring(label.length() + 2));
            }
        });
        task.setOnFailed(e -> status.set("Relink failed: " + task.getException().getMessage()));
        background.execute(task);
        return task;
    }

    /** True when the item's file is not where the project says. */
    public boolean isMissing(MediaItem item) {
        return !Files.isRegularFile(resolver().resolve(item));
    }

    /** The file as the file system knows it (links resolved where it exists), to tell one file from two. */
    private static Path sameFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            return abs;
        }
    }

    private MediaItem probe(Path file, MediaResolver resolver) {
        String id = ids.next("media");
        String stored = resolver.toStoredPath(file);
        try {
            if (!Files.isRegularFile(file)) return MediaItem.failed(id, stored, "no such file");
            MediaInfo info = MediaProbe.probe(file);
            if (!info.hasVideo() && !info.hasAudio()) return MediaItem.failed(id, stored, "no video or audio stream");
            return MediaItem.probed(id, stored, info);
        } catch (MediaException | IllegalArgumentException e) {
            return MediaItem.failed(id, stored, e.getMessage());
        }
    }

    // ------------------------------------------------------------------ files

    /**
     * Shows {@code p}, which has no file and is never saved or autosaved by this model: the source monitor's view of
     * one media item. Clears history, selection and marks.
     */
    public void showUnsaved(Project p) {
        releaseLock();
        stamp = null;
        setProject(p, null, Extras.NONE);
    }

    public void newProject() {
        releaseLock();
        stamp = null;
        setProject(new ProjectFactory(ids).empty("Untitled", ProjectFormat.HD_25), null, Extras.NONE);
    }

    /** Opens a project file (fast: the file is JSON; media is not touched until shown). */
    public void open(Path file) throws ProjectFileException {
        ProjectLock taken = lockFor(file, lock);
        LoadedProject loaded;
        try {
            loaded = store.load(file);
        } catch (ProjectFileException e) {
            if (taken != lock) taken.close();
            throw e;
        }
        adoptPending(taken);
        setProject(loaded.project(), file.toAbsolutePath(), loaded.extras());
        stamp = loaded.stamp();
        if (loaded.upgraded()) status.set("Opened " + file.getFileName() + " (upgraded from an older format; saving writes the new one)");
    }

    /** An autosave newer than {@code file}'s save, if any. */
    public Optional<Recovery> findRecovery(Path file) { return store.findRecovery(file); }

    /** Opens the autosave of {@code file}; the user's save is untouched until they save. */
    public void restore(Recovery recovery) throws ProjectFileException {
        boolean untitled = recovery.projectFile().equals(untitledAutosaveTarget().toAbsolutePath());
        if (!untitled && pendingFor(recovery.projectFile()) == null) pendingLock = lockFor(recovery.projectFile(), null);
        restored(recovery, store.loadRecovery(recovery.projectFile()), savedStamp(recovery.projectFile()));
    }

    /** The stamp of the user's save, which a save of a restored autosave replaces. */
    private static FileStamp savedStamp(Path projectFile) throws ProjectFileException {
        try {
            return FileStamp.ofFile(projectFile);
        } catch (java.io.IOException e) {
            throw new ProjectFileException(ProjectFileException.Kind.IO, projectFile.toString(), null, "cannot read the file: " + e, e);
        }
    }

    private void restored(Recovery recovery, LoadedProject loaded, FileStamp saveStamp) {
        boolean untitled = recovery.projectFile().equals(untitledAutosaveTarget().toAbsolutePath());
        adoptPending(untitled ? null : pendingFor(recovery.projectFile()));
        setProject(loaded.project(), untitled ? null : recovery.projectFile(), loaded.extras());
        stamp = untitled ? null : saveStamp;
        dirty.set(true);
        status.set("Restored the autosave of " + recovery.autosavedAt() + "; save to keep it");
    }

    public void discardRecovery(Recovery recovery) throws ProjectFileException {
        store.discardAutosave(recovery.projectFile());
    }

    public void save() throws ProjectFileException {
        Path file = projectFile.get();
        if (file == null) throw new IllegalStateException("the project has no file yet; use Save As");
        saveAs(file);
    }

    public void saveAs(Path file) throws ProjectFileException {
        Project p = project();
        boolean untitled = projectFile.get() == null;
        ProjectLock target = lockFor(file, lock);
        try {
            ProjectStore.Saved written = store.saveOver(p, extras, file, expectedStamp(file), ProjectStore.AutosaveRule.SUPERSEDE);
            adoptPending(target);
            saved(p, written.written(), file, untitled);
        } catch (ProjectFileException e) {
            if (target != lock) target.close();
            throw e;
        }
    }

    /** The stamp a save to {@code file} must find there: the loaded one for the project's own file, none for Save As. */
    private FileStamp expectedStamp(Path file) {
        Path current = projectFile.get();
        return current != null && sameFile(current, file) ? stamp : null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return ProjectStore.realTarget(a).equals(ProjectStore.realTarget(b));
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * The lock of {@code file}: {@code held} when that is already it, otherwise newly taken (waiting briefly for a
     * command-line writer). Throws {@link ProjectFileException.Kind#LOCKED} naming the holder, e.g. another editor.
     */
    private static ProjectLock lockFor(Path file, ProjectLock held) throws ProjectFileException {
        try {
            if (held != null && held.lockFile().equals(ProjectLock.lockFileOf(file))) return held;
        } catch (java.io.IOException e) {
            // fall through: acquire reports it
        }
        return ProjectLock.acquireShared(file, "Cutroom editor", LOCK_WAIT); // shared by editor windows of this process
    }

    /** Makes {@code next} the lock held for the project from now on (UI thread), releasing the one it replaces. */
    private void adoptPending(ProjectLock next) {
        if (pendingLock != null && pendingLock != next) pendingLock.close();
        pendingLock = null;
        if (lock != null && lock != next) lock.close();
        lock = next;
    }

    /** Releases the project's lock (the window closes). */
    public void releaseLock() {
        adoptPending(null);
    }

    /** True while this editor holds the lock of its project file (an untitled project has none). */
    public boolean holdsLock() { return lock != null; }

    /** After a successful write of {@code p}: the file, and the clean state unless the project was edited meanwhile. */
    private void saved(Project p, LoadedProject written, Path file, boolean wasUntitled) {
        Path abs = file.toAbsolutePath();
        if (wasUntitled) discardUntitledAutosave();
        extras = written.extras();
        stamp = written.stamp();
        projectFile.set(abs);
        if (project() == p) {
            history.adopt(written.project());
            project.set(written.project());
            dirty.set(false);
            autosaved = written.project();
            status.set("Saved " + abs.getFileName());
        } else {
            status.set("Saved " + abs.getFileName() + " (edits made while saving are not saved yet)");
        }
    }

    /** A project file read off the UI thread, with the autosave that is newer than it, if any. */
    public record Opened(Path file, LoadedProject loaded, Optional<Recovery> recovery) {}

    /**
     * Writes the project to {@code file} on the background executor. The model changes only when the write
     * succeeded (file, clean state; on the UI thread); on failure nothing changes (still unsaved, same file) and the
     * future fails with the reason. Edits made while the file is written keep the project unsaved.
     */
    public java.util.concurrent.CompletableFuture<Path> saveAsAsync(Path file) {
        Project p = project();
        Extras x = extras;
        boolean untitled = projectFile.get() == null;
        FileStamp expected = expectedStamp(file);
        ProjectLock held = lock;
        var result = new java.util.concurrent.CompletableFuture<Path>();
        status.set("Saving " + file.getFileName() + "…");
        background.execute(() -> {
            ProjectLock target = null;
            try {
                target = lockFor(file, held);
                LoadedProject written = store.saveOver(p, x, file, expected, ProjectStore.AutosaveRule.SUPERSEDE).written();
                ProjectLock taken = target;
                uiThread.execute(() -> {
                    adoptPending(taken);
                    saved(p, written, file, untitled);
                    result.complete(file.toAbsolutePath());
                });
            } catch (Exception | LinkageError e) {
                if (target != null && target != held) target.close();
                uiThread.execute(() -> {
                    status.set("Save failed: " + e.getMessage());
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    /** {@link #saveAsAsync} to the project's own file. */
    public java.util.concurrent.CompletableFuture<Path> saveAsync() {
        Path file = projectFile.get();
        if (file == null) return java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("the project has no file yet; use Save As"));
        return saveAsAsync(file);
    }

    /**
     * Reads a project file (and looks for a newer autosave) on the background executor; the model is not changed:
     * show the result with {@link #show(Opened)} (or offer the recovery first). Fails with the reason.
     */
    public java.util.concurrent.CompletableFuture<Opened> loadAsync(Path file) {
        var result = new java.util.concurrent.CompletableFuture<Opened>();
        status.set("Opening " + file.getFileName() + "…");
        ProjectLock held = lock;
        background.execute(() -> {
            ProjectLock taken = null;
            try {
                taken = lockFor(file, held); // refused, naming the holder, when another editor has it open
                LoadedProject loaded = store.load(file);
                Optional<Recovery> recovery = store.findRecovery(file);
                ProjectLock forShow = taken;
                uiThread.execute(() -> {
                    if (pendingLock != null && pendingLock != forShow && pendingLock != lock) pendingLock.close();
                    pendingLock = forShow;
                    result.complete(new Opened(file.toAbsolutePath(), loaded, recovery));
                });
            } catch (Exception | LinkageError e) {
                if (taken != null && taken != held) taken.close();
                uiThread.execute(() -> {
                    status.set("Open failed: " + e.getMessage());
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    /** Makes a project read by {@link #loadAsync} the current one. */
    public void show(Opened opened) {
        adoptPending(pendingFor(opened.file()));
        setProject(opened.loaded().project(), opened.file(), opened.loaded().extras());
        stamp = opened.loaded().stamp();
        status.set(opened.loaded().upgraded() ? "Opened " + opened.file().getFileName() + " (upgraded from an older format; saving writes the new one)"
                : "Opened " + opened.file().getFileName());
    }

    /** The lock {@link #loadAsync} took for {@code file}, or the one held when it is the same file. */
    private ProjectLock pendingFor(Path file) {
        try {
            Path lf = ProjectLock.lockFileOf(file);
            if (pendingLock != null && pendingLock.lockFile().equals(lf)) return pendingLock;
            if (lock != null && lock.lockFile().equals(lf)) return lock;
        } catch (java.io.IOException ignored) {
            // no lock for a file whose folder is gone
        }
        return null;
    }

    /** {@link #restore} with the autosave read on the background executor. */
    public java.util.concurrent.CompletableFuture<Void> restoreAsync(Recovery recovery) {
        var result = new java.util.concurrent.CompletableFuture<Void>();
        background.execute(() -> {
            try {
                LoadedProject loaded = store.loadRecovery(recovery.projectFile());
                FileStamp saveStamp = savedStamp(recovery.projectFile());
                uiThread.execute(() -> {
                    restored(recovery, loaded, saveStamp);
                    result.complete(null);
                });
            } catch (Exception | LinkageError e) {
                uiThread.execute(() -> {
                    status.set("Restore failed: " + e.getMessage());
                    result.completeExceptionally(e);
                });
            }
        });
        return result;
    }

    /** Deletes the autosave on the background executor. */
    public java.util.concurrent.CompletableFuture<Void> discardRecoveryAsync(Recovery recovery) {
        var result = new java.util.concurrent.CompletableFuture<Void>();
        background.execute(() -> {
            try {
                store.discardAutosave(recovery.projectFile());
                uiThread.execute(() -> result.complete(null));
            } catch (Exception e) {
                uiThread.execute(() -> result.completeExceptionally(e));
            }
        });
        return result;
    }

    /** The file an untitled project autosaves beside. */
    public Path untitledAutosaveTarget() { return untitledFolder().resolve("untitled.cutroom"); }

    /**
     * Writes the autosave side file when the project changed since the last save or autosave; the write runs on
     * the background executor. Returns whether one was started.
     */
    public boolean autosave() {
        Project p = project();
        if (!dirty.get() || p == autosaved) return false;
        Path target = projectFile.get() != null ? projectFile.get() : untitledAutosaveTarget();
        Extras x = extras;
        autosaved = p;
        background.execute(() -> {
            try {
                Files.createDirectories(target.toAbsolutePath().getParent());
                store.autosave(p, x, target);
                uiThread.execute(() -> status.set("Autosaved"));
            } catch (Exception e) {
                uiThread.execute(() -> status.set("Autosave failed: " + e.getMessage()));
            }
        });
        return true;
    }

    /** After a clean close: the autosave of the current project is no longer needed (the user saved or declined). */
    public void discardCurrentAutosave() {
        try {
            store.discardAutosave(projectFile.get() != null ? projectFile.get() : untitledAutosaveTarget());
        } catch (ProjectFileException ignored) {
            // left behind, it is only offered again
        }
    }

    private void discardUntitledAutosave() {
        try {
            store.discardAutosave(untitledAutosaveTarget());
        } catch (ProjectFileException ignored) {
            // an old untitled autosave is only offered again; harmless
        }
    }

    private void setProject(Project p, Path file, Extras x) {
        history.reset(p);
        selection.clear();
        focusedClip.set(null);
        extras = x;
        projectFile.set(file);
        project.set(p);
        autosaved = p;
        dirty.set(false);
        playhead.set(0);
        clearMarks();
        updateHistoryState();
    }

    /** Track of a clip, or null. */
    public Track trackOf(String clipId) {
        var place = project().timeline().find(clipId);
        return place == null ? null : place.track();
    }
}
