package dev.cutroom.app.cli;

import dev.cutroom.app.drill.DrillResult;
import dev.cutroom.app.drill.Drills;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code cutroom drill}: the reliability drills (kill -9 during save, export and autosave; fuzzed project and OTIO
 * files; corrupt media; a full disk; failing and timed-out plugins with unsaved edits; hostile paths), as one table
 * of trials, passes and failures, with each drill's figure (e.g. the slowest input) in the notes.
 */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Run the reliability drills (kill -9 during save/export/autosave, fuzzed project and OTIO files, corrupt media, full disk, plugin failures and time-outs, forged protocol lines, plugin confinement, links in plugin results, hostile input) and print a table.")
final class DrillCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--trials", paramLabel = "N", description = "Trials per drill (default: each drill's own, at least 100 for the kill drills).")
    int trials;

    @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Run only these drills: ${COMPLETION-CANDIDATES}.",
            completionCandidates = Names.class)
    List<String> only = List.of();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary one).")
    Path work;

    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() { return Drills.names().iterator(); }
    }

    @Override
    public Integer call() throws IOException {
        for (String n : only) {
            if (!Drills.names().contains(n)) throw new IllegalArgumentException("unknown drill " + n + "; one of " + Drills.names());
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("cutroom-drill");
        List<DrillResult> results = Drills.run(only, trials, seed, dir, System.err::println);
        print(results, System.out);
        return results.stream().allMatch(r -> r.ok() || r.skipped() != null) ? 0 : 1;
    }

    static void print(List<DrillResult> results, PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %7s %7s %7s  %s%n", "drill", "trials", "passed", "failed", "notes / failure reasons");
        for (DrillResult r : results) {
            if (r.skipped() != null) {
                out.printf(Locale.ROOT, "%-16s %7s %7s %7s  skipped: %s%n", r.name(), "-", "-", "-", r.skipped());
                continue;
            }
            List<String> lines = new java.util.ArrayList<>(r.failureLines().stream().map(s -> "FAIL " + s).toList());
            lines.addAll(r.notes());
            out.printf(Locale.ROOT, "%-16s %7d %7d %7d  %s%n", r.name(), r.trials(), r.passed(), r.failed(), lines.isEmpty() ? "" : lines.getFirst());
            for (int i = 1; i < lines.size(); i++) out.printf(Locale.ROOT, "%-16s %7s %7s %7s  %s%n", "", "", "", "", lines.get(i));
        }
    }
}
