package dev.cutroom.app.drill;

import dev.cutroom.edl.EdlExporter;
import dev.cutroom.edl.EdlImporter;
import dev.cutroom.fcpxml.FcpxmlExporter;
import dev.cutroom.fcpxml.FcpxmlImporter;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Fuzzed CMX 3600 lists or FCPXML files: Cutroom's own export of the drills' project in that format, damaged line
 * by line and byte by byte (flips, truncation, lines dropped, doubled and swapped, numbers made huge, negative or
 * empty, timecodes and times made nonsense, tags cut). Each import gets {@value #TIME_BOX_MS} ms; it must give a
 * project that exports again, or an {@link OtioException} whose message starts with the file's name.
 */
final class InterchangeFuzzDrill implements Drill {
    static final long TIME_BOX_MS = 5_000;

    enum Format { EDL, FCPXML }

    private final Format format;
    private final long seed;

    InterchangeFuzzDrill(Format format, long seed) {
        this.format = format;
        this.seed = seed;
    }

    @Override public String name() { return format == Format.EDL ? "fuzz-edl" : "fuzz-fcpxml"; }

    @Override public String description() { return "import mutated ." + ext() + " files: only an error naming the file, no hang"; }

    @Override public int defaultTrials() { return 2_000; }

    private String ext() { return format == Format.EDL ? "edl" : "fcpxml"; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path folder = Files.createDirectories(work);
        Project small = DrillProjects.small();
        byte[] seedFile = format == Format.EDL
                ? EdlExporter.write(small, Extras.NONE, folder, true).text().getBytes(StandardCharsets.ISO_8859_1)
                : FcpxmlExporter.write(small, Extras.NONE.withBaseFolder(folder)).text().getBytes(StandardCharsets.UTF_8);
        Random random = new Random(seed);
        int imported = 0;
        long slowest = 0;
        try (TimeBox box = new TimeBox(TIME_BOX_MS, name())) {
            for (int t = 0; t < trials; t++) {
                String kind = mutationKind(random);
                byte[] bytes = mutate(seedFile, kind, random);
                String source = "fuzz-" + t + "." + ext();
                Ids ids = Ids.seeded(t);
                TimeBox.Outcome o = box.run(() -> {
                    OtioImporter.Options options = new OtioImporter.Options(folder, false, ids);
                    if (format == Format.EDL) {
                        OtioImporter.Result r = new EdlImporter(options, null).read(bytes, source, folder);
                        return EdlExporter.write(r.project(), r.extras(), folder, true).text();
                    }
                    OtioImporter.Result r = new FcpxmlImporter(options).read(bytes, source, folder);
                    return FcpxmlExporter.write(r.project(), r.extras()).text();
                });
                slowest = Math.max(slowest, o.millis());
                String failure = verdict(kind, source, o);
                if (failure == null && o.thrown() == null) {
                    imported++;
                    tally.outcome("imported (harmless mutation)");
                } else if (failure == null) {
                    tally.outcome("refused: " + kind);
                } else {
                    Files.write(folder.resolve("failed-" + t + "." + ext()), bytes);
                }
                tally.record(failure);
            }
        }
        tally.note(imported + " mutated files still imported; slowest import " + slowest + " ms (time box " + TIME_BOX_MS + " ms)");
        return tally.result();
    }

    private static final String[] KINDS = {"byte flips", "truncated", "line dropped", "line doubled", "lines swapped", "huge number",
            "negative number", "number emptied", "garbage token", "many lines"};

    static String mutationKind(Random r) { return KINDS[r.nextInt(KINDS.length)]; }

    static byte[] mutate(byte[] in, String kind, Random r) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int i = r.nextInt(lines.size()), j = r.nextInt(lines.size());
        switch (kind) {
            case "byte flips" -> {
                byte[] b = in.clone();
                for (int k = 0; k < 1 + r.nextInt(8); k++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
            case "truncated" -> { return Arrays.copyOf(in, r.nextInt(in.length)); }
            case "line dropped" -> lines.remove(i);
            case "line doubled" -> lines.add(i, lines.get(i));
            case "lines swapped" -> { String a = lines.get(i); lines.set(i, lines.get(j)); lines.set(j, a); }
            case "huge number" -> lines.set(i, replaceNumber(lines.get(i), r, "99999999999999999999"));
            case "negative number" -> lines.set(i, replaceNumber(lines.get(i), r, "-" + r.nextInt(100)));
            case "number emptied" -> lines.set(i, replaceNumber(lines.get(i), r, ""));
            case "garbage token" -> lines.set(i, lines.get(i) + new String[] {" ;;;", " 00:00:00:99", " <x", " 1/0s", " \u0000", " &bogus;"}[r.nextInt(6)]);
            default -> { for (int k = 0; k < 200; k++) lines.add(i, lines.get(i)); }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String replaceNumber(String line, Random r, String with) {
        var m = java.util.regex.Pattern.compile("\\d+").matcher(line);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return line;
        int[] s = spans.get(r.nextInt(spans.size()));
        return line.substring(0, s[0]) + with + line.substring(s[1]);
    }

    private static String verdict(String kind, String source, TimeBox.Outcome o) {
        if (o.ranOver()) return kind + ": import ran over " + TIME_BOX_MS + " ms";
        Throwable c = o.thrown();
        if (c == null) return null;
        if (c instanceof OtioException e) {
            return e.getMessage() != null && e.getMessage().startsWith(source) ? null : kind + ": message does not start with the file's name: " + e.getMessage();
        }
        StackTraceElement[] st = c.getStackTrace();
        return kind + ": " + c.getClass().getName() + ": " + c.getMessage() + " at " + (st.length == 0 ? "?" : st[0]);
    }
}
