package dev.cutroom.timeline.bench;

import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.command.bench.EditBench;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectJson;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The timeline model's benchmark, for {@code cutroom bench}: one deterministic {@value #CLIPS}-clip project and
 * one method per measured operation (every kind of edit, undo, the full invariant check, and saving and loading
 * the project in memory and through {@link ProjectStore}). This class only does the work; the caller times it
 * (warm-up, repetitions, median). The targets: an edit well under 1 ms median, save or load under 300 ms.
 *
 * <p>Each edit applies one command at a pseudo-random place to the same starting project (see {@link EditBench},
 * which this class wraps), so repetitions do not drift. File operations use a private temp folder, removed by
 * {@link #close()}. Not thread-safe.
 */
public final class ModelBench implements AutoCloseable {
    /** Clips in {@link #tenThousandClipProject()}. */
    public static final int CLIPS = EditBench.DEFAULT_CLIPS;

    /** One measured operation: a stable name for the report and the work (its result keeps it from being optimised away). */
    public record Operation(String name, Supplier<?> run) {}

    private final EditBench edits;
    private final byte[] fileBytes;
    private Path folder;

    /** The {@value #CLIPS}-clip project with the default seed. */
    public ModelBench() { this(CLIPS, 1234); }

    /** A project of {@code clips} clips (at least 100) made from {@code seed}; the same arguments give the same project. */
    public ModelBench(int clips, long seed) {
        if (clips < 100) throw new IllegalArgumentException("the bench needs at least 100 clips, got " + clips);
        this.edits = new EditBench(clips, seed);
        this.fileBytes = ProjectJson.write(edits.project());
    }

    /**
     * Builds the deterministic {@value #CLIPS}-clip project: 29.97 fps, linked video/audio pairs on V1/A1 and
     * V2/A2, gaps, speeds 1, 2 and 1/2, some clips with two takes, 60 media items.
     */
    public static Project tenThousandClipProject() { return new EditBench().project(); }

    /** The project every operation starts from. */
    public Project project() { return edits.project(); }

    public int clipCount() { return edits.clipCount(); }

    /** Every operation, edits first, in a stable order. */
    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        for (EditBench.Edit e : edits.edits()) out.add(new Operation(e.name(), e.run()));
        out.add(new Operation("invariantCheck", this::invariantCheck));
        out.add(new Operation("saveToBytes", this::saveToBytes));
        out.add(new Operation("loadFromBytes", this::loadFromBytes));
        out.add(new Operation("saveToFile", this::saveToFile));
        out.add(new Operation("loadFromFile", this::loadFromFile));
        return List.copyOf(out);
    }

    // ---- edits (one command each, applied to the starting project)

    public Project split() { return edits.split(); }

    public Project insert() { return edits.insert(); }

    public Project overwrite() { return edits.overwrite(); }

    public Project append() { return edits.append(); }

    public Project move() { return edits.move(); }

    public Project trimIn() { return edits.trimIn(); }

    public Project trimOut() { return edits.trimOut(); }

    public Project rippleTrim() { return edits.rippleTrim(); }

    public Project rippleDelete() { return edits.rippleDelete(); }

    public Project lift() { return edits.lift(); }

    public Project slip() { return edits.slip(); }

    public Project roll() { return edits.roll(); }

    public Project setSpeed() { return edits.setSpeed(); }

    public Project setVolume() { return edits.setVolume(); }

    public Project setEnabled() { return edits.setEnabled(); }

    public Project addTake() { return edits.addTake(); }

    public Project setActiveTake() { return edits.setActiveTake(); }

    public Project addTrack() { return edits.addTrack(); }

    public Project lockTrack() { return edits.lockTrack(); }

    public Project addMarker() { return edits.addMarker(); }

    public Project addMedia() { return edits.addMedia(); }

    /** A linked video/audio split as one compound command. */
    public Project compoundSplitPair() { return edits.compoundSplitPair(); }

    /** Ripple delete then its undo; see {@link #lastUndoNanos()} for the undo alone. */
    public Project undoRippleDelete() { return edits.undoRippleDelete(); }

    /** Nanoseconds the last {@link #undoRippleDelete()} spent in the undo itself. */
    public long lastUndoNanos() { return edits.lastUndoNanos(); }

    // ---- whole-project operations

    /** The full invariant check (edits check only what they touched). */
    public Project invariantCheck() {
        Invariants.check(edits.project());
        return edits.project();
    }

    /** The project file's bytes. */
    public byte[] saveToBytes() { return ProjectJson.write(edits.project()); }

    /** Parses, checks and builds the project from its file bytes. */
    public Project loadFromBytes() {
        try {
            return ProjectJson.read(fileBytes, "<bench>", null).project();
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the bench project does not load: " + e.getMessage(), e);
        }
    }

    /** A real save: temp file, fsync, {@code .bak}, atomic rename. Returns the file. */
    public Path saveToFile() {
        Path file = file();
        try {
            new ProjectStore().save(edits.project(), file);
        } catch (ProjectFileException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Loads the file {@link #saveToFile()} writes (saving it first when needed). */
    public Project loadFromFile() {
        Path file = file();
        try {
            if (!Files.exists(file)) saveToFile();
            return new ProjectStore().load(file).project();
        } catch (ProjectFileException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Quick manual timing without the app: {@code java ... ModelBench [repetitions]} prints the median of each
     * operation after a warm-up.
     */
    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (ModelBench bench = new ModelBench()) {
            System.out.printf("%d clips, %d repetitions%n", bench.clipCount(), repetitions);
            for (Operation op : bench.operations()) {
                boolean slow = op.name().startsWith("save") || op.name().startsWith("load");
                int n = slow ? Math.max(5, repetitions / 20) : repetitions;
                for (int i = 0; i < n / 2; i++) op.run().get();
                long[] nanos = new long[n];
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    op.run().get();
                    nanos[i] = op.name().equals("undoRippleDelete") ? bench.lastUndoNanos() : System.nanoTime() - t0;
                }
                java.util.Arrays.sort(nanos);
                System.out.printf("%-20s median %9.3f ms%n", op.name(), nanos[n / 2] / 1e6);
            }
        }
    }

    private Path file() {
        try {
            if (folder == null) folder = Files.createTempDirectory("cutroom-model-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp folder for the bench", e);
        }
        return folder.resolve("bench.cutroom");
    }

    /** Removes the temp folder of the file operations. */
    @Override
    public void close() {
        if (folder == null) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the bench folder " + folder, e);
        }
        folder = null;
    }
}
