package dev.cutroom.app.drill;

import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Two {@code cutroom edit} processes on one project at the same moment, each changing a different clip's volume.
 * Before the project lock, both printed "saved" and one edit was gone. Now each is applied (the second waits for
 * the first) or refused with a one-line message naming the holder; an edit that says it saved is in the file.
 */
final class ConcurrentEditsDrill implements Drill {
    @Override public String name() { return "concurrent-edits"; }

    @Override public String description() { return "two cutroom edit processes at once on one project: no lost update"; }

    @Override public int defaultTrials() { return 6; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Files.createDirectories(work);
        ProjectStore store = new ProjectStore();
        for (int t = 0; t < trials; t++) {
            Path file = work.resolve("race-" + t + ".cutroom");
            store.save(DrillProjects.small(), file);
            Project before = store.load(file).project();
            List<Clip> clips = before.timeline().tracks().getFirst().clips();
            String a = clips.get(0).id(), b = clips.get(1).id();
            try (CliProcess first = CliProcess.start(work.resolve("a-" + t + ".err"), "edit", file.toString(), "volume", "--clip", a, "--volume", "0.5");
                 CliProcess second = CliProcess.start(work.resolve("b-" + t + ".err"), "edit", file.toString(), "volume", "--clip", b, "--volume", "0.25")) {
                int codeA = first.await(Duration.ofMinutes(2));
                int codeB = second.await(Duration.ofMinutes(2));
                Project after = store.load(file).project();
                String failA = check(before, after, a, 0.5, codeA, first.err(), tally, "first edit");
                String failB = check(before, after, b, 0.25, codeB, second.err(), tally, "second edit");
                tally.record(failA != null ? failA : failB);
            }
        }
        return tally.result();
    }

    /** Null when the edit is in the file because it said "saved", or it was refused clearly and changed nothing. */
    static String check(Project before, Project after, String clipId, double volume, int code, String err, DrillResult.Tally tally, String which) {
        double now = volumeOf(after, clipId);
        if (code == 0) {
            tally.outcome(which + " applied");
            return now == volume ? null : "the " + which + " said it saved but the file does not have it (lost update)";
        }
        if (code == 1 && err.lines().count() == 1 && err.contains("in use by")) {
            tally.outcome(which + " refused: " + err.replaceAll(".*in use by ", "in use by ").replaceAll("pid \\d+.*", "pid ..."));
            return now == volumeOf(before, clipId) ? null : "the " + which + " was refused but changed the file";
        }
        return "the " + which + " ended with exit code " + code + " and no clear refusal: " + err;
    }

    private static double volumeOf(Project p, String clipId) {
        for (var track : p.timeline().tracks()) for (Clip c : track.clips()) if (c.id().equals(clipId)) return c.volume();
        return Double.NaN;
    }
}
