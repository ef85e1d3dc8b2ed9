package dev.cutroom.app.drill;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioExporter;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.model.Ids;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fuzzed OpenTimelineIO files through {@link OtioImporter}: real files in the shapes Resolve (with compound clips),
 * Premiere's adapter and Kdenlive write, and one Cutroom export, damaged by {@link JsonMutations} (byte flips,
 * truncation, type swaps, huge numbers, deep JSON nesting) and {@link OtioMutations} (schema swaps, stacks nested 100
 * deep, edge rates). Each import gets {@value #TIME_BOX_MS} ms; it must give a project that exports again, or an
 * {@link OtioException} whose message starts with the file's name. Anything else, or running over, fails the trial.
 */
final class OtioFuzzDrill implements Drill {
    static final long TIME_BOX_MS = 5_000;
    static final List<String> FIXTURES = List.of("resolve-23976.otio", "resolve-compound-23976.otio", "premiere-2997.otio", "kdenlive-25.otio");
    private final long seed;

    OtioFuzzDrill(long seed) { this.seed = seed; }

    @Override public String name() { return "fuzz-otio"; }

    @Override public String description() { return "import mutated .otio files: only OtioException naming the file, no hang"; }

    @Override public int defaultTrials() { return 3_000; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path folder = Files.createDirectories(work);
        List<byte[]> seeds = seeds(folder);
        List<JsonNode> trees = new ArrayList<>();
        for (byte[] s : seeds) trees.add(JsonMutations.JSON.readTree(s));
        Random random = new Random(seed);
        int imported = 0;
        long slowest = 0;
        try (TimeBox box = new TimeBox(TIME_BOX_MS, "fuzz-otio")) {
            for (int t = 0; t < trials; t++) {
                int s = t % seeds.size();
                JsonMutations.Mutation m = random.nextInt(4) == 0 ? OtioMutations.mutate(trees.get(s), random) : JsonMutations.mutate(seeds.get(s), trees.get(s), random);
                String source = "fuzz-" + t + ".otio";
                Ids ids = Ids.seeded(t);
                TimeBox.Outcome o = box.run(() -> {
                    OtioImporter.Result r = new OtioImporter(new OtioImporter.Options(folder, false, ids)).read(m.bytes(), source, folder);
                    return OtioExporter.write(r.project(), r.extras(), folder);
                });
                slowest = Math.max(slowest, o.millis());
                String failure = verdict(m, source, o);
                if (failure == null && o.thrown() == null) {
                    imported++;
                    tally.outcome("imported (harmless mutation)");
                } else if (failure == null) {
                    tally.outcome("refused: " + m.kind());
                } else {
                    Files.write(folder.resolve("failed-" + t + ".otio"), m.bytes());
                }
                tally.record(failure);
            }
        }
        tally.note(imported + " mutated files still imported; slowest import " + slowest + " ms (time box " + TIME_BOX_MS + " ms)");
        return tally.result();
    }

    private static String verdict(JsonMutations.Mutation m, String source, TimeBox.Outcome o) {
        if (o.ranOver()) return m.kind() + ": import ran over " + TIME_BOX_MS + " ms";
        Throwable c = o.thrown();
        if (c == null) return null;
        if (c instanceof OtioException e) {
            return e.getMessage() != null && e.getMessage().startsWith(source) ? null : m.kind() + ": message does not start with the file's name: " + e.getMessage();
        }
        StackTraceElement[] st = c.getStackTrace();
        return m.kind() + ": " + c.getClass().getName() + " at " + (st.length == 0 ? "?" : st[0]);
    }

    /** The fixtures, and a Cutroom export of the drills' small project. */
    static List<byte[]> seeds(Path folder) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String name : FIXTURES) {
            try (InputStream in = OtioFuzzDrill.class.getResourceAsStream("otio/" + name)) {
                if (in == null) throw new IOException("drill fixture otio/" + name + " is missing from the application");
                out.add(in.readAllBytes());
            }
        }
        out.add(OtioExporter.write(DrillProjects.small(), Extras.NONE, folder));
        return out;
    }
}
