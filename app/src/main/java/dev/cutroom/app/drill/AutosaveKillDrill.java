package dev.cutroom.app.drill;

import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.io.Recovery;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Autosave and recovery after kill -9: a child JVM edits a saved project (one marker per edit) and autosaves every
 * {@value #EVERY} edits; it is SIGKILLed at a random moment. {@link ProjectStore#findRecovery} must offer the
 * autosave whenever one was written, it must load, and the edits lost (edits made minus edits recovered) must be
 * at most {@value #EVERY}. Stale autosave temp files must be gone after the next autosave.
 */
final class AutosaveKillDrill implements Drill {
    static final int EVERY = 10;
    private final long seed;

    AutosaveKillDrill(long seed) { this.seed = seed; }

    @Override public String name() { return "autosave-kill"; }

    @Override public String description() { return "kill -9 a JVM editing and autosaving every " + EVERY + " edits; recover"; }

    @Override public int defaultTrials() { return 100; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path folder = Files.createDirectories(work);
        Path file = folder.resolve("edited.cutroom");
        Path err = folder.resolve("child.err");
        ProjectStore store = new ProjectStore();
        Project start = DrillProjects.small();
        Random random = new Random(seed);
        int maxLost = 0;
        for (int t = 0; t < trials; t++) {
            store.save(start, file);
            int printed;
            try (ChildJvm child = ChildJvm.start(err, "autosave", file.toString(), Integer.toString(EVERY))) {
                if (child.await("READY", Duration.ofSeconds(60)) == null) {
                    tally.fail("child did not start: " + SaveKillDrill.tail(err));
                    continue;
                }
                Thread.sleep(random.nextLong(400));
                child.kill();
                child.drain();
                String last = child.lastLine();
                printed = last != null && last.startsWith("EDIT ") ? Integer.parseInt(last.substring(5)) : 0;
            }
            // edit `printed` was applied and (when due) autosaved; edit printed+1 may have been applied too
            int made = printed + 1;
            String failure = null;
            Optional<Recovery> recovery = store.findRecovery(file);
            if (recovery.isEmpty()) {
                if (printed >= EVERY) failure = "no recovery offered after " + printed + " edits";
                else maxLost = Math.max(maxLost, printed);
                tally.outcome("killed before the first autosave");
            } else {
                try {
                    Project recovered = store.loadRecovery(file).project();
                    int kept = DrillProjects.edits(recovered);
                    int lost = made - kept;
                    if (kept > made) failure = "the autosave holds " + kept + " edits, more than the " + made + " made";
                    else if (lost > EVERY) failure = "lost " + lost + " edits (autosave every " + EVERY + ")";
                    maxLost = Math.max(maxLost, Math.max(0, printed - kept));
                    tally.outcome("recovered from an autosave");
                } catch (ProjectFileException e) {
                    failure = "the offered autosave does not load: " + e.getMessage();
                }
            }
            if (failure == null) {
                store.autosave(start, file);
                List<String> temps = Files2.hiddenTemps(folder, file.getFileName().toString());
                if (!temps.isEmpty()) failure = "the next autosave left temp files: " + temps;
            }
            store.discardAutosave(file);
            tally.record(failure);
        }
        tally.note("most edits lost in a trial: " + maxLost + " (autosave every " + EVERY + " edits)");
        return tally.result();
    }
}
