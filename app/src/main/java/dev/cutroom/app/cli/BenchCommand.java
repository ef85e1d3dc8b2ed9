package dev.cutroom.app.cli;

import dev.cutroom.app.DemoProject;
import dev.cutroom.app.bench.BenchTable;
import dev.cutroom.app.bench.RenderBench;
import dev.cutroom.timeline.command.bench.EditBench;
import dev.cutroom.timeline.io.bench.FileBench;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code cutroom bench}: edit latency on a 10,000-clip timeline, save/load of a 10,000-clip project, and render
 * throughput against the ffmpeg CLI, as one table. Figures are for comparing runs on the same machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = QualityBenchCommand.class,
        description = {"Print a benchmark table: edits and save/load on 10,000 clips, render speed against the ffmpeg CLI.",
                "'bench quality' measures the picture features on real footage instead."})
final class BenchCommand implements Runnable {
    @Option(names = "--quick", description = "Fewer repetitions (a smoke run; figures are rougher).")
    boolean quick;

    @Option(names = "--skip-render", description = "Leave out the render comparison.")
    boolean skipRender;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary one).")
    Path work;

    @Override
    public void run() {
        try {
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("cutroom-bench");
            BenchTable table = new BenchTable();
            benchEdits(table);
            benchFiles(table, dir);
            if (!skipRender) benchRender(table, dir);
            table.print(System.out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void benchEdits(BenchTable table) {
        EditBench bench = new EditBench();
        int repeats = quick ? 50 : 400;
        System.err.println("Timing edits on a " + bench.clipCount() + "-clip timeline...");
        for (EditBench.Edit edit : bench.edits()) {
            for (int i = 0; i < repeats / 4; i++) edit.run().get(); // warm-up
            long[] nanos = new long[repeats];
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                edit.run().get();
                nanos[i] = System.nanoTime() - t0;
            }
            double[] m = BenchTable.medianAndP99Micros(nanos);
            table.add("edit " + edit.name(), String.format(Locale.ROOT, "median %.0f us, p99 %.0f us", m[0], m[1]),
                    "median < 1000 us", m[0] < 1000);
        }
    }

    private void benchFiles(BenchTable table, Path dir) throws IOException {
        Project project = FileBench.tenThousandClips();
        Path file = dir.resolve("ten-thousand.cutroom");
        int repeats = quick ? 5 : 20;
        long[] save = new long[repeats], load = new long[repeats];
        try {
            for (int i = 0; i < 3; i++) { FileBench.save(project, file); FileBench.load(file); } // warm-up
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                FileBench.save(project, file);
                long t1 = System.nanoTime();
                Project loaded = FileBench.load(file);
                long t2 = System.nanoTime();
                if (!loaded.equals(project)) throw new IllegalStateException("the project did not survive save and load");
                save[i] = t1 - t0;
                load[i] = t2 - t1;
            }
        } catch (dev.cutroom.timeline.io.ProjectFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        double saveMs = BenchTable.medianAndP99Micros(save)[0] / 1000, loadMs = BenchTable.medianAndP99Micros(load)[0] / 1000;
        String size = String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
        table.add("save 10k-clip project (" + size + ", atomic)", String.format(Locale.ROOT, "median %.1f ms", saveMs), "< 300 ms", saveMs < 300);
        table.add("load 10k-clip project", String.format(Locale.ROOT, "median %.1f ms", loadMs), "< 300 ms", loadMs < 300);
    }

    private void benchRender(BenchTable table, Path dir) throws IOException, InterruptedException {
        System.err.println("Generating demo media and timing renders against the ffmpeg CLI...");
        Path projectFile = DemoProject.create(dir.resolve("demo"));
        ProjectFiles.Opened opened = ProjectFiles.load(projectFile);
        // Once through the demo cut (3 inputs), then the cut four times over (12 inputs, where ffmpeg's
        // concat filter keeps every input open): both are honest, neither alone is the whole story.
        for (int times : new int[] {1, 4}) {
            Project project = repeatedConcatenation(opened.project(), times);
            List<Path> sources = new ArrayList<>();
            for (Clip clip : project.timeline().tracks().get(0).clips()) sources.add(opened.resolver().resolve(project, clip.activeTake()));
            RenderBench.Result r = RenderBench.run(project, opened.file().getParent(), sources, dir, quick ? 1 : 3);
            table.add(String.format(Locale.ROOT, "render %d inputs, %d frames %dx%d", sources.size(), r.frames(),
                            project.timeline().width(), project.timeline().height()),
                    String.format(Locale.ROOT, "cutroom %.2f s (%.0f fps), ffmpeg CLI %.2f s: ratio %.2f",
                            r.cutroomSeconds(), r.frames() / r.cutroomSeconds(), r.ffmpegSeconds(), r.ratio()),
                    "ratio >= 0.80", r.ratio() >= 0.8);
        }
    }

    /**
     * The demo's V1 and A1 only, played {@code times} times over: a plain concatenation the ffmpeg CLI can be
     * asked to do too, long enough that opening files does not dominate.
     */
    private static Project repeatedConcatenation(Project demo, int times) {
        Track v1 = demo.timeline().tracksOf(TrackKind.VIDEO).getFirst();
        Track a1 = demo.timeline().tracksOf(TrackKind.AUDIO).getFirst();
        long length = Math.max(v1.end(), a1.end());
        Ids ids = Ids.seeded(99);
        return demo.withTimeline(demo.timeline().withTracks(List.of(repeat(v1, times, length, ids), repeat(a1, times, length, ids))));
    }

    private static Track repeat(Track track, int times, long length, Ids ids) {
        List<Clip> clips = new ArrayList<>();
        for (int k = 0; k < times; k++) {
            for (Clip c : track.clips()) {
                List<Take> takes = c.takes().stream().map(t -> new Take(ids.next("take"), t.mediaId(), t.offset(), t.label(), t.provenance())).toList();
                int active = c.takes().indexOf(c.activeTake());
                clips.add(c.withId(ids.next("clip")).withStart(c.start() + k * length).withTakes(takes, takes.get(active).id()).withLinkId(null));
            }
        }
        return track.withClips(clips);
    }
}
