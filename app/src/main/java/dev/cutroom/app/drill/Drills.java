package dev.cutroom.app.drill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** All drills, in the order {@code cutroom drill} runs them. */
public final class Drills {
    private Drills() {}

    public static List<Drill> all(long seed) {
        return List.of(
                new SaveKillDrill(seed),
                new ExportKillDrill(seed),
                ExportKillDrill.longer(seed),
                new AutosaveKillDrill(seed),
                new ProjectFuzzDrill(seed),
                new OtioFuzzDrill(seed),
                new InterchangeFuzzDrill(InterchangeFuzzDrill.Format.EDL, seed),
                new InterchangeFuzzDrill(InterchangeFuzzDrill.Format.FCPXML, seed),
                new CorruptMediaDrill(seed),
                new FullDiskDrill(),
                new PluginFailureDrill(),
                new PluginTimeoutDrill(),
                new PluginSafetyDrill(PluginSafetyDrill.Kind.FORGED_PROTOCOL),
                new PluginSafetyDrill(PluginSafetyDrill.Kind.CONFINEMENT),
                new PluginSafetyDrill(PluginSafetyDrill.Kind.RESULT_LINKS),
                new HostileInputDrill(),
                new ConcurrentEditsDrill(),
                new PluginRaceDrill(),
                new FileGuardsDrill());
    }

    /**
     * Runs the drills named in {@code only} (all when empty), each with {@code trials} trials or its default when
     * {@code trials <= 0}. A drill that throws is reported as one failed trial with the exception.
     */
    public static List<DrillResult> run(List<String> only, int trials, long seed, Path work, Consumer<String> log) {
        List<DrillResult> results = new ArrayList<>();
        for (Drill d : all(seed)) {
            if (!only.isEmpty() && only.stream().noneMatch(n -> n.equalsIgnoreCase(d.name()))) continue;
            int n = trials > 0 ? trials : d.defaultTrials();
            log.accept("Drill " + d.name() + " (" + n + " trials): " + d.description() + "...");
            long t0 = System.nanoTime();
            DrillResult r;
            try {
                r = d.run(n, work.resolve(d.name()));
            } catch (Exception | Error e) {
                DrillResult.Tally t = new DrillResult.Tally(d.name());
                t.fail("the drill itself failed: " + e);
                r = t.result();
            }
            log.accept(String.format(Locale.ROOT, "  %s: %d/%d passed in %.1f s", d.name(), r.passed(), r.trials(), (System.nanoTime() - t0) / 1e9));
            results.add(r);
        }
        return results;
    }

    public static List<String> names() {
        return all(0).stream().map(Drill::name).toList();
    }
}
