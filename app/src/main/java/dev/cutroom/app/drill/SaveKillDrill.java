package dev.cutroom.app.drill;

import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Kill -9 during save: a child JVM saves two versions of a 10,000-clip project over one file in turns; it is
 * SIGKILLed after a random delay. Then the file must load and be one of the two versions, {@code .bak} must load
 * and be one of them, no other visible file may sit beside it, and the next save must leave no temp file behind.
 */
final class SaveKillDrill implements Drill {
    private final long seed;

    SaveKillDrill(long seed) { this.seed = seed; }

    @Override public String name() { return "save-kill"; }

    @Override public String description() { return "kill -9 a JVM saving a 10,000-clip project over one file"; }

    @Override public int defaultTrials() { return 100; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path folder = Files.createDirectories(work.resolve("save-kill"));
        Path file = folder.resolve("big.cutroom");
        Project[] versions = DrillProjects.saveVersions();
        ProjectStore store = new ProjectStore();
        store.save(versions[0], file);
        store.save(versions[0], file); // so that .bak exists from the start
        Random random = new Random(seed);
        long window = calibrate(folder, file);
        tally.note("kills spread over " + window + " ms after the child is ready (about six saves)");
        for (int t = 0; t < trials; t++) {
            String failure;
            try (ChildJvm child = ChildJvm.start(folder.resolve("child.err"), "save", file.toString())) {
                if (child.await("READY", Duration.ofSeconds(60)) == null) {
                    tally.fail("child did not start: " + tail(folder.resolve("child.err")));
                    continue;
                }
                Thread.sleep(random.nextLong(window + 1));
                child.kill();
                child.drain();
                String last = child.lastLine();
                tally.outcome(last != null && last.startsWith("SAVED") ? "killed after at least one finished save" : "killed before the first save finished");
                failure = check(store, folder, file, versions);
            }
            tally.record(failure);
        }
        return tally.result();
    }

    /** Twice the milliseconds from READY to the third finished save of an unkilled child: the window kills land in. */
    private static long calibrate(Path folder, Path file) throws Exception {
        try (ChildJvm child = ChildJvm.start(folder.resolve("child.err"), "save", file.toString())) {
            if (child.await("READY", Duration.ofSeconds(60)) == null) throw new IllegalStateException("save child did not start: " + tail(folder.resolve("child.err")));
            long t0 = System.nanoTime();
            if (child.await("SAVED 3", Duration.ofSeconds(60)) == null) throw new IllegalStateException("save child did not save: " + tail(folder.resolve("child.err")));
            return Math.max(30, 2 * (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static String check(ProjectStore store, Path folder, Path file, Project[] versions) throws Exception {
        String name = file.getFileName().toString();
        Project saved;
        try {
            saved = store.load(file).project();
        } catch (ProjectFileException e) {
            return "the project file does not load: " + e.getMessage();
        }
        if (!saved.equals(versions[0]) && !saved.equals(versions[1])) return "the project file loads but is neither saved version";
        try {
            Project bak = store.load(ProjectStore.backupFile(file)).project();
            if (!bak.equals(versions[0]) && !bak.equals(versions[1])) return "the .bak loads but is neither saved version";
        } catch (ProjectFileException e) {
            return "the .bak does not load: " + e.getMessage();
        }
        List<String> visible = Files2.names(folder).stream()
                .filter(n -> !n.startsWith(".") && !n.equals("child.err") && !n.equals(name) && !n.equals(name + ".bak")).toList();
        if (!visible.isEmpty()) return "unexpected files beside the project: " + visible;
        // stale hidden temp files are allowed after a kill, but the next save must clean them
        store.save(versions[0], file);
        List<String> temps = Files2.hiddenTemps(folder, name);
        if (!temps.isEmpty()) return "the next save left temp files: " + temps;
        if (!store.load(file).project().equals(versions[0])) return "the next save did not write the project";
        return null;
    }

    static String tail(Path file) {
        try {
            String s = Files.readString(file).strip();
            return s.isEmpty() ? "(no output)" : s.substring(Math.max(0, s.length() - 400));
        } catch (Exception e) {
            return "(no output)";
        }
    }
}
