package dev.cutroom.app.drill;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectJson;
import dev.cutroom.timeline.io.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fuzzed project files through {@link ProjectStore#load}: byte flips, truncations, inserted garbage, and tree
 * mutations (deleted fields, swapped types, huge and negative numbers, deep nesting, long strings). Each load gets
 * {@value #TIME_BOX_MS} ms; it must either load or throw a {@link ProjectFileException} whose message names the
 * file. Any other exception or error, or a load that runs over its time, fails the trial.
 */
final class ProjectFuzzDrill implements Drill {
    static final long TIME_BOX_MS = 5_000;
    private final long seed;

    ProjectFuzzDrill(long seed) { this.seed = seed; }

    @Override public String name() { return "fuzz-project"; }

    @Override public String description() { return "load mutated project files: only ProjectFileException naming the file, no hang"; }

    @Override public int defaultTrials() { return 5_000; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path folder = Files.createDirectories(work);
        byte[] seedBytes = ProjectJson.write(DrillProjects.small());
        JsonNode seedTree = JsonMutations.JSON.readTree(seedBytes);
        Random random = new Random(seed);
        ProjectStore store = new ProjectStore();
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("fuzz-load").unstarted(r));
        int loaded = 0;
        long slowest = 0;
        try {
            for (int t = 0; t < trials; t++) {
                JsonMutations.Mutation m = JsonMutations.mutate(seedBytes, seedTree, random);
                Path file = folder.resolve("fuzz-" + (t % 8) + ".cutroom");
                Files.write(file, m.bytes());
                Future<?> f = loader.submit(() -> {
                    store.load(file);
                    return null;
                });
                String failure = null;
                long t0 = System.nanoTime();
                try {
                    f.get(TIME_BOX_MS, TimeUnit.MILLISECONDS);
                    loaded++;
                    tally.outcome("loaded (harmless mutation)");
                } catch (TimeoutException e) {
                    f.cancel(true);
                    failure = m.kind() + ": load ran over " + TIME_BOX_MS + " ms";
                    // a stuck thread cannot be reused
                    loader.shutdownNow();
                    loader = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("fuzz-load").unstarted(r));
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof ProjectFileException pfe) {
                        if (pfe.getMessage() == null || !pfe.getMessage().contains(file.toString())) failure = m.kind() + ": message does not name the file: " + pfe.getMessage();
                        else tally.outcome("refused: " + pfe.kind());
                    } else {
                        failure = m.kind() + ": " + c.getClass().getName() + ": " + firstLine(c.getMessage()) + " at " + where(c);
                        Files.write(folder.resolve("failed-" + t + ".cutroom"), m.bytes());
                    }
                }
                slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
                tally.record(failure);
            }
        } finally {
            loader.shutdownNow();
        }
        tally.note(loaded + " mutated files still loaded; slowest load " + slowest + " ms (time box " + TIME_BOX_MS + " ms)");
        return tally.result();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String where(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "?" : st[0].toString();
    }
}
